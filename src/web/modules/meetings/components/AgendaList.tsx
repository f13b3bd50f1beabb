import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto } from '../../../../contracts/meetings';
import { useLocalized } from '../../../ui/useLocalized';

export function AgendaList({ agenda }: { agenda: AgendaItemDto[] }) {
  const { t } = useTranslation('meetings');
  const localized = useLocalized();
  if (agenda.length === 0) return <p className="muted">{t('meetings:agenda.empty')}</p>;
  return (
    <ol className="agenda" data-testid="agenda">
      {[...agenda]
        .sort((a, b) => a.position - b.position)
        .map((item) => (
          <li key={item.id}>
            {localized(item.title)}
            {item.decisionId && (
              <>
                {' '}
                <Link to="/decisions/$id" params={{ id: item.decisionId }} className="agenda__decision">
                  {t('meetings:agenda.decision')}
                </Link>
              </>
            )}
          </li>
        ))}
    </ol>
  );
}
