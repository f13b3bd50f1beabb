import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../contracts/cbm';
import { DemoBadge } from '../../../ui/DemoBadge';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useAnswer } from '../api/cbm';

/** One numbered message as sent; a query addressed to the reader's state can be answered here. */
export function MessageItem({ m, states }: { m: MessageDto; states: string[] }) {
  const { t } = useTranslation('cbm');
  const { code } = useLanguage();
  const answer = useAnswer();
  const [text, setText] = useState('');
  const answerer =
    m.kind === 'query' && !m.answeredAt ? states.find((s) => m.toStates.includes(s)) : undefined;
  return (
    <li className="card" data-testid="cbm-message">
      <h3>
        {m.reference} · {t(`cbm:messageKind.${m.kind}`)} {m.demo && <DemoBadge />}
        {m.overdue && <span className="status-badge cbm-warning"> {t('cbm:message.overdue')}</span>}
      </h3>
      {m.answerDue && (
        <p>
          {m.answeredAt
            ? t('cbm:message.answered', { at: formatInstant(m.answeredAt, code) })
            : t('cbm:message.answerDue', { at: formatInstant(m.answerDue, code) })}
        </p>
      )}
      <pre className="cbm-message__text">{m.text}</pre>
      {answerer && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            answer.mutate({ id: m.id, state: answerer, text });
          }}
        >
          <label>
            {t('cbm:message.answerLabel')}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
          </label>
          <button type="submit" className="button" disabled={answer.isPending}>
            {t('cbm:message.sendAnswer')}
          </button>
          {answer.error ? <ProblemAlert error={answer.error} /> : null}
        </form>
      )}
    </li>
  );
}
