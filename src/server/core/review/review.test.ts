import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuditLog } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Trx } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { coreMigrations } from '../migrations';
import { freshDatabase, snapshotCounts } from '../../test/harness';
import { declareRelation, definePanel, type ReviewDeps, type Reviewer } from '.';

// The kernel on its own, with a made-up module: the panel knows the subject only through its rules.
const subjects = new Map<string, { states: string[]; university: string }>([
  ['n1', { states: ['KZ', 'CN'], university: 'u-almaty' }],
  ['n2', { states: ['RU'], university: 'u-msu' }],
]);
const unverified = new Set<string>();
const rules = (subjectId: string, r: Reviewer) => {
  if (subjectId === 'boom') throw new Error('rules broke');
  const s = subjects.get(subjectId);
  if (!s) return null;
  return [
    ...r.states.filter((x) => s.states.includes(x)).map((x) => ({ kind: 'nominating_state', detail: x })),
    ...r.relations
      .filter((x) => s.states.includes(x.party) || x.party === s.university)
      .map((x) => ({ kind: 'relation', detail: `${x.kind} ${x.party}` })),
  ];
};
const panel = definePanel({
  kind: 'notes.entry',
  review: z.strictObject({ score: z.number().int().min(1).max(5), text: z.string().min(1) }),
  conflicts: (_trx: Trx, subjectId, r) => rules(subjectId, r),
  identityVerified: (_trx, r) => !unverified.has(r.userId),
});

let deps: ReviewDeps & { db: Awaited<ReturnType<typeof freshDatabase>>['database']['db'] };
let close: () => Promise<void>;
let database: Awaited<ReturnType<typeof freshDatabase>>['database'];
const actor = (userId: string): Actor => ({
  userId,
  email: `${userId}@example.org`,
  displayName: userId,
  mandates: [],
  via: 'token',
});
const sec = { actor: actor('sec'), actingFor: 'secretariat' };
const tx = <T>(work: (trx: Trx) => Promise<T>) => deps.db.transaction().execute(work);

async function addUser(id: string, states: string[], disabled = false) {
  const at = '2026-01-01T00:00:00.000Z';
  await deps.db
    .insertInto('identity_user')
    .values({
      id,
      email: `${id}@example.org`,
      display_name: id,
      password_hash: 'x',
      disabled: disabled ? 1 : 0,
      created_at: at,
    })
    .execute();
  for (const s of states)
    await deps.db
      .insertInto('identity_mandate')
      .values({
        id: `m-${id}-${s}`,
        user_id: id,
        state_code: s,
        role: 'delegate',
        valid_from: '2020-01-01',
        valid_to: null,
        granted_by: null,
        created_at: at,
      })
      .execute();
}

beforeAll(async () => {
  const fresh = await freshDatabase();
  database = fresh.database;
  await migrateToLatest(database.db, [coreMigrations]);
  deps = { db: database.db, audit: new AuditLog(database.kind), now: () => new Date() };
  close = fresh.drop;
  await addUser('sec', []);
  await addUser('kz', ['KZ']);
  await addUser('uz', ['UZ']);
  await addUser('uz2', ['UZ']);
  await addUser('tj', ['TJ']);
  await addUser('off', ['UZ'], true);
  await addUser('anon', ['PK']);
  unverified.add('anon');
});
afterAll(() => close());

