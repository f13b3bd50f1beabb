import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../contracts/decisions';
import { csvRecords } from '../../test/csv';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
});
afterAll(() => t.close());

async function draft(visibility: 'public' | 'restricted'): Promise<DecisionDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/decisions',
    headers: sec,
    payload: {
      body: 'CFM',
      title: { en: 'Draft decision', ru: 'Проект решения', zh: '决定草案' },
      procedure: 'consensus',
      visibility,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const position = (id: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/decisions/${id}/positions`, headers, payload });
const csv = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1/decisions/${id}/positions.csv`, headers });

describe("a decision's positions as CSV", () => {
  it('lists every participating state with its position, pending where none is stated', async () => {
    const d = await draft('public');
    expect((await position(d.id, kz, { state: 'KZ', position: 'support' })).statusCode).toBe(200);
    const text = 'Россия: «да», но "с оговоркой",\nи =SUM(1)';
    expect((await position(d.id, ru, { state: 'RU', position: 'statement', text })).statusCode).toBe(200);
    const res = await csv(d.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="decision-${d.id}-positions.csv"`);
    const rows = csvRecords(res.body);
    expect(rows.map((r) => r.state)).toEqual(d.participants);
    expect(rows.find((r) => r.state === 'KZ')).toMatchObject({ position: 'support', counts: 'true' });
    expect(rows.find((r) => r.state === 'RU')).toMatchObject({ position: 'statement', statement: text });
    expect(rows.find((r) => r.state === 'CN')).toMatchObject({ position: 'pending', recorded_at: '' });
  });

  it('is refused, as the page is, to whoever may not see a restricted draft', async () => {
    const d = await draft('restricted');
    await position(d.id, kz, { state: 'KZ', position: 'objection', text: 'restricted words' });
    const res = await csv(d.id);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('restricted words');
    const seen = await csv(d.id, ru);
    expect(seen.statusCode).toBe(200);
    expect(csvRecords(seen.body).find((r) => r.state === 'KZ')?.statement).toBe('restricted words');
  });
});
