import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionDto, PositionKind } from '../../../../contracts/decisions';
import { MutationForm } from '../../../ui/MutationForm';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useStateNames } from '../../states';
import { useRecordPosition } from '../api/useRecordPosition';
import { POSITION_KINDS } from './decisionValues';

interface PositionFormProps {
  decisionId: string;
  state: string;
  /** The position already stated; it may be changed while the decision is open. */
  current: PositionDto | undefined;
}

/** "State the position of Kazakhstan": for a national coordinator or delegate of a participating state. */
export function PositionForm({ decisionId, state, current }: PositionFormProps) {
  const { t } = useTranslation('decisions');
  const stateName = useStateNames();
  const record = useRecordPosition(decisionId);
  const id = useId();
  const [position, setPosition] = useState<PositionKind | ''>(current?.position ?? '');
  const [text, setText] = useState(current?.text ?? '');
  const name = stateName(state);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!position) return;
    const trimmed = text.trim();
    record.mutate({ state, position, ...(trimmed ? { text: trimmed } : {}) });
  }

  return (
    <MutationForm
      mutation={record}
      submitLabel={t('decisions:positionForm.submit', { state: name })}
      submitDisabled={!position}
      success={t('decisions:positionForm.saved', { state: name })}
      fieldLabels={{ '/position': t('decisions:positionForm.position') }}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid={`position-form-${state}`}
    >
      <h3 id={`${id}-heading`}>{t('decisions:positionForm.title', { state: name })}</h3>
      {current && (
        <p className="field__hint">
          {t('decisions:positionForm.current', { position: t(`decisions:standing.${current.position}`) })}
        </p>
      )}
      <fieldset className="choices">
        <legend>{t('decisions:positionForm.position')}</legend>
        {POSITION_KINDS.map((kind) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`${id}-${kind}`}
              name={`${id}-position`}
              value={kind}
              checked={position === kind}
              onChange={() => {
                record.reset();
                setPosition(kind);
              }}
              aria-describedby={`${id}-${kind}-hint`}
              required
            />
            <label htmlFor={`${id}-${kind}`}>{t(`decisions:standing.${kind}`)}</label>
            <p id={`${id}-${kind}-hint`} className="field__hint">
              {t(`decisions:positionHint.${kind}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        label={t('decisions:positionForm.text')}
        name="/text"
        hint={t('decisions:positionForm.textHint')}
        value={text}
        onChange={(v) => {
          record.reset();
          setText(v);
        }}
        maxLength={20_000}
      />
    </MutationForm>
  );
}
