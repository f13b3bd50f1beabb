import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../contracts/common';
import type { MeetingDto } from '../../../../contracts/meetings';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SelectField } from '../../../ui/SelectField';
import { useLocalized } from '../../../ui/useLocalized';
import {
  useAddAgendaItem,
  useOpenDecisions,
  usePublishAgenda,
  useRemoveAgendaItem,
  useReorderAgenda,
} from '../api/useMeetingWrites';

const EMPTY: Localized = { en: '', ru: '', zh: '' };

/** The refusals that concern the chosen draft decision, shown next to it. */
const CODE_FIELDS = {
  'meetings.unknown_decision': '/decisionId',
  'meetings.decision_of_other_meeting': '/decisionId',
  'meetings.decision_already_on_agenda': '/decisionId',
};

/** `ids` with the item at `from` moved one place up (-1) or down (+1). */
function moved(ids: string[], from: number, by: -1 | 1): string[] {
  const out = [...ids];
  [out[from], out[from + by]] = [out[from + by]!, out[from]!];
  return out;
}

/**
 * The Secretariat's draft agenda: items added, moved, removed and linked to open draft decisions, until
 * it is published (then it is fixed, and the page shows the read-only list).
 */
export function AgendaBuilder({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings');
  const localized = useLocalized();
  const add = useAddAgendaItem(meeting.id);
  const remove = useRemoveAgendaItem(meeting.id);
  const reorder = useReorderAgenda(meeting.id);
  const publish = usePublishAgenda(meeting.id);
  const decisions = useOpenDecisions(true);
  const [title, setTitle] = useState<Localized>(EMPTY);
  const [decisionId, setDecisionId] = useState('');
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const ids = items.map((i) => i.id);
  const busy = remove.isPending || reorder.isPending || publish.isPending;
  const onAgenda = new Set(items.map((i) => i.decisionId));
  // A draft of another meeting would be refused: its minutes claim it.
  const linkable = (decisions.data ?? []).filter(
    (d) => (d.meetingId === null || d.meetingId === meeting.id) && !onAgenda.has(d.id),
  );
  const decisionTitle = new Map((decisions.data ?? []).map((d) => [d.id, localized(d.title)]));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      { title, ...(decisionId ? { decisionId } : {}) },
      {
        onSuccess: () => {
          setTitle(EMPTY);
          setDecisionId('');
        },
      },
    );
  }

  return (
    <div className="agenda-builder" data-testid="agenda-builder">
      <p className="field__hint">{t('meetings:builder.intro')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('meetings:builder.empty')}</p>
      ) : (
        <ol className="agenda-builder__items" data-testid="agenda">
          {items.map((item, i) => {
            const name = localized(item.title);
            return (
              <li key={item.id} className="agenda-builder__item">
                <span className="agenda-builder__title">
                  {name}
                  {item.decisionId && (
                    <span className="agenda-builder__decision">
                      {t('meetings:builder.linked', {
                        title: decisionTitle.get(item.decisionId) ?? t('meetings:agenda.decision'),
                      })}
                    </span>
                  )}
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy || i === 0}
                    aria-label={t('meetings:builder.upOf', { title: name })}
                    onClick={() => reorder.mutate(moved(ids, i, -1))}
                  >
                    {t('meetings:builder.up')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy || i === items.length - 1}
                    aria-label={t('meetings:builder.downOf', { title: name })}
                    onClick={() => reorder.mutate(moved(ids, i, 1))}
                  >
                    {t('meetings:builder.down')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy}
                    aria-label={t('meetings:builder.removeOf', { title: name })}
                    onClick={() => remove.mutate(item.id)}
                  >
                    {t('meetings:builder.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <ProblemAlert error={remove.error ?? reorder.error ?? publish.error} />
      <MutationForm
        mutation={add}
        submitLabel={t('meetings:builder.add')}
        codeFields={CODE_FIELDS}
        className="form form--card"
        onSubmit={submit}
        header={<h3>{t('meetings:builder.addTitle')}</h3>}
        data-testid="agenda-item-form"
      >
        <LocalizedFields
          legend={t('meetings:builder.itemTitle')}
          name="/title"
          labels={{
            en: t('common:form.titleEn'),
            ru: t('common:form.titleRu'),
            zh: t('common:form.titleZh'),
          }}
          value={title}
          onChange={(v) => {
            add.reset();
            setTitle(v);
          }}
          maxLength={1000}
        />
        <SelectField
          label={t('meetings:builder.decision')}
          hint={t('meetings:builder.decisionHint')}
          name="/decisionId"
          value={decisionId}
          onChange={(v) => {
            add.reset();
            setDecisionId(v);
            // The draft's own title is the usual wording of its item; a typed one is kept.
            const d = decisions.data?.find((x) => x.id === v);
            if (d && !title.en && !title.ru && !title.zh) setTitle(d.title);
          }}
          disabled={!decisions.data}
        >
          <option value="">
            {decisions.isPending ? t('meetings:builder.decisionsLoading') : t('meetings:builder.noDecision')}
          </option>
          {linkable.map((d) => (
            <option key={d.id} value={d.id}>
              {d.body} · {localized(d.title)}
            </option>
          ))}
        </SelectField>
        <ProblemAlert error={decisions.error} />
      </MutationForm>
      <div className="agenda-builder__publish">
        <ConfirmButton
          title={t('meetings:builder.publishTitle')}
          message={t('meetings:builder.publishMessage', { n: items.length })}
          irreversible={t('meetings:builder.publishIrreversible')}
          disabled={busy || items.length === 0}
          onConfirm={() => publish.mutate()}
        >
          {t('meetings:builder.publish')}
        </ConfirmButton>
      </div>
    </div>
  );
}
