import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto, StateSummaryDto } from '../../../../contracts/states';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { isSecretariat, useAuth } from '../../auth';
import { useBodies, useStates } from '../../states';

interface MeetingFormFrameProps {
  /** Something else the form needs loaded first (the meeting to edit). */
  loading?: boolean;
  error?: unknown;
  children: (data: { states: StateSummaryDto[]; bodies: BodyDto[] }) => ReactNode;
}

/** What the Secretariat's meeting pages show before the form: sign in, not allowed, loading, a problem. */
export function MeetingFormFrame({ loading, error, children }: MeetingFormFrameProps) {
  const { t } = useTranslation('meetings');
  const { me } = useAuth();
  const states = useStates();
  const bodies = useBodies();
  if (me === undefined) return <Loading />;
  if (me === null)
    return (
      <p className="notice">
        {t('meetings:form.signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  if (!isSecretariat(me)) return <p className="notice">{t('meetings:form.notAllowed')}</p>;
  const problem = error ?? states.error ?? bodies.error;
  if (problem) return <ProblemAlert error={problem} />;
  if (loading || !states.data || !bodies.data) return <Loading />;
  return <>{children({ states: states.data, bodies: bodies.data })}</>;
}
