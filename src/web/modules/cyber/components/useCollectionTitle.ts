import { useTranslation } from 'react-i18next';
import { useStateNames } from '../../states';
import type { CyberCollectionsDto } from '../api/cyberApi';

type Collection = CyberCollectionsDto['collections'][number];

/** A collection's name in the UI language: CERT, community and best practices are ours to translate. */
export function useCollectionTitle() {
  const { t } = useTranslation('cyber');
  const stateName = useStateNames();
  return (c: Pick<Collection, 'kind' | 'ownerState' | 'title'>) =>
    c.kind === 'cert' && c.ownerState
      ? t('cyber:collection.cert', { state: stateName(c.ownerState) })
      : c.kind === 'community'
        ? t('cyber:collection.community')
        : c.kind === 'best_practices'
          ? t('cyber:collection.bestPractices')
          : c.title;
}
