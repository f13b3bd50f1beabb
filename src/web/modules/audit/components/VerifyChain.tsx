import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/dates';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useVerifyAudit } from '../api/useVerifyAudit';

export function VerifyChain() {
  const { t } = useTranslation('audit');
  const { code } = useLanguage();
  const verify = useVerifyAudit();
  const result = verify.data;

  return (
    <section aria-labelledby="verify-heading" className="card">
      <h2 id="verify-heading">{t('audit:verify.title')}</h2>
      <p>{t('audit:verify.explain')}</p>
      <button type="button" className="button" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? t('audit:verify.running') : t('audit:verify.button')}
      </button>
      <ProblemAlert error={verify.error} />
      <div role="status" data-testid="verify-result">
        {result?.ok && <p className="verify verify--ok">{t('audit:verify.ok', { count: result.checked })}</p>}
        {result && !result.ok && (
          <div className="verify verify--broken">
            <p>
              {result.firstBroken
                ? t('audit:verify.brokenAt', {
                    seq: result.firstBroken.seq,
                    action: result.firstBroken.action,
                    at: formatInstant(result.firstBroken.at, code),
                  })
                : t('audit:verify.broken')}
            </p>
            {result.reason && <p lang="en">{result.reason}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
