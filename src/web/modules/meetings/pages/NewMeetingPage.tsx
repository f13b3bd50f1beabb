import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { MeetingForm } from '../components/MeetingForm';
import { MeetingFormFrame } from '../components/MeetingFormFrame';

export function NewMeetingPage() {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  useDocumentTitle(t('meetings:form.newTitle'));
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/calendar">{t('meetings:backToCalendar')}</Link>
      </p>
      <h1 id="meeting-form-heading">{t('meetings:form.newTitle')}</h1>
      <MeetingFormFrame>
        {({ states, bodies }) => (
          <MeetingForm
            states={states}
            bodies={bodies}
            labelledBy="meeting-form-heading"
            onSaved={(id) => void navigate({ to: '/meetings/$id', params: { id } })}
          />
        )}
      </MeetingFormFrame>
    </div>
  );
}
