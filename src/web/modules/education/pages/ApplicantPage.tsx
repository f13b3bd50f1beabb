import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { MutationForm } from '../../../ui/MutationForm';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TextField } from '../../../ui/TextField';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useStateNames } from '../../states';
import { useEducationWrite, useMyApplicant, type Mail } from '../api/educationApi';

/** The applicant's dashboard: sign-up, the verification mail, their applications and offers, their data. */
export function ApplicantPage() {
  const { t } = useTranslation('education');
  const { me } = useAuth();
  const data = useMyApplicant(!!me);
  useDocumentTitle(t('education:me.title'));
  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null) content = <SignUp />;
  else if (data.isError) content = <ProblemAlert error={data.error} />;
  else if (!data.data) content = <Loading />;
  else content = <Dashboard {...data.data} />;
  return (
    <div className="page">
      <h1>{t('education:me.title')}</h1>
      <p className="lead">{t('education:me.intro')}</p>
      {content}
    </div>
  );
}

function SignUp() {
  const { t } = useTranslation('education');
  const [f, setF] = useState({ email: '', displayName: '', password: '', nationality: 'KZ', birthDate: '' });
  const signUp = useEducationWrite<typeof f>(() => '/api/v1/education/applicants');
  const field = (k: keyof typeof f, type = 'text') => (
    <TextField
      label={t(`education:signUp.${k}`)}
      name={`/${k}`}
      type={type}
      value={f[k]}
      onChange={(v) => setF({ ...f, [k]: v })}
    />
  );
  return (
    <MutationForm
      mutation={signUp}
      onSubmit={() => signUp.mutate(f)}
      submitLabel={t('education:signUp.submit')}
      success={
        <>
          {t('education:signUp.done')} <Link to="/login">{t('common:signIn')}</Link>
        </>
      }
      statusTestId="signup-status"
      header={<h2>{t('education:signUp.title')}</h2>}
    >
      {field('email', 'email')}
      {field('displayName')}
      {field('password', 'password')}
      {field('nationality')}
      {field('birthDate', 'date')}
    </MutationForm>
  );
}

function Dashboard({
  applicant,
  applications,
  mail,
}: NonNullable<ReturnType<typeof useMyApplicant>['data']>) {
  const { t } = useTranslation('education');
  const stateName = useStateNames();
  const verify = useEducationWrite<string>(
    () => '/api/v1/education/applicants/verify',
    (token) => ({ token }),
  );
  const accept = useEducationWrite<string>(
    (id) => `/api/v1/education/offers/${id}/accept`,
    () => undefined,
  );
  const token = (m: Mail) => /token=([\w-]+)/.exec(m.text)?.[1];
  if (!applicant) return <p className="notice">{t('education:me.notApplicant')}</p>;
  return (
    <>
      <p data-testid="applicant">
        {applicant.displayName} · {stateName(applicant.nationality)} ·{' '}
        {applicant.verified ? t('education:me.verified') : t('education:me.unverified')}
      </p>
      <h2>{t('education:me.outbox')}</h2>
      {verify.error ? <ProblemAlert error={verify.error} /> : null}
      {mail.length === 0 ? (
        <p className="notice">{t('education:me.noMail')}</p>
      ) : (
        <ul data-testid="outbox">
          {mail.map((m) => (
            <li key={m.id}>
              <strong>{m.subject}</strong> — {m.sentAt.slice(0, 10)}
              {!applicant.verified && token(m) && (
                <button type="button" className="button" onClick={() => verify.mutate(token(m)!)}>
                  {t('education:me.verify')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('education:me.applications')}</h2>
      {accept.error ? <ProblemAlert error={accept.error} /> : null}
      {applications.length === 0 ? (
        <p className="notice">{t('education:me.noApplications')}</p>
      ) : (
        <ul data-testid="my-applications">
          {applications.map((a) => (
            <li key={a.id}>
              <Link to="/education/calls/$id" params={{ id: a.callId }}>
                {t(`education:applicationStatus.${a.status}`)}
              </Link>
              {a.offers.map((o) => (
                <span key={o.id}>
                  {' '}
                  · {t(`education:offerStatus.${o.status}`)}
                  {o.status === 'open' && (
                    <button type="button" className="button" onClick={() => accept.mutate(o.id)}>
                      {t('education:me.accept')}
                    </button>
                  )}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/api/v1/education/applicants/me/export" download="my-application-data.json">
          {t('education:me.export')}
        </a>
      </p>
    </>
  );
}
