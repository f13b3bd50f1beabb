import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_POINT, type PointDraft } from './projectDraft';

interface LocationsFieldProps {
  value: PointDraft[];
  onChange: (value: PointDraft[]) => void;
}

/** The project's sites as points: a name and WGS 84 coordinates in decimal degrees. */
export function LocationsField({ value, onChange }: LocationsFieldProps) {
  const { t } = useTranslation('projects');
  const id = useId();
  const update = (i: number, patch: Partial<PointDraft>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  return (
    <fieldset className="fieldset" aria-describedby={`${id}-hint`} data-testid="locations-field">
      <legend>{t('projects:form.locations')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('projects:form.locationsHint')}
      </p>
      <ol className="points">
        {value.map((p, i) => (
          <li key={i} className="points__row">
            <div className="field">
              <label htmlFor={`${id}-${i}-name`}>{t('projects:form.pointName', { n: i + 1 })}</label>
              <input
                id={`${id}-${i}-name`}
                value={p.name}
                maxLength={200}
                onChange={(e) => update(i, { name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${i}-lon`}>{t('projects:form.longitude', { n: i + 1 })}</label>
              <input
                id={`${id}-${i}-lon`}
                type="number"
                step="any"
                min={-180}
                max={180}
                inputMode="decimal"
                value={p.lon}
                required={p.lat.trim() !== ''}
                onChange={(e) => update(i, { lon: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${i}-lat`}>{t('projects:form.latitude', { n: i + 1 })}</label>
              <input
                id={`${id}-${i}-lat`}
                type="number"
                step="any"
                min={-90}
                max={90}
                inputMode="decimal"
                value={p.lat}
                required={p.lon.trim() !== ''}
                onChange={(e) => update(i, { lat: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('projects:form.removePoint', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange([...value, EMPTY_POINT])}
        disabled={value.length >= 100}
      >
        {t('projects:form.addPoint')}
      </button>
    </fieldset>
  );
}
