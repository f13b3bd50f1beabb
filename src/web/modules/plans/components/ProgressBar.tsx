import { useLanguage } from '../../../ui/useLanguage';
import { formatPercent } from './percent';

interface ProgressBarProps {
  value: number;
  /** What the bar measures, for assistive technology: 'Progress of 1.2 Exchange of information'. */
  label: string;
  large?: boolean;
}

/** A native <progress> with the percentage written beside it, so that it reads without the bar. */
export function ProgressBar({ value, label, large }: ProgressBarProps) {
  const { code } = useLanguage();
  return (
    <span className={large ? 'progress progress--large' : 'progress'}>
      <progress max={100} value={value} aria-label={label} />
      <span className="progress__value" data-testid="progress-value">
        {formatPercent(value, code)}
      </span>
    </span>
  );
}
