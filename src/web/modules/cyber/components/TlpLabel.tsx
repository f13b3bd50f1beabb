import { useTranslation } from 'react-i18next';
import type { TlpLevel } from '../api/cyberApi';
import './cyber.css';

/** What the label reads, in FIRST's own spelling: TLP labels are not translated (TLP 2.0). */
const TEXT: Record<TlpLevel, string> = {
  clear: 'TLP:CLEAR',
  green: 'TLP:GREEN',
  amber: 'TLP:AMBER',
  'amber+strict': 'TLP:AMBER+STRICT',
  red: 'TLP:RED',
};

const MEANING: Record<TlpLevel, string> = {
  clear: 'cyber:tlp.clear',
  green: 'cyber:tlp.green',
  amber: 'cyber:tlp.amber',
  'amber+strict': 'cyber:tlp.amberStrict',
  red: 'cyber:tlp.red',
};

/** A TLP 2.0 label in the standard colours on black; its meaning is the tooltip and the accessible name. */
export function TlpLabel({ level }: { level: TlpLevel }) {
  const { t } = useTranslation('cyber');
  return (
    <span className={`tlp tlp--${level === 'amber+strict' ? 'amber' : level}`} title={t(MEANING[level])}>
      {TEXT[level]}
    </span>
  );
}

export const TLP_TEXT = TEXT;
