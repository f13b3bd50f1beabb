import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { ExternalLink } from '../../../ui/ExternalLink';
import { formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { PartialDate, useBodyNames, useStateNames } from '../../states';
import { TopicList } from './TopicList';
import { pickTranslated, Translated, WorkingTranslationMark } from '../../../ui/Translated';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function InstrumentFacts({ instrument: x }: { instrument: InstrumentDto }) {
  const { t } = useTranslation('documents');
  const { code } = useLanguage();
  const bodyName = useBodyNames();
  const stateName = useStateNames();
  const adoptedBy = x.adoptedBy.body ?? x.body;
  return (
    <dl className="facts" data-testid="instrument-facts">
      {(adoptedBy || x.adoptedBy.meetingId || x.adoptedBy.decisionId) && (
        <div>
          <dt>{t('documents:facts.adoptedBy')}</dt>
          <dd>
            {adoptedBy && bodyName(adoptedBy)}
            {x.adoptedBy.meetingId && (
              <span className="facts__hint">
                <Link to="/meetings/$id" params={{ id: x.adoptedBy.meetingId }}>
                  {t('documents:facts.meeting')}
                </Link>
              </span>
            )}
            {x.adoptedBy.decisionId && (
              <span className="facts__hint">
                <Link to="/decisions/$id" params={{ id: x.adoptedBy.decisionId }}>
                  {t('documents:facts.decision')}
                </Link>
              </span>
            )}
          </dd>
        </div>
      )}
      {x.adoptedAt && x.adoptedAt !== x.signedAt && (
        <div>
          <dt>{t('documents:facts.adoptedAt')}</dt>
          <dd>
            <PartialDate value={x.adoptedAt} />
          </dd>
        </div>
      )}
      {x.signedAt && (
        <div>
          <dt>{t('documents:facts.signed')}</dt>
          <dd>
            {x.signedPlaceLocalized ? (
              <>
                {t('documents:facts.signedAtIn', {
                  date: formatPartialDate(x.signedAt, code),
                  place: pickTranslated(x.signedPlaceLocalized, code).text,
                })}
                {pickTranslated(x.signedPlaceLocalized, code).working && <WorkingTranslationMark />}
              </>
            ) : (
              formatPartialDate(x.signedAt, code)
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('documents:facts.depositary')}</dt>
        <dd>
          {x.depositary === 'secretariat' ? t('documents:depositary.secretariat') : stateName(x.depositary)}
        </dd>
      </div>
      {x.withdrawalNoticeDays !== null && (
        <div>
          <dt>{t('documents:facts.withdrawalNotice')}</dt>
          <dd>{t('documents:eif.days', { count: x.withdrawalNoticeDays })}</dd>
        </div>
      )}
      <div>
        <dt>{t('documents:facts.classification')}</dt>
        <dd>
          {t(`documents:classification.${x.classification}`)}
          {x.restrictedUntil && (
            <span className="facts__hint">
              {t('documents:facts.restrictedUntil', { date: formatPartialDate(x.restrictedUntil, code) })}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('documents:facts.topics')}</dt>
        <dd>
          <TopicList topics={x.topics} />
        </dd>
      </div>
      <div>
        <dt>{t('documents:facts.source')}</dt>
        <dd>
          {x.source.url ? (
            <ExternalLink href={x.source.url}>
              {t('documents:facts.sourceLink', { host: hostOf(x.source.url) })}
            </ExternalLink>
          ) : (
            <span className="muted">{t('documents:facts.noSource')}</span>
          )}
          {x.source.noteLocalized && (
            <span className="facts__hint">
              <Translated value={x.source.noteLocalized} />
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}
