import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../audit/audit';
import type { Actor, Role } from '../auth/actor';
import { isUniqueViolation } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { AppError } from '../errors';
import { coreMigrations } from '../migrations';
import { freshDatabase } from '../../test/harness';
import { defineThread, ThreadErrors, type ThreadDeps } from '.';
import * as repo from './threads.repository';

// The kernel on its own, with a made-up owner: a thread knows nothing of the module beyond its policy.
// Its errors are plain AppErrors, so no code of this test enters the registry the i18n check reads.
const RecordNotFound = Object.assign((p: { id: string }) => new AppError('notes.not_found', 404, p), {
  code: 'notes.not_found',
});
interface Note {
  id: string;
  secret: boolean;
}
const notes = new Map<string, Note>([
  ['open', { id: 'open', secret: false }],
  ['secret', { id: 'secret', secret: true }],
]);
const actor = (userId: string, role: Role, stateCode: string | null): Actor => ({
  userId,
  email: `${userId}@example.org`,
  displayName: userId,
  mandates: [{ id: `m-${userId}`, userId, stateCode, role, validFrom: '2020-01-01', validTo: null }],
  via: 'token',
});
const sec = actor('sec', 'secretariat_officer', null);
const kz = actor('kz', 'delegate', 'KZ');
const outsider = actor('out', 'delegate', 'TR');

const thread = defineThread({
  owner: 'notes',
  targetType: 'note',
  entity: 'remark',
  kinds: ['remark', 'aside'],
  load: async (_deps: ThreadDeps, a: Actor | null, id: string) => {
    const n = notes.get(id);
    if (!n || (n.secret && a?.userId === 'out')) throw RecordNotFound({ id });
    return n;
  },
  mayRead: (_deps, a) => a !== null,
  speakingFor: (_deps, a, _n, state) => {
    if (state === undefined && a.userId === 'sec') return 'secretariat';
    if (state && a.mandates.some((m) => m.stateCode === state)) return state;
    throw new AppError('auth.no_mandate', 403, { state: state ?? null });
  },
});

let deps: ThreadDeps;
let close: () => Promise<void>;
beforeAll(async () => {
  const fresh = await freshDatabase();
  await migrateToLatest(fresh.database.db, [coreMigrations]);
  deps = { db: fresh.database.db, audit: new AuditLog(fresh.database.kind), now: () => new Date() };
  close = fresh.drop;
});
afterAll(() => close());

describe('a thread of the kernel', () => {
  it('stores posts under their owner and record, audited as the owner names them', async () => {
    const p = await thread.post(deps, kz, 'open', { body: 'First.', state: 'KZ' });
    expect(p).toMatchObject({ kind: 'remark', state: 'KZ', version: 1 });
    const aside = await thread.post(deps, sec, 'open', { body: 'Aside.', kind: 'aside', parentId: p.id });
    expect(aside).toMatchObject({ kind: 'aside', parentId: p.id, state: null });
    expect((await thread.list(deps, kz, 'open')).map((x) => x.id)).toEqual([p.id, aside.id]);
    expect(await thread.list(deps, null, 'open')).toEqual([]);
    const [entry] = await deps.audit.list(deps.db, { limit: 1, action: 'notes.remark_added' });
    expect(entry).toMatchObject({ targetType: 'note', targetId: 'open', actingFor: 'secretariat' });
    expect(entry!.data).toEqual({ remarkId: aside.id, kind: 'aside', parentId: p.id });
  });

  it('refuses a kind the thread does not take and a parent from another record, storing nothing', async () => {
    const other = await thread.post(deps, kz, 'secret', { body: 'Elsewhere.', state: 'KZ' });
    const before = (await repo.listPosts(deps.db, 'notes', 'open')).length;
    await expect(
      thread.post(deps, kz, 'open', { body: 'x', state: 'KZ', kind: 'rant' }),
    ).rejects.toMatchObject({
      code: 'threads.kind_not_allowed',
    });
    await expect(
      thread.post(deps, kz, 'open', { body: 'x', state: 'KZ', parentId: other.id }),
    ).rejects.toMatchObject({ code: ThreadErrors.parentNotFound.code, status: 400 });
    await expect(thread.post(deps, kz, 'open', { body: 'x', state: 'RU' })).rejects.toMatchObject({
      code: 'auth.no_mandate',
    });
    expect((await repo.listPosts(deps.db, 'notes', 'open')).length).toBe(before);
  });

  it("answers with the owner's 404 on every path of a record the actor may not see", async () => {
    const p = await thread.post(deps, kz, 'secret', { body: 'Hush.', state: 'KZ' });
    const calls = [
      () => thread.list(deps, outsider, 'secret'),
      () => thread.post(deps, outsider, 'secret', { body: 'x', state: 'TR' }),
      () => thread.edit(deps, outsider, 'secret', p.id, { body: 'x' }),
      () => thread.history(deps, outsider, 'secret', p.id),
      () => thread.hide(deps, outsider, 'secret', p.id, { reason: 'x' }),
      () => thread.restore(deps, outsider, 'secret', p.id),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: RecordNotFound.code });
  });

  it('keeps the text of a post that another writer edited first: the later edit conflicts', async () => {
    const p = await thread.post(deps, kz, 'open', { body: 'One.', state: 'KZ' });
    const stale = await repo.findPost(deps.db, 'notes', 'open', p.id);
    await thread.edit(deps, kz, 'open', p.id, { body: 'Two.' });
    const lost = await deps.db
      .transaction()
      .execute((trx) => repo.updateBody(trx, stale!, 'Also two.', new Date().toISOString()))
      .catch((err: unknown) => err);
    expect(isUniqueViolation(lost)).toBe(true);
    expect((await thread.history(deps, kz, 'open', p.id)).map((v) => v.body)).toEqual(['One.', 'Two.']);
  });
});
