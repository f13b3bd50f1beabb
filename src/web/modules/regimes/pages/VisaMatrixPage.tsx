import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TextField } from '../../../ui/TextField';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStateNames } from '../../states';
import { useVisaMatrix } from '../api/regimesApi';
import { VISA_LABEL } from '../components/labels';
import { RegimesNav } from '../components/RegimesNav';
import '../components/regimes.css';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Who admits whose nationals on a day: rows the admitting state, columns the nationals. */
export function VisaMatrixPage() {
  const { t } = useTranslation('regimes');
  const stateName = useStateNames();
  const [on, setOn] = useState(todayIso);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(on);
  const matrix = useVisaMatrix(valid ? on : todayIso());
  useDocumentTitle(t('regimes:visaMatrix'));
  const m = matrix.data;
  return (
    <div className="page">
      <h1>{t('regimes:visaMatrix')}</h1>
      <p className="lead">{t('regimes:visaIntro')}</p>
      <RegimesNav />
      <TextField label={t('regimes:on')} type="date" value={on} onChange={setOn} />
      {matrix.error && <ProblemAlert error={matrix.error} />}
      {!m ? (
        !matrix.error && <Loading />
      ) : (
        <div className="visa-matrix">
          <table className="data-table" data-testid="visa-matrix">
            <caption>{t('regimes:visaCaption', { on: m.on })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regimes:admits')}</th>
                {m.states.map((s) => (
                  <th key={s} scope="col" title={stateName(s)}>
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.states.map((to) => (
                <tr key={to}>
                  <th scope="row">{stateName(to)}</th>
                  {m.states.map((from) => {
                    const c = m.cells.find((x) => x.to === to && x.from === from);
                    if (to === from) return <td key={from}>—</td>;
                    if (!c)
                      return (
                        <td key={from} className="muted">
                          {t('regimes:noRecord')}
                        </td>
                      );
                    return (
                      <td key={from}>
                        <Link to="/regimes/$code" params={{ code: c.code }}>
                          {t(VISA_LABEL[c.requirement])}
                          {c.stayDays !== null && ` · ${t('regimes:days', { count: c.stayDays })}`}
                        </Link>
                        {c.demo && <span className="muted"> ({t('common:demo.label')})</span>}
                        {!c.source && <span className="regime-unsourced"> · {t('regimes:unsourced')}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
