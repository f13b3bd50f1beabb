import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../ui/useLocalized';
import { InstrumentPicker } from './InstrumentPicker';
import { isRelationKind, RELATION_KINDS, type RelatedDraft } from './instrumentDraft';

interface RelatedFieldProps {
  value: RelatedDraft[];
  onChange: (value: RelatedDraft[]) => void;
  legend: string;
}

/** The most related instruments the server takes. */
const MAX_RELATED = 20;

/**
 * The instruments this one amends, implements or replaces: each found by search, then given its
 * relation. An instrument appears once; its relation can be changed.
 */
export function RelatedField({ value, onChange, legend }: RelatedFieldProps) {
  const { t } = useTranslation('documents');
  const localized = useLocalized();
  const id = useId();
  const update = (i: number, patch: Partial<RelatedDraft>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <fieldset className="fieldset" data-testid="related-field">
      <legend>{legend}</legend>
      <p className="field__hint">{t('documents:form.relatedHint')}</p>
      {value.length === 0 ? (
        <p className="muted">{t('documents:form.relatedNone')}</p>
      ) : (
        <ul className="chosen-list">
          {value.map((r, i) => {
            const title = localized(r.instrument.title);
            return (
              <li key={r.instrument.id} className="chosen-list__item">
                <span className="field field--inline">
                  <label htmlFor={`${id}-${i}`} className="visually-hidden">
                    {t('documents:form.relationOf', { title })}
                  </label>
                  <select
                    id={`${id}-${i}`}
                    value={r.kind}
                    onChange={(e) => isRelationKind(e.target.value) && update(i, { kind: e.target.value })}
                  >
                    {RELATION_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`documents:relation.${k}`)}
                      </option>
                    ))}
                  </select>
                  <span>{title}</span>
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                  aria-label={t('documents:form.removeInstrument', { title })}
                >
                  {t('documents:form.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {value.length < MAX_RELATED && (
        <InstrumentPicker
          label={t('documents:form.relatedFind')}
          exclude={value.map((r) => r.instrument.id)}
          onPick={(instrument) => onChange([...value, { kind: RELATION_KINDS[0]!, instrument }])}
        />
      )}
    </fieldset>
  );
}
