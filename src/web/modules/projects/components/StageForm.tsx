import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDto, Stage } from '../../../../contracts/projects';
import { useConfirm } from '../../../ui/ConfirmButton';
import { MutationForm } from '../../../ui/MutationForm';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useMoveStage } from '../api/useMoveStage';
import { nextStage, previousStage } from './projectValues';

type Direction = 'forward' | 'back' | 'cancel';

/**
 * The Secretariat moves a project: forward through its gate, back one stage, or to cancelled; going
 * back or cancelling needs a reason. Leaving approval forward is the member states' decision.
 */
export function StageForm({
  project,
  missing,
}: {
  project: ProjectDto;
  /** Gate items not yet met. */ missing: number;
}) {
  const { t } = useTranslation('projects');
  const move = useMoveStage(project.id);
  const confirm = useConfirm();
  // A problem from an earlier attempt no longer holds once the project has changed (an item was met).
  const { reset } = move;
  useEffect(() => reset(), [project, reset]);
  const id = useId();
  const next = project.stage === 'approval' ? undefined : nextStage(project.stage);
  const previous = previousStage(project.stage);
  const [direction, setDirection] = useState<Direction>(next ? 'forward' : previous ? 'back' : 'cancel');
  const [reason, setReason] = useState('');
  const stageName = (s: Stage) => t(`projects:stage.${s}`);

  const choices: { direction: Direction; to: Stage; label: string }[] = [
    ...(next
      ? [
          {
            direction: 'forward' as const,
            to: next,
            label: t('projects:stageForm.forward', { stage: stageName(next) }),
          },
        ]
      : []),
    ...(previous
      ? [
          {
            direction: 'back' as const,
            to: previous,
            label: t('projects:stageForm.back', { stage: stageName(previous) }),
          },
        ]
      : []),
    { direction: 'cancel', to: 'cancelled', label: t('projects:stageForm.cancel') },
  ];
  const chosen = choices.find((c) => c.direction === direction) ?? choices[0]!;
  const needsReason = chosen.direction !== 'forward';
  const gateClosed = chosen.direction === 'forward' && missing > 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    const send = () =>
      move.mutate(
        { to: chosen.to, ...(needsReason && trimmed ? { reason: trimmed } : {}) },
        { onSuccess: () => setReason('') },
      );
    // Going forward or back can be undone by the opposite move; cancelling is final, so it asks.
    if (chosen.direction !== 'cancel') return send();
    confirm.ask(
      {
        title: t('projects:stageForm.cancelTitle'),
        message: t('projects:stageForm.cancelMessage', { stage: stageName(project.stage) }),
        irreversible: t('projects:stageForm.cancelIrreversible'),
        confirmLabel: chosen.label,
        danger: true,
      },
      send,
    );
  }

  return (
    <MutationForm
      mutation={move}
      submitLabel={chosen.label}
      submitClassName={chosen.direction === 'cancel' ? 'button button--danger' : 'button'}
      submitDisabled={gateClosed || (needsReason && reason.trim() === '')}
      fieldLabels={{ '/reason': t('projects:stageForm.reason') }}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid="stage-form"
    >
      <h3 id={`${id}-heading`}>{t('projects:stageForm.title')}</h3>
      <fieldset className="choices">
        <legend>{t('projects:stageForm.direction')}</legend>
        {choices.map((c) => (
          <div className="choice" key={c.direction}>
            <input
              type="radio"
              id={`${id}-${c.direction}`}
              name={`${id}-direction`}
              checked={chosen.direction === c.direction}
              onChange={() => {
                move.reset();
                setDirection(c.direction);
              }}
            />
            <label htmlFor={`${id}-${c.direction}`}>{c.label}</label>
          </div>
        ))}
      </fieldset>
      {gateClosed && (
        <p className="field__hint" data-testid="gate-incomplete">
          {t('projects:stageForm.gateIncomplete')}
        </p>
      )}
      {chosen.to === 'approval' && <p className="field__hint">{t('projects:stageForm.approvalHint')}</p>}
      {project.stage === 'approval' && <p className="field__hint">{t('projects:stageForm.byDecision')}</p>}
      {needsReason && (
        <TextAreaField
          label={t('projects:stageForm.reason')}
          name="/reason"
          hint={t('projects:stageForm.reasonHint')}
          value={reason}
          onChange={(v) => {
            move.reset();
            setReason(v);
          }}
          required
          maxLength={2000}
          rows={3}
        />
      )}
      {confirm.dialog}
    </MutationForm>
  );
}
