import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLocalized } from '../../../ui/useLocalized';
import type { ItemDraft, OutlineEntry } from './planDraft';

interface PlanItemFieldsProps {
  entry: OutlineEntry;
  /** The items it may be placed under: those before it. */
  parents: readonly OutlineEntry[];
  /** The states that may be made responsible, in name order. */
  states: readonly StateSummaryDto[];
  canMoveUp: boolean;
  canRemove: boolean;
  /** Moves the focus into the item when it appears: an item just added. */
  focusOnMount?: boolean;
  onChange: (patch: Partial<ItemDraft>) => void;
  onMoveUp: () => void;
  onRemove: () => void;
}

/** One item of a new plan: its title, place in the tree, responsible states, deadline and measure. */
export function PlanItemFields({
  entry,
  parents,
  states,
  canMoveUp,
  canRemove,
  focusOnMount,
  onChange,
  onMoveUp,
  onRemove,
}: PlanItemFieldsProps) {
  const { t } = useTranslation('plans');
  const localized = useLocalized();
  const id = useId();
  const ref = useRef<HTMLFieldSetElement>(null);
  const { item, number } = entry;
  useEffect(() => {
    if (focusOnMount) ref.current?.querySelector('input')?.focus();
  }, [focusOnMount]);
  const toggle = (code: string, on: boolean) =>
    onChange({
      responsibleStates: on
        ? [...item.responsibleStates, code]
        : item.responsibleStates.filter((c) => c !== code),
    });
  const depth = number.split('.').length - 1;

  return (
    <fieldset
      ref={ref}
      // Indented by depth, at most three steps, so that a deep item still fits a phone.
      className={`fieldset plan-draft-item plan-draft-item--depth-${Math.min(depth, 3)}`}
      data-testid="plan-item-fields"
      data-item-number={number}
    >
      <legend>{t('plans:form.item', { n: number })}</legend>
      <LocalizedFields
        legend={t('plans:form.itemTitle')}
        labels={{
          en: t('common:form.titleEn'),
          ru: t('common:form.titleRu'),
          zh: t('common:form.titleZh'),
        }}
        value={item.title}
        onChange={(title) => onChange({ title })}
        maxLength={1000}
        required
      />
      <SelectField
        label={t('plans:form.parent')}
        hint={t('plans:form.parentHint')}
        value={item.parentKey}
        onChange={(parentKey) => onChange({ parentKey })}
      >
        <option value="">{t('plans:form.topLevel')}</option>
        {parents.map((p) => (
          <option key={p.item.key} value={p.item.key}>
            {`${p.number} ${localized(p.item.title) || t('plans:form.untitled')}`}
          </option>
        ))}
      </SelectField>
      <fieldset className="choices">
        <legend>{t('plans:form.responsibleStates')}</legend>
        <ul className="checkbox-grid">
          {states.map((s) => (
            <li key={s.code} className="choice">
              <input
                type="checkbox"
                id={`${id}-${s.code}`}
                checked={item.responsibleStates.includes(s.code)}
                onChange={(e) => toggle(s.code, e.target.checked)}
              />
              <label htmlFor={`${id}-${s.code}`}>{localized(s.name)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('plans:form.deadline')}
          value={item.deadline}
          onChange={(deadline) => onChange({ deadline })}
        />
        <TextField
          type="number"
          label={t('plans:form.weight')}
          hint={t('plans:form.weightHint')}
          value={item.weight}
          onChange={(weight) => onChange({ weight })}
          min={1}
          max={1000}
          step={1}
          inputMode="numeric"
          required
        />
      </div>
      <div className="form-grid">
        <TextField
          label={t('plans:form.indicator')}
          hint={t('plans:form.indicatorHint')}
          value={item.indicator}
          onChange={(indicator) => onChange({ indicator })}
          maxLength={500}
        />
        <TextField
          label={t('plans:form.target')}
          hint={t('plans:form.targetHint')}
          value={item.target}
          onChange={(target) => onChange({ target })}
          maxLength={100}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onMoveUp}
          disabled={!canMoveUp}
          aria-label={t('plans:form.moveUpItem', { n: number })}
        >
          {t('plans:form.moveUp')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onRemove}
          disabled={!canRemove}
          aria-label={t('plans:form.removeItem', { n: number })}
        >
          {t('plans:form.remove')}
        </button>
      </div>
    </fieldset>
  );
}
