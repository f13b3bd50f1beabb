import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../ui/useLocalized';
import { useInstrument } from '../api/useInstrument';

/** A link to another instrument under its title, once loaded; one the reader may not see stays unnamed. */
export function RelatedInstrumentLink({ id }: { id: string }) {
  const { t } = useTranslation('documents');
  const localized = useLocalized();
  const other = useInstrument(id);
  return (
    <Link to="/documents/$id" params={{ id }}>
      {other.data ? localized(other.data.title) : t('documents:related.untitled')}
    </Link>
  );
}
