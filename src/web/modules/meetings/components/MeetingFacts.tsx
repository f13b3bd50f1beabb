import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contracts/meetings';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { ConfidenceMarker, SourceLink, useBodyNames, useStateNames } from '../../states';
import { MeetingDates } from './MeetingDates';
import { Translated } from '../../../ui/Translated';

export function MeetingFacts({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings');
  const { intl } = useLanguage();
  const localized = useLocalized();
  const stateName = useStateNames();
  const bodyName = useBodyNames();
  const collator = new Intl.Collator(intl);
  const participants = [...meeting.participants].sort((a, b) => collator.compare(stateName(a), stateName(b)));

  return (
    <dl className="facts" data-testid="meeting-facts">
      <div>
        <dt>{t('meetings:facts.dates')}</dt>
        <dd>
          <MeetingDates meeting={meeting} withReaderZone />
        </dd>
      </div>
      <div>
        <dt>{t('meetings:facts.place')}</dt>
        <dd>
          {localized(meeting.city)},{' '}
          <Link to="/states/$code" params={{ code: meeting.hostState }}>
            {stateName(meeting.hostState)}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('meetings:facts.level')}</dt>
        <dd>
          {t(`meetings:level.${meeting.level}`)} · {t(`meetings:kind.${meeting.kind}`)}
        </dd>
      </div>
      {meeting.body && (
        <div>
          <dt>{t('meetings:facts.body')}</dt>
          <dd>{bodyName(meeting.body)}</dd>
        </div>
      )}
      <div>
        <dt>{t('meetings:facts.participants', { n: participants.length })}</dt>
        <dd>
          <ul className="inline-list">
            {participants.map((code) => (
              <li key={code}>
                <Link to="/states/$code" params={{ code }}>
                  {stateName(code)}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
      </div>
      {meeting.visibility === 'restricted' && (
        <div>
          <dt>{t('meetings:facts.visibility')}</dt>
          <dd>{t('meetings:facts.restricted')}</dd>
        </div>
      )}
      {meeting.source && (
        <div>
          <dt>{t('meetings:facts.source')}</dt>
          <dd data-testid="meeting-source">
            <span className="source-line">
              <ConfidenceMarker confidence={meeting.source.confidence} />
              <SourceLink source={meeting.source} />
            </span>
            {meeting.source.noteLocalized && (
              <p className="timeline__note">
                <Translated value={meeting.source.noteLocalized} />
              </p>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
