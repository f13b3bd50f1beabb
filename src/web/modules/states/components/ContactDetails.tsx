import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/dates';
import { ExternalLink } from '../../../ui/ExternalLink';
import { useLanguage } from '../../../ui/useLanguage';
import type { StateContact } from '../api/statesApi';

export function ContactDetails({ contact }: { contact: StateContact | null }) {
  const { t } = useTranslation('states');
  const { code } = useLanguage();
  if (!contact) return <p>{t('states:contact.none')}</p>;
  const none = t('states:contact.notGiven');
  return (
    <dl className="facts" data-testid="contact-details">
      <div>
        <dt>{t('states:contact.office')}</dt>
        <dd>{contact.office ?? none}</dd>
      </div>
      <div>
        <dt>{t('states:contact.email')}</dt>
        <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : none}</dd>
      </div>
      <div>
        <dt>{t('states:contact.phone')}</dt>
        <dd>
          {contact.phone ? <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a> : none}
        </dd>
      </div>
      <div>
        <dt>{t('states:contact.website')}</dt>
        <dd>
          {contact.website ? <ExternalLink href={contact.website}>{contact.website}</ExternalLink> : none}
        </dd>
      </div>
      <div>
        <dt>{t('states:contact.updatedAt')}</dt>
        <dd>
          <time dateTime={contact.updatedAt}>{formatInstant(contact.updatedAt, code)}</time>
        </dd>
      </div>
    </dl>
  );
}
