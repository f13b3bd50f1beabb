import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerDto } from '../../../contracts/transport';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let uz: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  uz = await bearer(t.app, 'coordinator.uz@example.org');
});
afterAll(() => t.close());

const post = (url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
const terms = {
  agreement: 'Memorandum of the test port',
  agreementDate: '2026-11-30',
  contactPoints: [{ name: 'Port desk', role: 'liaison', email: 'desk@example.org' }],
  services: ['transshipment', 'digital_documents'],
};
const indicators = (year: number) => ({
  year,
  throughputTeu: 70000,
  throughputTonnes: null,
  dwellHours: null,
  digitalDocumentsShare: 0.4,
  source: 'test: annual report',
});
const close = async (decisionId: string) => {
  const res = await post(`/decisions/${decisionId}/close`, sec);
  await t.app.kernel.events.drain();
  return res;
};

describe('the partnership network of ports and logistics centres', () => {
  it("admits a port on its state coordinator's application once the member states adopt the decision", async () => {
    const applied = await post('/transport/partners', kz, {
      node: 'aktau',
      terms,
      source: 'test application',
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const p = applied.json<PartnerDto>();
    expect(p).toMatchObject({ node: 'aktau', state: 'KZ', status: 'applied', terms });
    const decision = (await t.app.inject({ url: `/api/v1/decisions/${p.decisionId}`, headers: sec })).json();
    expect(decision).toMatchObject({ procedure: 'consensus', body: 'CNC' });
    expect((await post('/transport/partners', kz, { node: 'aktau', terms, source: 's' })).json().code).toBe(
      'transport.already_applied',
    );
    expect((await post(`/transport/partners/${p.id}/indicators`, kz, indicators(2025))).json().code).toBe(
      'transport.not_partner_member',
    );
    expect((await close(p.decisionId)).json().status).toBe('adopted');
    const member = (await t.app.inject(`/api/v1/transport/partners/${p.id}`)).json<PartnerDto>();
    expect(member.status).toBe('member');
    expect(member.decisionNumber).toMatch(/^CNC\//);
    const reported = await post(`/transport/partners/${p.id}/indicators`, kz, indicators(2025));
    expect(reported.statusCode, reported.body).toBe(201);
    expect(reported.json<PartnerDto>().indicators).toEqual([indicators(2025)]);
    expect((await post(`/transport/partners/${p.id}/indicators`, sec, indicators(2025))).statusCode).toBe(
      409,
    );
    const listed = (await t.app.inject('/api/v1/transport/partners?status=member')).json().items;
    expect(listed.map((x: PartnerDto) => x.id)).toContain(p.id);
  });

  it('records a refusal when the decision is not adopted', async () => {
    const p = (
      await post('/transport/partners', kz, { node: 'kuryk', terms, source: 's' })
    ).json<PartnerDto>();
    await post(`/decisions/${p.decisionId}/positions`, uz, { state: 'UZ', position: 'objection' });
    expect((await close(p.decisionId)).json().status).toBe('not_adopted');
    expect((await t.app.inject(`/api/v1/transport/partners/${p.id}`)).json().status).toBe('not_admitted');
  });

  it("refuses an application for another state's node, or by the Secretariat, changing nothing", async () => {
    const before = await snapshotCounts(t.database);
    const other = await post('/transport/partners', kz, { node: 'navoi', terms, source: 's' });
    expect(other.json()).toMatchObject({ status: 403, code: 'auth.no_mandate', params: { state: 'UZ' } });
    expect((await post('/transport/partners', sec, { node: 'aktau', terms, source: 's' })).statusCode).toBe(
      403,
    );
    const bad = await post('/transport/partners', kz, {
      node: 'aktau',
      terms: { ...terms, services: ['x'] },
      source: 's',
    });
    expect(bad.statusCode).toBe(400);
    expect((await post('/transport/partners', kz, { node: 'atlantis', terms, source: 's' })).statusCode).toBe(
      404,
    );
    expect(await snapshotCounts(t.database)).toEqual(before);
  });
});