describe('the review panel', () => {
  it('refuses computed conflicts, unclear rules and unverified reviewers with a problem, changing nothing', async () => {
    const before = await snapshotCounts(database);
    const refusals = [
      [() => panel.propose(deps, trx0(), sec, 'n1', 'kz'), 'review.conflict_of_interest', 409],
      [() => panel.propose(deps, trx0(), sec, 'boom', 'uz'), 'review.conflict_undecidable', 409],
      [() => panel.propose(deps, trx0(), sec, 'nobody-knows', 'uz'), 'review.conflict_undecidable', 409],
      [() => panel.propose(deps, trx0(), sec, 'n1', 'anon'), 'review.identity_unverified', 409],
      [() => panel.propose(deps, trx0(), sec, 'n1', 'off'), 'review.identity_unverified', 409],
      [() => panel.propose(deps, trx0(), sec, 'n1', 'ghost'), 'review.reviewer_not_found', 404],
    ] as const;
    for (const [call, code, status] of refusals) {
      await expect(tx((t) => ((current = t), call()))).rejects.toMatchObject({ code, status });
    }
    const err = await tx((t) => panel.propose(deps, t, sec, 'n1', 'kz')).catch((e: unknown) => e);
    expect(err).toMatchObject({
      params: { reviewer: 'kz', kinds: ['nominating_state'], conflicts: ['nominating_state: KZ'] },
    });
    expect(await snapshotCounts(database)).toEqual(before);
  });

  it('counts a declared relation as a conflict, and rechecks the rules when the reviewer accepts', async () => {
    const a = await tx((t) => panel.propose(deps, t, sec, 'n2', 'tj'));
    expect(a.status).toBe('proposed');
    await tx((t) =>
      declareRelation(deps, t, actor('tj'), { kind: 'employment', party: 'u-msu', detail: 'Lecturer' }),
    );
    await expect(tx((t) => panel.declare(deps, t, actor('tj'), a.id, []))).rejects.toMatchObject({
      code: 'review.conflict_of_interest',
      params: { kinds: ['relation'] },
    });
    expect((await panel.findAssignment(deps.db, a.id))!.status).toBe('proposed');
    await expect(
      tx((t) => panel.submitReview(deps, t, actor('tj'), a.id, { score: 3, text: 'x' })),
    ).rejects.toMatchObject({
      code: 'review.wrong_status',
    });
    await tx((t) => panel.withdraw(deps, t, sec, a.id, 'conflict found on acceptance'));
    expect((await panel.findAssignment(deps.db, a.id))!.status).toBe('withdrawn');
  });

  it('declines on a declared conflict and never proposes that reviewer again for the subject', async () => {
    const a = await tx((t) => panel.propose(deps, t, sec, 'n2', 'uz2'));
    const declined = await tx((t) =>
      panel.declare(deps, t, actor('uz2'), a.id, [{ kind: 'other', detail: 'Co-author of the file' }]),
    );
    expect(declined).toMatchObject({
      status: 'declined',
      declaredConflicts: [{ kind: 'other', detail: 'Co-author of the file' }],
    });
    await expect(tx((t) => panel.propose(deps, t, sec, 'n2', 'uz2'))).rejects.toMatchObject({
      code: 'review.conflict_of_interest',
      params: { conflicts: ['other: Co-author of the file'] },
    });
    await expect(
      tx((t) => panel.submitReview(deps, t, actor('uz2'), a.id, { score: 3, text: 'x' })),
    ).rejects.toMatchObject({
      code: 'review.wrong_status',
    });
  });

  it('lets only the active assignee review, once, revisable until the round closes, all audited', async () => {
    const a = await tx((t) => panel.propose(deps, t, sec, 'n1', 'uz'));
    await expect(tx((t) => panel.propose(deps, t, sec, 'n1', 'uz'))).rejects.toMatchObject({
      code: 'review.already_proposed',
    });
    await expect(tx((t) => panel.declare(deps, t, actor('tj'), a.id, []))).rejects.toMatchObject({
      code: 'review.assignment_not_found',
    });
    expect((await tx((t) => panel.declare(deps, t, actor('uz'), a.id, []))).status).toBe('active');
    await expect(
      tx((t) => panel.submitReview(deps, t, actor('tj'), a.id, { score: 3, text: 'x' })),
    ).rejects.toMatchObject({
      code: 'review.assignment_not_found',
    });
    await expect(
      tx((t) => panel.submitReview(deps, t, actor('uz'), a.id, { score: 9, text: 'x' })),
    ).rejects.toMatchObject({
      code: 'review.invalid_review',
      status: 400,
      params: { field: '/score' },
    });
    await tx((t) => panel.submitReview(deps, t, actor('uz'), a.id, { score: 4, text: 'Sound.' }));
    const revised = await tx((t) =>
      panel.submitReview(deps, t, actor('uz'), a.id, { score: 5, text: 'Better.' }),
    );
    expect(revised).toMatchObject({ version: 2, payload: { score: 5, text: 'Better.' } });
    expect(await panel.reviewsOf(deps.db, 'n1')).toMatchObject([
      { reviewerUserId: 'uz', version: 2, payload: { score: 5 } },
    ]);
    expect((await panel.assignmentsFor(deps.db, 'uz')).map((x) => x.subjectId)).toEqual(['n1']);
    await tx((t) => panel.closeRound(deps, t, sec, 'n1'));
    await expect(
      tx((t) => panel.submitReview(deps, t, actor('uz'), a.id, { score: 1, text: 'Late.' })),
    ).rejects.toMatchObject({
      code: 'review.round_closed',
    });
    await expect(tx((t) => panel.propose(deps, t, sec, 'n1', 'tj'))).rejects.toMatchObject({
      code: 'review.round_closed',
    });
    const entries = await deps.audit.list(deps.db, { limit: 20, targetType: 'notes.entry', targetId: 'n1' });
    expect(entries.map((e) => [e.action, e.actorUserId, e.actingFor]).reverse()).toEqual([
      ['review.assignment_proposed', 'sec', 'secretariat'],
      ['review.assignment_accepted', 'uz', null],
      ['review.review_submitted', 'uz', null],
      ['review.review_revised', 'uz', null],
      ['review.round_closed', 'sec', 'secretariat'],
    ]);
  });

  it('never holds an active assignment with a computed conflict, whoever is proposed and whatever they declare', async () => {
    const states = ['CN', 'IN', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(states, { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({
            states: fc.subarray(states, { maxLength: 2 }),
            relation: fc.option(fc.constantFrom(...states)),
            conflicted: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (subjectStates, reviewers) => {
          const subjectId = `p${++n}`;
          subjects.set(subjectId, { states: subjectStates, university: 'u-none' });
          for (const [i, r] of reviewers.entries()) {
            const id = `${subjectId}-r${i}`;
            await addUser(id, r.states);
            if (r.relation)
              await tx((t) =>
                declareRelation(deps, t, actor(id), { kind: 'family', party: r.relation!, detail: '' }),
              );
            await tx(async (t) => {
              const a = await panel.propose(deps, t, sec, subjectId, id);
              await panel.declare(
                deps,
                t,
                actor(id),
                a.id,
                r.conflicted ? [{ kind: 'other', detail: '' }] : [],
              );
            }).catch((e: unknown) => expect(e).toMatchObject({ code: 'review.conflict_of_interest' }));
          }
          for (const a of await panel.assignmentsOf(deps.db, subjectId)) {
            const r = reviewers[Number(a.reviewerUserId.split('-r')[1])]!;
            const computed =
              r.states.some((s) => subjectStates.includes(s)) ||
              (r.relation !== null && subjectStates.includes(r.relation));
            if (a.status === 'active') expect(computed || r.conflicted).toBe(false);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

let current: Trx;
const trx0 = () => current;
