import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../../contracts/documents';
import { TOPICS } from './documentValues';

interface TopicsFieldProps {
  legend: string;
  value: Topic[];
  onChange: (topics: Topic[]) => void;
}

/** The most topics the server takes. */
const MAX_TOPICS = 10;

/** The instrument's topics, as checkboxes, in the register's order. */
export function TopicsField({ legend, value, onChange }: TopicsFieldProps) {
  const { t } = useTranslation('documents');
  const id = useId();
  const toggle = (topic: Topic, on: boolean) =>
    onChange(on ? TOPICS.filter((x) => x === topic || value.includes(x)) : value.filter((x) => x !== topic));

  return (
    <fieldset className="fieldset" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('documents:form.topicsHint', { max: MAX_TOPICS })}
      </p>
      <ul className="checkbox-grid">
        {TOPICS.map((topic) => (
          <li key={topic} className="choice">
            <input
              type="checkbox"
              id={`${id}-${topic}`}
              checked={value.includes(topic)}
              disabled={!value.includes(topic) && value.length >= MAX_TOPICS}
              onChange={(e) => toggle(topic, e.target.checked)}
            />
            <label htmlFor={`${id}-${topic}`}>{t(`documents:topic.${topic}`)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
