import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Figure, NodeDto, RouteDto } from '../../../../contracts/transport';
import { FigureText } from './FigureText';
import { MODE_LABEL } from './labels';

/** The legs of the chosen route, each figure with its source or its method. */
export function LegsTable({ route, nodes, n }: { route: RouteDto; nodes: readonly NodeDto[]; n: number }) {
  const { t } = useTranslation('transport');
  const name = new Map(nodes.map((x) => [x.id, x.name]));
  const h = t('transport:unit.h');
  const stops = (leg: RouteDto['legs'][number]) =>
    (
      [
        ['transport:leg.waiting', leg.waitingHours],
        ['transport:leg.transshipment', leg.transshipmentHours],
        ['transport:leg.gaugeChange', leg.gaugeChangeHours],
        ['transport:leg.border', leg.borderDwellHours],
      ] as [string, Figure | null][]
    ).filter((x): x is [string, Figure] => x[1] !== null);
  const end = (id: string) => (
    <Link to="/transport/nodes/$id" params={{ id }}>
      {name.get(id) ?? id}
    </Link>
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="planner-legs-caption" tabIndex={0}>
      <table className="table" data-testid="planner-legs">
        <caption id="planner-legs-caption">{t('transport:planner.legsCaption', { n })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transport:link.ends')}</th>
            <th scope="col">{t('transport:link.mode')}</th>
            <th scope="col">{t('transport:link.km')}</th>
            <th scope="col">{t('transport:link.hours')}</th>
            <th scope="col">{t('transport:leg.dwell')}</th>
            <th scope="col">{t('transport:planner.costUsd')}</th>
            <th scope="col">{t('transport:leg.co2')}</th>
          </tr>
        </thead>
        <tbody>
          {route.legs.map((leg, i) => (
            <tr key={i} data-leg-row={leg.link}>
              <th scope="row" className="transport-row-name">
                {end(leg.from)} – {end(leg.to)}
              </th>
              <td>
                {t(MODE_LABEL[leg.mode])}
                {leg.status === 'planned' && (
                  <span className="figure-note">
                    {leg.plannedYear === null
                      ? t('transport:link.planned')
                      : t('transport:link.plannedFor', { year: leg.plannedYear })}
                  </span>
                )}
              </td>
              <td>
                <FigureText figure={leg.km} unit={t('transport:unit.km')} />
              </td>
              <td>
                <FigureText figure={leg.hours} unit={h} digits={1} />
              </td>
              <td>
                {stops(leg).length === 0
                  ? '—'
                  : stops(leg).map(([label, figure]) => (
                      <div key={label}>
                        {t(label)}: <FigureText figure={figure} unit={h} digits={1} />
                      </div>
                    ))}
              </td>
              <td>
                <FigureText figure={leg.costUsd} unit="USD" />
              </td>
              <td>
                <FigureText figure={leg.co2eKg} unit={t('transport:unit.kg')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
