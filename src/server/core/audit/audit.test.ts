import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: { authorization: string };
beforeAll(async () => {
  t = await buildTestApp();
  admin = await bearer(t.app, 'secretariat@example.org');
});
afterAll(() => t.close());

const contact = (office: string) => ({ office, email: null, phone: null, website: null });

describe('the audit log', () => {
  it('records who did what, for which state, to which record and when', async () => {
    const kz = await bearer(t.app, 'coordinator.kz@example.org');
    const before = Date.now();
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: kz,
      payload: contact('Astana office'),
    });
    const entry = (await t.app.inject({ url: '/api/v1/audit?limit=1', headers: admin })).json().items[0];
    expect(entry).toMatchObject({
      actorEmail: 'coordinator.kz@example.org',
      actingFor: 'KZ',
      action: 'states.contact_updated',
      targetType: 'state',
      targetId: 'KZ',
      data: { office: 'Astana office' },
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('is read only by the Secretariat', async () => {
    const kz = await bearer(t.app, 'coordinator.kz@example.org');
    for (const url of ['/api/v1/audit', '/api/v1/audit/verify']) {
      const res = await t.app.inject({ url, headers: kz });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('auth.forbidden');
    }
  });

  it('pages backwards through the entries', async () => {
    const first = (await t.app.inject({ url: '/api/v1/audit?limit=2', headers: admin })).json();
    expect(first.items).toHaveLength(2);
    const next = (
      await t.app.inject({ url: `/api/v1/audit?limit=2&beforeSeq=${first.nextBeforeSeq}`, headers: admin })
    ).json();
    expect(next.items[0].seq).toBeLessThan(first.items[1].seq + 0.5);
    expect(next.items[0].seq).toBe(first.items[1].seq - 1);
  });

  it('keeps one unbroken chain when many writes race', async () => {
    const coordinators = ['kz', 'ru', 'cn', 'in', 'pk', 'ir', 'by', 'kg', 'tj', 'uz'];
    const tokens = await Promise.all(coordinators.map((c) => bearer(t.app, `coordinator.${c}@example.org`)));
    const results = await Promise.all(
      tokens.flatMap((h, i) =>
        [1, 2, 3].map((n) =>
          t.app.inject({
            method: 'PUT',
            url: `/api/v1/states/${coordinators[i]!.toUpperCase()}/contact`,
            headers: h,
            payload: contact(`office ${n}`),
          }),
        ),
      ),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const verify = (await t.app.inject({ url: '/api/v1/audit/verify', headers: admin })).json();
    expect(verify).toMatchObject({ ok: true, firstBroken: null });
    expect(verify.checked).toBeGreaterThan(30);
  });

  it('names the first broken link when an entry is altered', async () => {
    const entries = (await t.app.inject({ url: '/api/v1/audit?limit=500', headers: admin })).json().items;
    const victim = entries[Math.floor(entries.length / 2)];
    await sql`update core_audit_entry set data = ${JSON.stringify({ office: 'forged' })} where seq = ${victim.seq}`.execute(
      t.database.db,
    );
    const verify = (await t.app.inject({ url: '/api/v1/audit/verify', headers: admin })).json();
    expect(verify.ok).toBe(false);
    expect(verify.firstBroken.seq).toBe(victim.seq);
    expect(verify.reason).toMatch(/content/);
  });

  it('notices an entry removed from the middle of the chain', async () => {
    const fresh = await buildTestApp();
    try {
      const h = await bearer(fresh.app, 'secretariat@example.org');
      await sql`delete from core_audit_entry where seq = 3`.execute(fresh.database.db);
      const verify = (await fresh.app.inject({ url: '/api/v1/audit/verify', headers: h })).json();
      expect(verify).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 4 } });
    } finally {
      await fresh.close();
    }
  });
});
