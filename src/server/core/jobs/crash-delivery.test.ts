import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
 * The real server is killed with SIGKILL in the middle of a burst of acknowledged writes (new
 * decisions, positions, bookings) and started again on the same database: every acknowledged write
 * is there, and every event the committed writes raised has been delivered, however close to the
 * commit the process died (each new decision's notifications exist).
 */
const PARTICIPANTS = ['KZ', 'RU', 'CN'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-outbox-crash-'));
const servers: ServerProcess[] = [];
let database: Database | undefined;
afterAll(async () => {
  for (const s of servers) s.child.kill('SIGKILL');
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('events across a crash', () => {
  it(`loses no acknowledged write and no event when killed mid-burst (${inject('dbKind')})`, async () => {
    const url =
      inject('dbKind') === 'sqlite' ? `sqlite:${dir}/crash.sqlite` : await throwawayPostgresDatabase();
    const first = await startServer(url);
    servers.push(first);
    const sec = await tokenHeaders(first.base, 'secretariat@example.org');
    const kz = await tokenHeaders(first.base, 'coordinator.kz@example.org');
    const projects = (await (await fetch(`${first.base}/projects`, { headers: sec })).json()) as {
      items: { id: string }[];
    };
    const projectId = projects.items[0]!.id;

    const decisions: string[] = [];
    const unanswered: string[] = [];
    const positions: { decisionId: string; text: string }[] = [];
    const bookings: string[] = [];
    let stop = false;
    let n = 0;
    const post = (url: string, headers: Record<string, string>, body: object) =>
      fetch(`${first.base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const worker = async () => {
      while (!stop) {
        const i = n++;
        try {
          const kind = i % 3;
          if (kind === 1 && unanswered.length) {
            const decisionId = unanswered.shift()!;
            const text = `position ${i}`;
            const res = await post(`/decisions/${decisionId}/positions`, kz, {
              state: 'KZ',
              position: 'support',
              text,
            });
            if (res.status === 200) positions.push({ decisionId, text });
          } else if (kind === 2) {
            const res = await post(`/projects/${projectId}/transactions`, sec, {
              kind: 'pledge',
              funder: 'KZ',
              amount: `${i}.00`,
              currency: 'USD',
              valueDate: '2026-01-15',
            });
            if (res.status === 201) bookings.push(((await res.json()) as { id: string }).id);
          } else {
            const res = await post('/decisions', sec, {
              body: 'CNC',
              title: { en: `Burst ${i}`, ru: `Серия ${i}`, zh: `批次 ${i}` },
              procedure: 'consensus',
              participants: PARTICIPANTS,
            });
            if (res.status === 201) {
              const { id } = (await res.json()) as { id: string };
              decisions.push(id);
              unanswered.push(id);
            }
          }
        } catch {
          // the server died under this request: it was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await eventually(
      'a burst of acknowledged writes',
      60_000,
      async () => decisions.length >= 30 && positions.length >= 5 && bookings.length >= 5,
    );
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await first.exited;
    expect(n).toBeGreaterThan(decisions.length + positions.length + bookings.length);

    servers.push(await startServer(url));
    database = openDatabase(url);
    const db = database.db;
    await eventually('the outbox delivered', 30_000, async () => (await undeliveredCount(db)) === 0);

    const stored = await db
      .selectFrom('decisions_decision')
      .select('id')
      .where('id', 'in', decisions)
      .execute();
    expect(stored).toHaveLength(decisions.length);
    const storedPositions = await db
      .selectFrom('decisions_position')
      .select(['decision_id', 'text'])
      .where('state_code', '=', 'KZ')
      .where(
        'decision_id',
        'in',
        positions.map((p) => p.decisionId),
      )
      .execute();
    expect(storedPositions.map((p) => [p.decision_id, p.text]).sort()).toEqual(
      positions.map((p) => [p.decisionId, p.text]).sort(),
    );
    const storedBookings = await db
      .selectFrom('finance_entry')
      .select('id')
      .where('id', 'in', bookings)
      .execute();
    expect(storedBookings).toHaveLength(bookings.length);

    // Every decision the burst committed, acknowledged or not, has its notifications.
    const burst = await db
      .selectFrom('decisions_decision')
      .select('id')
      .where('title', 'like', '%Burst %')
      .execute();
    expect(burst.length).toBeGreaterThanOrEqual(decisions.length);
    const notices = await db
      .selectFrom('notifications_item')
      .select(['subject_id', 'recipient'])
      .where('kind', '=', 'decision_created')
      .where(
        'subject_id',
        'in',
        burst.map((d) => d.id),
      )
      .execute();
    const missing = burst.flatMap((d) =>
      PARTICIPANTS.filter((s) => !notices.some((x) => x.subject_id === d.id && x.recipient === s)).map(
        (s) => `${d.id} ${s}`,
      ),
    );
    expect(missing).toEqual([]);
    expect(notices).toHaveLength(burst.length * PARTICIPANTS.length);
  }, 150_000);
});
