import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CirculationDto } from '../../../../contracts/circulation';
import { MutationForm } from '../../../ui/MutationForm';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useStateNames } from '../../states';
import { useRecordReceipt } from '../api/circulationApi';

/** A focal point acknowledges receipt for its state and, unless for information, replies or comments. */
export function ReceiptForms({ circulation, state }: { circulation: CirculationDto; state: string }) {
  const { t } = useTranslation('circulation');
  const stateName = useStateNames();
  const ack = useRecordReceipt(circulation.id, 'acknowledge');
  const reply = useRecordReceipt(circulation.id, 'replies');
  const [text, setText] = useState('');
  const row = circulation.states.find((s) => s.state === state);
  const name = stateName(state);

  return (
    <section className="form form--card" data-testid={`receipt-${state}`}>
      <h2>{t('circulation:receipt.title', { state: name })}</h2>
      {row?.acknowledgedAt ? (
        <p className="notice">{t('circulation:receipt.acknowledged')}</p>
      ) : (
        <MutationForm
          mutation={ack}
          submitLabel={t('circulation:receipt.acknowledge')}
          success={t('circulation:receipt.acknowledged')}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            ack.mutate({ state });
          }}
        >
          <p>{t('circulation:receipt.acknowledgeHint')}</p>
        </MutationForm>
      )}
      {circulation.purpose !== 'information' && (
        <MutationForm
          mutation={reply}
          submitLabel={t(`circulation:receipt.send.${circulation.purpose}`)}
          success={t('circulation:receipt.sent')}
          fieldLabels={{ '/text': t('circulation:receipt.text') }}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            reply.mutate({ state, text }, { onSuccess: () => setText('') });
          }}
        >
          <TextAreaField
            label={t(`circulation:receipt.label.${circulation.purpose}`)}
            name="/text"
            value={text}
            onChange={(v) => {
              reply.reset();
              setText(v);
            }}
          />
        </MutationForm>
      )}
    </section>
  );
}
