import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewDto } from '../../../../contracts/regimes';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useImport, usePreviewImport, useStartImport } from '../api/regimesApi';
import { ACTION_LABEL, IMPORT_STATUS_LABEL } from '../components/labels';
import { RegimesNav } from '../components/RegimesNav';
import '../components/regimes.css';

/** The Secretariat's CSV import: preview, row errors, then the import with its progress bar (ADR 0119). */
export function ImportPage() {
  const { t } = useTranslation('regimes');
  useDocumentTitle(t('regimes:import.title'));
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [goodRows, setGoodRows] = useState(false);
  const preview = usePreviewImport();
  const start = useStartImport();
  const progress = useImport(start.data?.id);
  const p: ImportPreviewDto | undefined = preview.data;
  const job = progress.data ?? start.data;

  return (
    <div className="page">
      <h1>{t('regimes:import.title')}</h1>
      <p className="lead">{t('regimes:import.intro')}</p>
      <RegimesNav />
      <div className="field">
        <label htmlFor="regimes-csv">{t('regimes:import.file')}</label>
        <input
          id="regimes-csv"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            start.reset();
            void file.text().then((text) => {
              setCsv(text);
              preview.mutate(text);
            });
          }}
        />
      </div>
      {preview.error && <ProblemAlert error={preview.error} />}
      {p && (
        <section data-testid="import-preview" aria-label={t('regimes:import.preview')}>
          <h2>{t('regimes:import.preview')}</h2>
          <p>
            {t('regimes:import.summary', {
              file: fileName,
              total: p.total,
              create: p.create,
              update: p.update,
              unchanged: p.unchanged,
              bad: p.badRows.length,
            })}
          </p>
          {p.errors.length > 0 && (
            <div className="table-scroll">
              <table className="data-table" data-testid="import-errors">
                <caption>{t('regimes:import.errors', { count: p.errors.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('regimes:import.row')}</th>
                    <th scope="col">{t('regimes:import.column')}</th>
                    <th scope="col">{t('regimes:import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>
                        <code>{e.column}</code>
                      </td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {p.changes.length > 0 && (
            <div className="table-scroll">
              <table className="data-table" data-testid="import-changes">
                <caption>{t('regimes:import.changes')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('regimes:import.row')}</th>
                    <th scope="col">{t('regimes:code')}</th>
                    <th scope="col">{t('regimes:import.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.changes.map((c) => (
                    <tr key={c.row}>
                      <td>{c.row}</td>
                      <td>{c.code}</td>
                      <td>
                        {t(ACTION_LABEL[c.action])}
                        {c.fields.length > 0 && `: ${c.fields.join(', ')}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {p.badRows.length > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={goodRows} onChange={(e) => setGoodRows(e.target.checked)} />{' '}
              {t('regimes:import.goodRows', { rows: p.badRows.join(', ') })}
            </label>
          )}
          <p>
            <button
              type="button"
              className="button"
              disabled={start.isPending || !!start.data || (p.badRows.length > 0 && !goodRows)}
              onClick={() => start.mutate({ csv, importGoodRows: goodRows })}
            >
              {t('regimes:import.run')}
            </button>
          </p>
        </section>
      )}
      {start.error && <ProblemAlert error={start.error} />}
      {job && (
        <section data-testid="import-progress" aria-live="polite">
          <h2>{t('regimes:import.progress')}</h2>
          <progress className="import-progress" max={Math.max(job.total, 1)} value={job.processed} />
          <p>
            {t(IMPORT_STATUS_LABEL[job.status], { processed: job.processed, total: job.total })}
            {job.skippedRows.length > 0 &&
              ` ${t('regimes:import.skipped', { rows: job.skippedRows.join(', ') })}`}
          </p>
        </section>
      )}
    </div>
  );
}
