import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SelectField } from '../../../ui/SelectField';
import { useAuth } from '../../auth';
import type { ProjectDto } from '../api/projectsApi';
import { bookingFundersOf, canRecordRates, mayReverse } from '../api/projectPermissions';
import { useCurrencies } from '../api/useCurrencies';
import { useFinance } from '../api/useFinance';
import { useLedger } from '../api/useLedger';
import { BookingForm } from './BookingForm';
import { FinanceChart } from './FinanceChart';
import { FundingGap } from './FundingGap';
import { LedgerTable } from './LedgerTable';
import { RateForm } from './RateForm';
import { missingPair } from './rateDraft';

/**
 * Money for the project: totals per currency, the funding gap in a report currency with the rates used,
 * the ledger with its corrections, booking, and for the Secretariat the recording of exchange rates.
 */
export function FinanceSection({ project }: { project: ProjectDto }) {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const [reportCurrency, setReportCurrency] = useState(project.estimatedCost.currency);
  const finance = useFinance(project.id, reportCurrency);
  const ledger = useLedger(project.id);
  const currencies = useCurrencies();
  const funders = bookingFundersOf(me);
  const mayBook = funders === 'any' || funders.length > 0;
  // A pledge or commitment dated after today is a plan, not yet part of what has happened (UTC, as the server dates).
  const today = new Date().toISOString().slice(0, 10);
  const planned = (ledger.data ?? []).filter((e) => e.valueDate > today);
  const happened = (ledger.data ?? []).filter((e) => e.valueDate <= today);

  return (
    <section aria-labelledby="finance-heading" className="finance">
      <h2 id="finance-heading">{t('projects:finance.title')}</h2>
      <SelectField
        inline
        label={t('projects:finance.reportCurrency')}
        value={reportCurrency}
        onChange={setReportCurrency}
      >
        {(currencies.data ?? [{ code: reportCurrency, exponent: 2 }]).map((c) => (
          <option key={c.code} value={c.code}>
            {c.code}
          </option>
        ))}
      </SelectField>
      <ProblemAlert error={finance.error} />
      {finance.data ? (
        <div className="finance__summary">
          <FinanceChart finance={finance.data} />
          <FundingGap finance={finance.data} />
        </div>
      ) : (
        finance.isPending && <Loading />
      )}
      {canRecordRates(me) && (
        <RateForm suggested={missingPair(finance.data?.gapReason?.missing)} reportCurrency={reportCurrency} />
      )}
      <h3>{t('projects:ledger.title')}</h3>
      <ProblemAlert error={ledger.error} />
      {ledger.data ? (
        <>
          <LedgerTable projectId={project.id} entries={happened} mayReverse={(e) => mayReverse(me, e)} />
          {planned.length > 0 && (
            <>
              <h3>{t('projects:ledger.plannedTitle')}</h3>
              <p className="field__hint">{t('projects:ledger.plannedHint')}</p>
              <LedgerTable
                projectId={project.id}
                entries={planned}
                mayReverse={(e) => mayReverse(me, e)}
                planned
              />
            </>
          )}
        </>
      ) : (
        ledger.isPending && <Loading />
      )}
      {mayBook && <BookingForm project={project} funders={funders} />}
    </section>
  );
}
