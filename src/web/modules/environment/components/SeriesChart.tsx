import './environment.css';
import { useTranslation } from 'react-i18next';
import type { WaterBodyDto } from '../../../../contracts/environment';
import { useLanguage } from '../../../ui/useLanguage';

type Series = WaterBodyDto['series'][number];
const W = 480;
const H = 180;
const PAD = 36;

/** A year's fraction from a partial date, so that points of years, months and days share one axis. */
function when(date: string) {
  const [y, m = '6', d = '15'] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/** One indicator's series as a line in SVG, each point titled with its value, source and method. */
export function SeriesChart({ series }: { series: Series }) {
  const { t } = useTranslation('environment');
  const { intl } = useLanguage();
  const xs = series.points.map((p) => when(p.date));
  const ys = series.points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (v: number) => PAD + (x1 === x0 ? 0.5 : (v - x0) / (x1 - x0)) * (W - 2 * PAD);
  const sy = (v: number) => H - PAD + (y1 === y0 ? -0.5 : -(v - y0) / (y1 - y0)) * (H - 2 * PAD);
  const num = new Intl.NumberFormat(intl);
  const title = `${t(`environment:indicator.${series.indicator}`)} (${series.unit})`;
  return (
    <figure className="env-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="env-chart__axis" />
        <line x1={PAD} x2={PAD} y1={PAD} y2={H - PAD} className="env-chart__axis" />
        <text x={PAD - 4} y={sy(y1) + 4} textAnchor="end">
          {num.format(y1)}
        </text>
        <text x={PAD - 4} y={sy(y0) + 4} textAnchor="end">
          {num.format(y0)}
        </text>
        <polyline
          className="env-chart__line"
          points={series.points.map((p, i) => `${sx(xs[i]!)},${sy(p.value)}`).join(' ')}
        />
        {series.points.map((p, i) => (
          <g key={p.date}>
            <circle cx={sx(xs[i]!)} cy={sy(p.value)} r={4} className="env-chart__point">
              <title>{`${p.date}: ${num.format(p.value)} ${p.unit} — ${p.source}; ${p.method}`}</title>
            </circle>
            <text x={sx(xs[i]!)} y={H - PAD + 16} textAnchor="middle">
              {p.date}
            </text>
          </g>
        ))}
      </svg>
      <table className="env-chart__table">
        <thead>
          <tr>
            <th>{t('environment:water.date')}</th>
            <th>{t('environment:water.value')}</th>
            <th>{t('environment:water.sourceMethod')}</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.date}>
              <td>{p.date}</td>
              <td>
                {num.format(p.value)} {p.unit}
              </td>
              <td>
                {p.source}; {p.method}
                {p.demo && <span className="demo-badge">{t('common:demo.label')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
