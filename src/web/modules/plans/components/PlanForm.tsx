import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useCreatePlan } from '../api/useCreatePlan';
import {
  addItem,
  canMoveUp,
  emptyPlanDraft,
  moveItemUp,
  newItemKey,
  outline,
  parentChoices,
  removeItem,
  toCreateBody,
  updateItem,
  type ItemDraft,
  type PlanDraft,
} from './planDraft';
import { PlanItemFields } from './PlanItemFields';

interface PlanFormProps {
  instrumentId: string;
  /** The states that may be made responsible for an item. */
  states: StateSummaryDto[];
  onCreated: (id: string) => void;
}

/** The most items the form offers to add; the server takes more, sent by other means. */
const MAX_ITEMS = 200;

/**
 * The Secretariat creates an implementation plan: a title and a tree of items, each placed under an
 * earlier one or at the top. Checked by the server, whose problems name the fields.
 */
export function PlanForm({ instrumentId, states, onCreated }: PlanFormProps) {
  const { t } = useTranslation('plans');
  const name = useLocalized();
  const { intl } = useLanguage();
  const create = useCreatePlan();
  const [draft, setDraft] = useState<PlanDraft>(emptyPlanDraft);
  // The item just added takes the focus; after a removal the list's heading does, not the page.
  const [added, setAdded] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const collator = new Intl.Collator(intl);
  const sortedStates = [...states].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const entries = outline(draft.items);

  const set = (patch: Partial<PlanDraft>) => {
    create.reset();
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setItems = (change: (items: ItemDraft[]) => ItemDraft[]) => {
    create.reset();
    setDraft((d) => ({ ...d, items: change(d.items) }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toCreateBody(instrumentId, draft), { onSuccess: (plan) => onCreated(plan.id) });
  }

  const labels: Record<string, string> = {
    '/title/en': t('plans:form.planTitleEn'),
    '/title/ru': t('plans:form.planTitleRu'),
    '/title/zh': t('plans:form.planTitleZh'),
    '/items': t('plans:form.items'),
  };
  // The body lists the items in the order shown, so '/items/3' is the fourth item on the screen.
  entries.forEach(({ number }, i) => {
    const field = (label: string) => t('plans:form.itemField', { n: number, field: label });
    Object.assign(labels, {
      [`/items/${i}`]: t('plans:form.item', { n: number }),
      [`/items/${i}/title/en`]: field(t('common:form.titleEn')),
      [`/items/${i}/title/ru`]: field(t('common:form.titleRu')),
      [`/items/${i}/title/zh`]: field(t('common:form.titleZh')),
      [`/items/${i}/parentKey`]: field(t('plans:form.parent')),
      [`/items/${i}/responsibleStates`]: field(t('plans:form.responsibleStates')),
      [`/items/${i}/deadline`]: field(t('plans:form.deadline')),
      [`/items/${i}/indicator`]: field(t('plans:form.indicator')),
      [`/items/${i}/target`]: field(t('plans:form.target')),
      [`/items/${i}/weight`]: field(t('plans:form.weight')),
    });
  });

  return (
    <MutationForm
      mutation={create}
      submitLabel={t('plans:form.submit')}
      fieldLabels={labels}
      className="form form--wide"
      onSubmit={submit}
      aria-labelledby="plan-form-heading"
      data-testid="plan-form"
    >
      <p className="field__hint">{t('plans:form.intro')}</p>
      <LocalizedFields
        legend={t('plans:form.planTitle')}
        hint={t('plans:form.planTitleHint')}
        labels={{ en: labels['/title/en']!, ru: labels['/title/ru']!, zh: labels['/title/zh']! }}
        value={draft.title}
        onChange={(title) => set({ title })}
        maxLength={1000}
        required
      />
      <section aria-labelledby="plan-items-heading" className="plan-draft">
        <h2 id="plan-items-heading" ref={heading} tabIndex={-1}>
          {labels['/items']}
        </h2>
        <p className="field__hint">{t('plans:form.itemsHint')}</p>
        {entries.map((entry) => (
          <PlanItemFields
            key={entry.item.key}
            entry={entry}
            parents={parentChoices(entries, entry.item.key)}
            states={sortedStates}
            canMoveUp={canMoveUp(draft.items, entry.item.key)}
            canRemove={draft.items.length > 1}
            onChange={(patch) => setItems((items) => updateItem(items, entry.item.key, patch))}
            onMoveUp={() => setItems((items) => moveItemUp(items, entry.item.key))}
            focusOnMount={entry.item.key === added}
            onRemove={() => {
              setItems((items) => removeItem(items, entry.item.key));
              heading.current?.focus();
            }}
          />
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAdded(newItemKey(draft.items));
            setItems(addItem);
          }}
          disabled={draft.items.length >= MAX_ITEMS}
        >
          {t('plans:form.addItem')}
        </button>
      </section>
    </MutationForm>
  );
}
