import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { useLanguage } from '../../../ui/useLanguage';
import { explainEntryIntoForce } from './entryIntoForce';

/** The entry into force, as computed by the server, told in a sentence; the rule it follows below. */
export function EntryIntoForce({ instrument }: { instrument: InstrumentDto }) {
  const { t } = useTranslation('documents');
  const { code } = useLanguage();
  // The server counts calendar days in UTC; so does the "since" or "on" of the sentence.
  const today = new Date().toISOString().slice(0, 10);
  const rule = instrument.rule;
  const ruleText = !rule
    ? t('documents:rule.none')
    : rule.rule === 'on_signature'
      ? t('documents:rule.on_signature')
      : rule.rule === 'known_date'
        ? t('documents:rule.known_date')
        : rule.count === 'all'
          ? t('documents:rule.after_all', { days: t('documents:eif.days', { count: rule.days }) })
          : t('documents:rule.after_count', {
              days: t('documents:eif.days', { count: rule.days }),
              n: rule.count,
            });
  const requires = rule?.rule === 'after_notifications' && (rule.requires?.length ?? 0) > 0;

  return (
    <section
      className={`eif eif--${instrument.status}`}
      aria-labelledby="eif-heading"
      data-testid="entry-into-force"
    >
      <h2 id="eif-heading">{t('documents:eif.title')}</h2>
      <p className="eif__sentence" data-testid="eif-explanation">
        {explainEntryIntoForce(instrument.explanation, t, code, today)}
      </p>
      <p className="eif__rule">
        {t('documents:rule.label', { rule: ruleText })}
        {requires && ` ${t('documents:rule.requires')}`}
      </p>
      {rule?.rule === 'known_date' && (
        <p className="eif__source" data-testid="eif-source">
          {t('documents:rule.source')}{' '}
          <a href={rule.source} rel="noreferrer noopener" target="_blank">
            {new URL(rule.source).hostname}
          </a>
        </p>
      )}
    </section>
  );
}
