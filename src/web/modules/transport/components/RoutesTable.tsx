import { useTranslation } from 'react-i18next';
import type { NodeDto, RoutesDto } from '../../../../contracts/transport';
import { useRangeText } from './useRangeText';

/** The planner's alternatives side by side; a reader picks one to see its legs and its line on the map. */
export function RoutesTable({
  answer,
  nodes,
  chosen,
  onChoose,
}: {
  answer: RoutesDto;
  nodes: readonly NodeDto[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation('transport');
  const range = useRangeText();
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  const unknown = <span className="figure--unknown">{t('transport:unknown')}</span>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="planner-routes-caption" tabIndex={0}>
      <table className="table" data-testid="planner-routes">
        <caption id="planner-routes-caption">
          {t('transport:planner.routesCaption', { count: answer.routes.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('transport:planner.route')}</th>
            <th scope="col">{t('transport:link.km')}</th>
            <th scope="col">{t('transport:link.hours')}</th>
            <th scope="col">{t('transport:planner.costUsd')}</th>
            <th scope="col">{t('transport:planner.co2', { basis: answer.emissionBasis })}</th>
            <th scope="col">{t('transport:planner.figures')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('transport:planner.show')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {answer.routes.map((r, i) => {
            const stops = [r.legs[0]!.from, ...r.legs.map((l) => l.to)];
            const estimated = r.legs.filter(
              (l) => l.km.kind === 'estimated' || l.hours.kind === 'estimated',
            ).length;
            return (
              <tr key={i} data-route-row={i} aria-current={i === chosen || undefined}>
                <th scope="row" className="transport-row-name">
                  {t('transport:planner.routeNumber', { n: i + 1 })}
                  <span className="figure-note">{stops.map((s) => name.get(s) ?? s).join(' → ')}</span>
                </th>
                <td>{range(r.totals.km)}</td>
                <td>{range(r.totals.hours)}</td>
                <td>{r.totals.costUsd ? range(r.totals.costUsd) : unknown}</td>
                <td>{r.totals.co2eKg ? range(r.totals.co2eKg) : unknown}</td>
                <td>
                  {t('transport:planner.estimatedLegs', { count: estimated, legs: r.legs.length })}
                  {r.totals.unknown.length > 0 && (
                    <span className="figure-note">
                      {t('transport:planner.unknownFigures', { count: r.totals.unknown.length })}
                    </span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-pressed={i === chosen}
                    onClick={() => onChoose(i)}
                  >
                    {t('transport:planner.showRoute', { n: i + 1 })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
