import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useStateNames } from '../../states';
import { useCallApplications, useEducationWrite, type CallDto } from '../api/educationApi';

/** The national authority's ranking screen: its own state's applicants, ranked within the quota. */
export function RankingScreen({ call, state }: { call: CallDto; state: string }) {
  const { t } = useTranslation('education');
  const stateName = useStateNames();
  const apps = useCallApplications(call.id, true);
  const [ranked, setRanked] = useState<string[] | null>(null);
  const submit = useEducationWrite<string[]>(
    () => `/api/v1/education/calls/${call.id}/nominations`,
    (r) => ({ state, ranked: r }),
  );
  if (apps.isError) return <ProblemAlert error={apps.error} />;
  if (!apps.data) return <Loading />;
  const own = apps.data.items.filter((a) => a.state === state);
  const current = ranked ?? own.filter((a) => a.rank !== null).map((a) => a.id);
  const quota = call.quotas.find((q) => q.state === state)?.quota ?? 0;
  const toggle = (id: string) =>
    setRanked(current.includes(id) ? current.filter((c) => c !== id) : [...current, id]);
  return (
    <MutationForm
      mutation={submit}
      onSubmit={() => submit.mutate(current)}
      submitLabel={t('education:ranking.submit')}
      success={t('education:ranking.done')}
      statusTestId="ranking-status"
      header={
        <h2>{t('education:ranking.title', { state: stateName(state), quota, count: current.length })}</h2>
      }
      data-testid="ranking"
    >
      {own.length === 0 ? (
        <p className="notice">{t('education:ranking.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('education:ranking.rank')}</th>
                <th scope="col">{t('education:ranking.applicant')}</th>
                <th scope="col">{t('education:apply.degree')}</th>
                <th scope="col">{t('education:apply.languageLevel')}</th>
              </tr>
            </thead>
            <tbody>
              {own.map((a) => (
                <tr key={a.id}>
                  <td>
                    <label className="checkbox">
                      <input type="checkbox" checked={current.includes(a.id)} onChange={() => toggle(a.id)} />{' '}
                      {current.includes(a.id) ? current.indexOf(a.id) + 1 : '—'}
                    </label>
                  </td>
                  <td>{a.applicant?.displayName ?? t('education:erased')}</td>
                  <td>{a.degree}</td>
                  <td>{a.languageLevel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </MutationForm>
  );
}
