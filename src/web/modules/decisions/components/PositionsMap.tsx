import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { Loading } from '../../../ui/Loading';
import { useLocalized } from '../../../ui/useLocalized';
import { LazyStateMap, useStates } from '../../states';
import { doesNotCount, standingOf, STANDINGS } from './positionOf';

/** Where the states stand, on the map: participants by position, everyone else grey. */
export function PositionsMap({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const name = useLocalized();
  const states = useStates();
  if (!states.data) return null;
  const all = states.data;
  const count = (s: (typeof STANDINGS)[number]) =>
    all.filter((state) => standingOf(decision, state.code) === s).length;

  return (
    <Suspense fallback={<Loading />}>
      <LazyStateMap
        testId="positions-map"
        states={all}
        label={t('decisions:map.label')}
        classOf={(state) => `standing--${standingOf(decision, state.code)}`}
        labelOf={(state) => {
          const standing = t(`decisions:standing.${standingOf(decision, state.code)}`);
          const label = t('decisions:map.stateLabel', { name: name(state.name), standing });
          return doesNotCount(decision, state.code)
            ? `${label} (${t('decisions:matrix.doesNotCount')})`
            : label;
        }}
        legend={
          <div className="map-legend">
            <span className="map-legend__title">{t('decisions:map.legend')}</span>
            <ul>
              {STANDINGS.map((s) => (
                <li key={s}>
                  <span className={`swatch standing--${s}`} aria-hidden="true" />
                  {t('decisions:matrix.summaryEntry', { label: t(`decisions:standing.${s}`), n: count(s) })}
                </li>
              ))}
            </ul>
          </div>
        }
      />
    </Suspense>
  );
}
