import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { POSITION_KINDS } from './decisionValues';
import { doesNotCount, positionOf, standingOf, type Standing } from './positionOf';

const COLUMNS: readonly Standing[] = [...POSITION_KINDS, 'pending'];

/** Participants × positions: one row per participating state, a mark under where it stands. */
export function PositionMatrix({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { code, intl } = useLanguage();
  const stateName = useStateNames();
  const collator = new Intl.Collator(intl);
  const rows = [...decision.participants].sort((a, b) => collator.compare(stateName(a), stateName(b)));
  const blockedBy = new Set(decision.outcome?.blockedBy ?? []);
  const count = (s: Standing) => rows.filter((state) => standingOf(decision, state) === s).length;

  return (
    <div className="position-matrix">
      <p className="position-summary" data-testid="position-summary">
        {COLUMNS.map((s) =>
          t('decisions:matrix.summaryEntry', { label: t(`decisions:standing.${s}`), n: count(s) }),
        ).join(' · ')}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="table matrix" data-testid="position-matrix">
          <caption id="matrix-caption">{t('decisions:matrix.caption', { n: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions:matrix.state')}</th>
              {COLUMNS.map((s) => (
                <th scope="col" key={s} className="matrix__mark-col">
                  <span className={`swatch standing--${s}`} aria-hidden="true" />{' '}
                  {t(`decisions:standing.${s}`)}
                </th>
              ))}
              <th scope="col">{t('decisions:matrix.remarks')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((state) => {
              const standing = standingOf(decision, state);
              const position = positionOf(decision, state);
              const discounted = doesNotCount(decision, state);
              return (
                <tr
                  key={state}
                  data-position-row={state}
                  data-standing={standing}
                  className={blockedBy.has(state) ? 'matrix__row--blocking' : undefined}
                >
                  <th scope="row">
                    <Link to="/states/$code" params={{ code: state }}>
                      {stateName(state)}
                    </Link>
                    {discounted && <span className="matrix__note">{t('decisions:matrix.doesNotCount')}</span>}
                    {blockedBy.has(state) && (
                      <span className="matrix__note">{t('decisions:matrix.blocked')}</span>
                    )}
                  </th>
                  {COLUMNS.map((s) => (
                    <td key={s} className="matrix__mark">
                      {s === standing && (
                        <>
                          <span aria-hidden="true">●</span>
                          <span className="visually-hidden">{t(`decisions:standing.${s}`)}</span>
                        </>
                      )}
                    </td>
                  ))}
                  <td>
                    {position?.text && <p className="matrix__text">{position.text}</p>}
                    {position && (
                      <span className="matrix__when">
                        {t('decisions:matrix.recordedAt', { when: formatInstant(position.recordedAt, code) })}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
