import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../../i18n/languages';
import { useLanguage } from '../../../ui/useLanguage';
import type { VolumeInterval } from '../api/cyberApi';
import './cyber.css';

interface VolumeChartProps {
  volume: readonly number[];
  periods: readonly string[];
  interval: VolumeInterval;
}

/** A period's first day, short ('2 Dec'), in UTC like the periods themselves. */
function shortDay(day: string, language: string | undefined) {
  return new Intl.DateTimeFormat(languageInfo(language).intl, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

const W = 240;
const H = 64;
const AXIS = 14;

/** Versions added per period, oldest on the left, as small bars drawn by hand in SVG. */
export function VolumeChart({ volume, periods, interval }: VolumeChartProps) {
  const { t } = useTranslation('cyber');
  const { code } = useLanguage();
  const max = Math.max(1, ...volume);
  const total = volume.reduce((a, b) => a + b, 0);
  const step = W / Math.max(1, volume.length);
  const summary =
    interval === 'week'
      ? t('cyber:volume.summaryWeeks', { count: total, periods: volume.length })
      : t('cyber:volume.summaryDays', { count: total, periods: volume.length });
  return (
    <svg className="volume-chart" viewBox={`0 0 ${W} ${H + AXIS}`} role="img" aria-label={summary}>
      <title>{summary}</title>
      {volume.map((v, i) => {
        const h = v === 0 ? 0 : Math.max(2, (v / max) * (H - 4));
        return (
          <rect key={periods[i]} x={i * step + 1} y={H - h} width={Math.max(1, step - 2)} height={h}>
            <title>{`${shortDay(periods[i]!, code)}: ${v}`}</title>
          </rect>
        );
      })}
      <line className="volume-chart__axis" x1={0} x2={W} y1={H + 0.5} y2={H + 0.5} />
      {periods.length > 0 && (
        <>
          <text x={0} y={H + AXIS - 2}>
            {shortDay(periods[0]!, code)}
          </text>
          <text x={W} y={H + AXIS - 2} textAnchor="end">
            {shortDay(periods[periods.length - 1]!, code)}
          </text>
        </>
      )}
    </svg>
  );
}
