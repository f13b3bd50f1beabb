import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useMeeting } from '../api/useMeeting';
import { MeetingForm } from '../components/MeetingForm';
import { MeetingFormFrame } from '../components/MeetingFormFrame';

const route = getRouteApi('/meetings/$id/edit');

export function EditMeetingPage() {
  const { t } = useTranslation('meetings');
  const { id } = route.useParams();
  const navigate = useNavigate();
  const localized = useLocalized();
  const query = useMeeting(id);
  const meeting = query.data;
  useDocumentTitle(t('meetings:form.editTitle'));
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/meetings/$id" params={{ id }}>
          {meeting ? localized(meeting.title) : t('meetings:meeting')}
        </Link>
      </p>
      <h1 id="meeting-form-heading">{t('meetings:form.editTitle')}</h1>
      <MeetingFormFrame loading={!meeting} error={query.error}>
        {({ states, bodies }) => (
          <MeetingForm
            states={states}
            bodies={bodies}
            meeting={meeting!}
            labelledBy="meeting-form-heading"
            onSaved={() => void navigate({ to: '/meetings/$id', params: { id } })}
          />
        )}
      </MeetingFormFrame>
    </div>
  );
}
