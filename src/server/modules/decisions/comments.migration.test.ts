import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { bearer, buildTestAppOn, freshDatabase, migrateBefore, type TestApp } from '../../test/harness';

let t: TestApp | undefined;
afterAll(() => t?.close());

describe('moving the decisions discussion into the kernel threads', () => {
  it('keeps every comment with its author, state, time, text and parent, and drops the old table', async () => {
    const fresh = await freshDatabase();
    await migrateBefore(fresh.database, '20261201_31_decisions_comments_to_threads');
    const db = fresh.database.db;
    const decisionId = newId();
    await db
      .insertInto('decisions_decision')
      .values({
        id: decisionId,
        body_code: 'CFM',
        title: JSON.stringify({ en: 'Old draft', ru: 'Старый проект', zh: '旧草案' }),
        procedure: 'consensus',
        status: 'open',
        visibility: 'restricted',
        version: 1,
        created_at: '2026-11-20T09:00:00.000Z',
      })
      .execute();
    await db
      .insertInto('decisions_participant')
      .values([
        { decision_id: decisionId, state_code: 'KZ' },
        { decision_id: decisionId, state_code: 'UZ' },
      ])
      .execute();
    const ids = [newId(), newId(), newId()];
    const old = [
      {
        id: ids[0],
        parent_id: null,
        email: 'coordinator.kz@example.org',
        state: 'KZ',
        body: 'An amendment.',
      },
      { id: ids[1], parent_id: ids[0], email: 'secretariat@example.org', state: null, body: 'Noted.' },
      {
        id: ids[2],
        parent_id: ids[1],
        email: 'coordinator.uz@example.org',
        state: 'UZ',
        body: 'Agreed, 同意.',
      },
    ].map((c, i) => ({
      id: c.id!,
      decision_id: decisionId,
      parent_id: c.parent_id ?? null,
      author_user_id: `user-${i}`,
      author_email: c.email,
      state_code: c.state,
      body: c.body,
      created_at: `2026-11-2${i + 1}T10:00:00.000Z`,
    }));
    await db.insertInto('decisions_comment').values(old).execute();

    t = await buildTestAppOn(fresh);
    const names = (await t.database.db.introspection.getTables()).map((x) => x.name);
    expect(names).not.toContain('decisions_comment');
    const sec = await bearer(t.app, 'secretariat@example.org');
    const thread = (
      await t.app.inject({ url: `/api/v1/decisions/${decisionId}/comments`, headers: sec })
    ).json().items;
    expect(thread).toEqual(
      old.map((c) => ({
        id: c.id,
        parentId: c.parent_id,
        kind: 'comment',
        state: c.state_code,
        authorEmail: c.author_email,
        body: c.body,
        createdAt: c.created_at,
        version: 1,
        editedAt: null,
        hidden: null,
      })),
    );
    const stored = await t.database.db
      .selectFrom('core_thread_post')
      .select(['id', 'owner_module', 'owner_id', 'author_user_id'])
      .orderBy('id')
      .execute();
    expect(stored).toEqual(
      old.map((c) => ({
        id: c.id,
        owner_module: 'decisions',
        owner_id: decisionId,
        author_user_id: c.author_user_id,
      })),
    );
    const versions = await t.app.inject({
      url: `/api/v1/decisions/${decisionId}/comments/${ids[2]}/versions`,
      headers: sec,
    });
    expect(versions.json().items).toEqual([
      {
        version: 1,
        body: 'Agreed, 同意.',
        authorEmail: 'coordinator.uz@example.org',
        state: 'UZ',
        writtenAt: old[2]!.created_at,
      },
    ]);
  });
});
