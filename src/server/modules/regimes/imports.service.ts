import type {
  ImportDto,
  ImportPreviewDto,
  RegimeBody,
  RowChange,
  RowError,
} from '../../../contracts/regimes';
import type { Actor } from '../../core/auth/actor';
import { readCsv } from '../../core/http/csv';
import { newId } from '../../core/ids';
import { defineJob } from '../../core/jobs';
import type { Kernel } from '../../core/module';
import { headerProblems, readRow } from './regimes.csv';
import { RegimesErrors } from './regimes.errors';
import * as repo from './regimes.repository';
import { changedFields } from './regimes.service';
import type { RegimeFields } from '../../../contracts/regimes';

/** Rows written per transaction: the import's progress moves by this much (ADR 0119). */
const CHUNK = 500;
/** How many changed rows a preview lists; the counts cover all. */
const PREVIEW_ROWS = 200;

interface ReadFile {
  good: { row: number; body: RegimeBody }[];
  errors: RowError[];
  badRows: number[];
}

/** Reads a file and checks every row; a code given twice is an error on its second row. @throws regimes.csv_header */
function readFile(csv: string): ReadFile {
  const [head, ...records] = readCsv(csv);
  const header = (head?.cells ?? []).map((h) => h.trim());
  const bad = headerProblems(header);
  if (bad) throw RegimesErrors.csvHeader(bad);
  const out: ReadFile = { good: [], errors: [], badRows: [] };
  const firstRow = new Map<string, number>();
  for (const r of records) {
    const parsed = readRow(r.row, header, r.cells);
    const errors = [...parsed.errors];
    const code = parsed.body?.code;
    if (code && firstRow.has(code))
      errors.push({ row: r.row, column: 'code', message: `the same code as row ${firstRow.get(code)}` });
    else if (code) firstRow.set(code, r.row);
    if (errors.length) {
      out.errors.push(...errors);
      out.badRows.push(r.row);
    } else out.good.push({ row: r.row, body: parsed.body! });
  }
  return out;
}

/** What an import of `csv` would change, and every row's errors; writes nothing. */
export async function previewImport(deps: Pick<Kernel, 'db'>, csv: string): Promise<ImportPreviewDto> {
  const file = readFile(csv);
  const existing = await repo.findRegimes(
    deps.db,
    file.good.map((g) => g.body.code),
  );
  const counts = { create: 0, update: 0, unchanged: 0 };
  const changes: RowChange[] = [];
  for (const { row, body } of file.good) {
    const { code, ...f } = body;
    const before = existing.get(code);
    const fields = before ? changedFields(JSON.parse(before.data) as RegimeFields, f) : [];
    const action = !before ? 'create' : fields.length || before.demo ? 'update' : 'unchanged';
    counts[action]++;
    if (action !== 'unchanged' && changes.length < PREVIEW_ROWS) changes.push({ row, code, action, fields });
  }
  return {
    total: file.good.length + file.badRows.length,
    ...counts,
    badRows: file.badRows,
    errors: file.errors,
    changes,
  };
}

const toImportDto = (r: repo.ImportRow): ImportDto => ({
  id: r.id,
  status: r.status,
  total: Number(r.total),
  processed: Number(r.processed),
  skippedRows: JSON.parse(r.skipped_rows) as number[],
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/**
 * Queues an import of `csv`, written by the job below in chunks with its progress. With a bad row it
 * imports nothing unless `importGoodRows`, and then says which rows it skipped.
 * @throws regimes.csv_header, regimes.import_has_errors
 */
export async function startImport(
  deps: Pick<Kernel, 'db' | 'audit' | 'now' | 'jobs'>,
  actor: Actor,
  csv: string,
  opts: { importGoodRows: boolean },
): Promise<ImportDto> {
  const file = readFile(csv);
  if (file.badRows.length && !opts.importGoodRows)
    throw RegimesErrors.importHasErrors({
      errorCount: file.errors.length,
      badRows: file.badRows.map(String),
      errors: file.errors.slice(0, 100).map((e) => `row ${e.row}, ${e.column}: ${e.message}`),
    });
  const row: repo.ImportRow = {
    id: newId(),
    status: 'queued',
    total: file.good.length,
    processed: 0,
    skipped_rows: JSON.stringify(file.badRows),
    csv,
    error: null,
    created_by: actor.userId,
    created_at: deps.now().toISOString(),
    finished_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertImport(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'regimes.import_started',
      targetType: 'regimes_import',
      targetId: row.id,
      actingFor: 'secretariat',
      data: { rows: file.good.length, skippedRows: file.badRows.slice(0, 100).map(String) },
    });
    await deps.jobs.wake(trx);
  });
  return toImportDto(row);
}

export async function getImport(deps: Pick<Kernel, 'db'>, id: string): Promise<ImportDto> {
  const row = await repo.findImport(deps.db, id);
  if (!row) throw RegimesErrors.importNotFound({ id });
  return toImportDto(row);
}

/**
 * Writes queued imports. Safe to run again after a crash: rows are upserted by code, and a run
 * resumes after the rows its committed chunks counted.
 */
async function runImports(kernel: Kernel) {
  for (;;) {
    const imp = await repo.nextImport(kernel.db);
    if (!imp) return;
    try {
      await repo.updateImport(kernel.db, imp.id, { status: 'running' });
      const file = readFile(imp.csv ?? '');
      const by = imp.created_by;
      for (let i = Number(imp.processed); i < file.good.length; i += CHUNK) {
        const at = kernel.now().toISOString();
        const rows = file.good
          .slice(i, i + CHUNK)
          .map(({ body: { code, ...f } }) => repo.toRow(code, f, { demo: false, at, by }));
        await kernel.db.transaction().execute(async (trx) => {
          await repo.upsertRegimes(trx, rows);
          await repo.updateImport(trx, imp.id, { processed: i + rows.length });
        });
      }
      await kernel.db.transaction().execute(async (trx) => {
        await repo.updateImport(trx, imp.id, {
          status: 'done',
          csv: null,
          finished_at: kernel.now().toISOString(),
        });
        await kernel.audit.record(trx, null, {
          action: 'regimes.import_completed',
          targetType: 'regimes_import',
          targetId: imp.id,
          actingFor: 'secretariat',
          data: { rows: file.good.length, by },
        });
      });
    } catch (err) {
      kernel.log.error({ err, importId: imp.id }, 'regimes import failed');
      await repo.updateImport(kernel.db, imp.id, {
        status: 'failed',
        error: String(err),
        csv: null,
        finished_at: kernel.now().toISOString(),
      });
    }
  }
}

export const importJob = defineJob({
  name: 'regimes.import',
  due: async (kernel) => {
    const next = await repo.nextImport(kernel.db);
    return next ? new Date(next.created_at) : null;
  },
  run: runImports,
});
