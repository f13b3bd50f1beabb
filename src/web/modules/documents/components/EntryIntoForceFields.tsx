import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField';
import { ChosenInstruments } from './ChosenInstruments';
import { InstrumentPicker } from './InstrumentPicker';
import { RULE_CHOICES, type RuleChoice, type RuleDraft } from './instrumentDraft';

interface EntryIntoForceFieldsProps {
  value: RuleDraft;
  onChange: (value: RuleDraft) => void;
  /** Field labels by JSON pointer, shared with the form's problem list. */
  labels: Record<string, string>;
}

/**
 * How the instrument enters into force: not known, on signature, or a number of days after the
 * notifications of all signatories (or after a given notification), never before the instruments it
 * requires are in force.
 */
export function EntryIntoForceFields({ value, onChange, labels }: EntryIntoForceFieldsProps) {
  const { t } = useTranslation('documents');
  const id = useId();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...value, ...patch });
  const text: Record<RuleChoice, { label: string; hint: string }> = {
    none: { label: t('documents:form.ruleNone'), hint: t('documents:form.ruleNoneHint') },
    on_signature: {
      label: t('documents:form.ruleOnSignature'),
      hint: t('documents:form.ruleOnSignatureHint'),
    },
    after_notifications: {
      label: t('documents:form.ruleAfterNotifications'),
      hint: t('documents:form.ruleAfterNotificationsHint'),
    },
  };
  const choices = RULE_CHOICES.map((rule) => ({ rule, ...text[rule] }));

  return (
    <fieldset className="fieldset" data-testid="eif-fields">
      <legend>{labels['/entryIntoForce']}</legend>
      {choices.map(({ rule, label, hint }) => (
        <div className="choice" key={rule}>
          <input
            type="radio"
            id={`${id}-${rule}`}
            name={`${id}-rule`}
            checked={value.rule === rule}
            onChange={() => set({ rule })}
            aria-describedby={`${id}-${rule}-hint`}
          />
          <label htmlFor={`${id}-${rule}`}>{label}</label>
          <p id={`${id}-${rule}-hint`} className="field__hint">
            {hint}
          </p>
        </div>
      ))}
      {value.rule === 'after_notifications' && (
        <>
          <fieldset className="choices">
            <legend>{t('documents:form.count')}</legend>
            <div className="choice">
              <input
                type="radio"
                id={`${id}-all`}
                name={`${id}-count`}
                checked={value.all}
                onChange={() => set({ all: true })}
              />
              <label htmlFor={`${id}-all`}>{t('documents:form.countAll')}</label>
            </div>
            <div className="choice">
              <input
                type="radio"
                id={`${id}-nth`}
                name={`${id}-count`}
                checked={!value.all}
                onChange={() => set({ all: false })}
              />
              <label htmlFor={`${id}-nth`}>{t('documents:form.countNth')}</label>
            </div>
          </fieldset>
          <div className="form-grid">
            {!value.all && (
              <TextField
                type="number"
                label={labels['/entryIntoForce/count']!}
                hint={t('documents:form.countNumberHint')}
                value={value.count}
                onChange={(count) => set({ count })}
                min={1}
                max={100}
                step={1}
                inputMode="numeric"
                required
              />
            )}
            <TextField
              type="number"
              label={labels['/entryIntoForce/days']!}
              hint={t('documents:form.daysHint')}
              value={value.days}
              onChange={(days) => set({ days })}
              min={0}
              max={3650}
              step={1}
              inputMode="numeric"
              required
            />
          </div>
          <fieldset className="choices" data-testid="requires-field">
            <legend>{labels['/entryIntoForce/requires']}</legend>
            <p className="field__hint">{t('documents:form.requiresHint')}</p>
            <ChosenInstruments
              chosen={value.requires}
              empty={t('documents:form.requiresNone')}
              onRemove={(removed) => set({ requires: value.requires.filter((r) => r.id !== removed) })}
            />
            {value.requires.length < 20 && (
              <InstrumentPicker
                label={t('documents:form.requiresFind')}
                exclude={value.requires.map((r) => r.id)}
                onPick={(picked) => set({ requires: [...value.requires, picked] })}
              />
            )}
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
