import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportDto, ImportPreviewDto, RegimeDto, RegimeListDto } from '../../../contracts/regimes';
import { toCsv } from '../../core/http/csv';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { COLUMNS } from './regimes.csv';

let t: TestApp;
let sec: Record<string, string>;

/** A row of the format, every column empty unless given. */
const row = (cells: Record<string, string>) => COLUMNS.map((c) => cells[c] ?? '');
const good = (code: string, extra: Record<string, string> = {}) =>
  row({
    code,
    state: 'KG',
    type: 'free_customs_zone',
    name_en: `Imported ${code}`,
    name_ru: `Импорт ${code}`,
    legal_act: 'Test law',
    legal_date: '2023-05-02',
    legal_source: 'https://example.org/law',
    legal_read_on: '2026-12-01',
    in_force_on: '2023-06-01',
    in_force_source: 'https://example.org/law',
    in_force_read_on: '2026-12-01',
    ...extra,
  });
const csvOf = (...rows: string[][]) => toCsv(COLUMNS, rows);
const importing = (csv: string, query = '') =>
  t.app.inject({ method: 'POST', url: `/api/v1/regimes/imports${query}`, headers: sec, payload: { csv } });
const kgCodes = async () =>
  (await t.app.inject('/api/v1/regimes?state=KG&type=free_customs_zone'))
    .json<RegimeListDto>()
    .items.map((r) => r.code);
async function finished(id: string): Promise<ImportDto> {
  let last: ImportDto | undefined;
  await vi.waitFor(
    async () => {
      last = (await t.app.inject({ url: `/api/v1/regimes/imports/${id}`, headers: sec })).json<ImportDto>();
      expect(last.status).toBe('done');
    },
    { timeout: 20_000, interval: 20 },
  );
  return last!;
}

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
});
afterAll(() => t.close());

describe('regimes CSV import and export', () => {
  const file = csvOf(
    good('KG-FZ-1'),
    good('KG-FZ-2', { state: 'XX' }),
    good('KG-FZ-3', { in_force_on: '2023-02-30', legal_read_on: '' }),
    good('KG-FZ-1'),
    good('KG-FZ-4', {
      visa_stay_days: 'ten',
      area_geojson: '{"type":"Polygon","coordinates":[[[74,42],[75,42],[75,43],[74,42]]]}',
    }),
  );

  it('previews what a file would change and names the row and column of every error, writing nothing', async () => {
    const before = await snapshotCounts(t.database);
    const res = await importing(file, '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<ImportPreviewDto>();
    expect(p).toMatchObject({ total: 5, create: 1, update: 0, unchanged: 0, badRows: [3, 4, 5, 6] });
    expect(p.errors.map((e) => `${e.row} ${e.column}`)).toEqual([
      '3 state',
      '4 legal_read_on',
      '4 in_force_on',
      '5 code',
      '6 visa_stay_days',
    ]);
    expect(p.changes).toEqual([{ row: 2, code: 'KG-FZ-1', action: 'create', fields: [] }]);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('imports nothing from a file with a bad row and says which rows are bad', async () => {
    const before = await snapshotCounts(t.database);
    const res = await importing(file);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'regimes.import_has_errors',
      params: { errorCount: 5, badRows: ['3', '4', '5', '6'] },
    });
    expect(res.json().params.errors[0]).toBe('row 3, state: XX');
    expect(await snapshotCounts(t.database)).toEqual(before);
    const header = await importing('code,state\r\nX,KZ\r\n', '?dryRun=true');
    expect([header.statusCode, header.json().code]).toEqual([422, 'regimes.csv_header']);
    const kz = await bearer(t.app, 'coordinator.kz@example.org');
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/regimes/imports?dryRun=true',
      headers: kz,
      payload: { csv: file },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('imports the good rows when asked, in a job whose progress it reports, and says which it skipped', async () => {
    const res = await importing(file, '?importGoodRows=true');
    expect(res.statusCode, res.body).toBe(202);
    const queued = res.json<ImportDto>();
    expect(queued).toMatchObject({ total: 1, skippedRows: [3, 4, 5, 6] });
    expect(await finished(queued.id)).toMatchObject({ processed: 1, total: 1, skippedRows: [3, 4, 5, 6] });
    expect(await kgCodes()).toEqual(['KG-FZ-1']);
    const audit = await t.app.inject({ url: '/api/v1/audit?action=regimes.import_started', headers: sec });
    expect(audit.json().items[0]).toMatchObject({ targetId: queued.id, actingFor: 'secretariat' });
  });

  it('writes back the format it reads: an exported file imports as unchanged, and changes show field by field', async () => {
    const many = csvOf(
      good('KG-FZ-1', {
        benefits: 'Duty relief, "quoted"\r\nover lines',
        benefits_source: 'https://example.org/b',
        benefits_read_on: '2026-12-02',
      }),
      good('KG-FZ-5', {
        name_zh: '自由关税区',
        area_geojson: '{"type":"Polygon","coordinates":[[[74,42],[75,42],[75,43],[74,42]]]}',
        eligibility: '=not a formula',
        valid_until: '2030-12-31',
        initiated_on: '2023-01-10',
        withdrawn_on: '2025-01-01',
      }),
    );
    const preview = (await importing(many, '?dryRun=true')).json<ImportPreviewDto>();
    expect(preview.changes.map((c) => [c.code, c.action, c.fields])).toEqual([
      ['KG-FZ-1', 'update', ['benefits']],
      ['KG-FZ-5', 'create', []],
    ]);
    await finished((await importing(many)).json<ImportDto>().id);
    const before = (
      await t.app.inject('/api/v1/regimes?state=KG&type=free_customs_zone')
    ).json<RegimeListDto>();
    const exported = await t.app.inject('/api/v1/regimes.csv?state=KG&type=free_customs_zone');
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const again = (await importing(exported.body, '?dryRun=true')).json<ImportPreviewDto>();
    expect(again).toMatchObject({ total: 2, create: 0, update: 0, unchanged: 2, errors: [] });
    await finished((await importing(exported.body)).json<ImportDto>().id);
    const after = (
      await t.app.inject('/api/v1/regimes?state=KG&type=free_customs_zone')
    ).json<RegimeListDto>();
    const strip = (r: RegimeDto) => ({ ...r, updatedAt: '' });
    expect(after.items.map(strip)).toEqual(before.items.map(strip));
    expect(after.items[1]).toMatchObject({ eligibility: { value: '=not a formula' }, endsOn: '2025-01-01' });
  });
});
