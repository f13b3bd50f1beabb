import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import {
  eventually,
  startServer,
  throwawayPostgresDatabase,
  tokenHeaders,
  type ServerProcess,
  undeliveredCount,
} from '../../test/processes';

/**
 * Three processes of the real server on one PostgreSQL database, as a Secretariat runs it: written
 * procedures fall due while one process is killed with SIGKILL. Each must close exactly once, with its
 * deadline as the closing instant and never before it, and each outcome reach each state exactly once.
 */
const DECISIONS = 200;
const PARTICIPANTS = ['KZ', 'RU', 'CN'];
const servers: ServerProcess[] = [];
let database: Database | undefined;
afterAll(async () => {
  for (const s of servers) s.child.kill('SIGKILL');
  await database?.close();
});

describe.runIf(inject('dbKind') === 'postgres')('several processes on one PostgreSQL', () => {
  it('close 200 written procedures once each at their deadline and notify each outcome once, though one process is killed', async () => {
    const url = await throwawayPostgresDatabase();
    database = openDatabase(url);
    const db = database.db;
    // One after another: the first migrates and seeds, the others find the database ready.
    for (let i = 0; i < 3; i++) servers.push(await startServer(url));
    const headers = await tokenHeaders(servers[0]!.base, 'secretariat@example.org');

    // A session opened on one process is honoured by the others.
    const login = await fetch(`${servers[1]!.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator.kz@example.org', password: 'demo-password' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${servers[2]!.base}/auth/me`, { headers: { cookie } })).status).toBe(200);
    // Login limits count failures made on any process: five on the first two, then even the right
    // password is refused on the third.
    const attempt = (i: number, password: string) =>
      fetch(`${servers[i]!.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'observer@example.org', password }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt(i % 2, 'wrong-password')).status).toBe(401);
    expect((await attempt(2, 'demo-password')).status).toBe(429);

    const t0 = Date.now();
    const deadlines = new Map<string, string>();
    let next = 0;
    const create = async () => {
      while (next < DECISIONS) {
        const i = next++;
        const at = Math.max(t0 + 5000 + i * 15, Date.now() + 1500);
        const res = await fetch(`${servers[i % 3]!.base}/decisions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            body: 'CNC',
            title: { en: `Procedure ${i}`, ru: `Процедура ${i}`, zh: `程序 ${i}` },
            procedure: 'silence',
            deadline: new Date(at).toISOString(),
            participants: PARTICIPANTS,
          }),
        });
        expect(res.status).toBe(201);
        const d = (await res.json()) as { id: string; deadline: string };
        deadlines.set(d.id, d.deadline);
      }
    };
    await Promise.all(Array.from({ length: 12 }, create));
    const ids = [...deadlines.keys()];

    const closedCount = async () =>
      Number(
        (
          await db
            .selectFrom('decisions_decision')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('id', 'in', ids)
            .where('status', '!=', 'open')
            .executeTakeFirstOrThrow()
        ).n,
      );
    await eventually('the first closings', 30_000, async () => (await closedCount()) >= 20);
    const victim = servers[0]!;
    victim.child.kill('SIGKILL');
    await victim.exited;
    expect(await closedCount()).toBeLessThan(DECISIONS);

    await eventually('every procedure closed', 40_000, async () => (await closedCount()) === DECISIONS);
    await eventually('every outcome delivered', 30_000, async () => (await undeliveredCount(db)) === 0);

    const decisions = await db
      .selectFrom('decisions_decision')
      .select(['id', 'status', 'closed_at', 'deadline'])
      .where('id', 'in', ids)
      .execute();
    for (const d of decisions) {
      expect(d.status).toBe('adopted');
      expect(d.closed_at).toBe(deadlines.get(d.id));
    }
    const closings = await db
      .selectFrom('core_audit_entry')
      .select(['target_id', 'at'])
      .where('action', '=', 'decisions.decision_closed')
      .where('target_id', 'in', ids)
      .execute();
    expect(closings).toHaveLength(DECISIONS);
    expect(new Set(closings.map((c) => c.target_id)).size).toBe(DECISIONS);
    // Never before the deadline, and soon after it even for those the killed process held.
    for (const c of closings) {
      const late = Date.parse(c.at) - Date.parse(deadlines.get(c.target_id)!);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(15_000);
    }

    const notices = await db
      .selectFrom('notifications_item')
      .select(['subject_id', 'recipient'])
      .where('kind', '=', 'decision_closed')
      .where('subject_id', 'in', ids)
      .execute();
    const sent = await db
      .selectFrom('core_audit_entry')
      .select(['target_id', 'data'])
      .where('action', '=', 'notifications.sent')
      .where('target_id', 'in', ids)
      .execute();
    const recipients = new Map<string, string[]>();
    for (const s of sent) {
      const data = JSON.parse(s.data) as { kind: string; recipients: string[] };
      if (data.kind !== 'decision_closed') continue;
      recipients.set(s.target_id, [...(recipients.get(s.target_id) ?? []), ...data.recipients]);
    }
    for (const id of ids) {
      const expected = [...PARTICIPANTS, 'secretariat'].sort();
      expect(
        notices
          .filter((n) => n.subject_id === id)
          .map((n) => n.recipient)
          .sort(),
      ).toEqual(expected);
      expect([...(recipients.get(id) ?? [])].sort()).toEqual(expected);
    }
  }, 150_000);
});
