import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationBody } from '../../../../contracts/cbm';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useDeclare } from '../api/cbm';

const KINDS = ['exercise', 'troop_movement', 'other_activity'] as const;

/** A defence contact declares a planned activity; the server computes and explains the obligations. */
export function DeclarationForm({ state }: { state: string }) {
  const { t } = useTranslation('cbm');
  const declare = useDeclare();
  const [f, setF] = useState({
    kind: 'exercise',
    from: '',
    to: '',
    troops: '',
    equipment: '',
    km: '',
    concerned: '',
    area: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    let area: unknown;
    try {
      area = JSON.parse(f.area);
    } catch {
      // Sent as typed: the server names the field it cannot read.
      area = f.area;
    }
    declare.mutate({
      state,
      kind: f.kind,
      from: f.from,
      to: f.to,
      troops: Number(f.troops),
      equipment: Number(f.equipment),
      borderDistanceKm: Number(f.km),
      concerned: f.concerned
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((s) => s.toUpperCase()),
      area,
    } as DeclarationBody);
  };
  return (
    <MutationForm
      mutation={declare}
      onSubmit={onSubmit}
      submitLabel={t('cbm:declare.submit')}
      success={t('cbm:declare.done')}
      aria-label={t('cbm:declare.title')}
    >
      <SelectField label={t('cbm:declare.kind')} name="/kind" value={f.kind} onChange={set('kind')}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`cbm:kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('cbm:declare.from')}
        name="/from"
        type="date"
        value={f.from}
        onChange={set('from')}
      />
      <TextField label={t('cbm:declare.to')} name="/to" type="date" value={f.to} onChange={set('to')} />
      <TextField
        label={t('cbm:declare.troops')}
        name="/troops"
        inputMode="numeric"
        value={f.troops}
        onChange={set('troops')}
      />
      <TextField
        label={t('cbm:declare.equipment')}
        name="/equipment"
        inputMode="numeric"
        value={f.equipment}
        onChange={set('equipment')}
      />
      <TextField
        label={t('cbm:declare.km')}
        hint={t('cbm:declare.kmHint')}
        name="/borderDistanceKm"
        inputMode="decimal"
        value={f.km}
        onChange={set('km')}
      />
      <TextField
        label={t('cbm:declare.concerned')}
        hint={t('cbm:declare.concernedHint')}
        name="/concerned"
        value={f.concerned}
        onChange={set('concerned')}
      />
      <TextAreaField
        label={t('cbm:declare.area')}
        hint={t('cbm:declare.areaHint')}
        name="/area"
        value={f.area}
        onChange={set('area')}
      />
    </MutationForm>
  );
}
