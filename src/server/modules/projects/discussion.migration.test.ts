import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { bearer, buildTestAppOn, freshDatabase, migrateBefore, type TestApp } from '../../test/harness';

let t: TestApp | undefined;
afterAll(() => t?.close());

const localized = (en: string) => JSON.stringify({ en, ru: en, zh: en });

describe('moving the projects discussion into the kernel threads', () => {
  it('keeps every comment, question and answer with its author, state, time and text', async () => {
    const fresh = await freshDatabase();
    await migrateBefore(fresh.database, '20261201_32_projects_comments_to_threads');
    const db = fresh.database.db;
    const projectId = newId();
    await db
      .insertInto('projects_project')
      .values({
        id: projectId,
        title: localized('Old corridor'),
        description: localized('An old project.'),
        expected_results: localized('Results.'),
        sector: 'transport_logistics',
        locations: JSON.stringify({ type: 'FeatureCollection', features: [] }),
        cost_minor: '100000',
        cost_currency: 'USD',
        proposing_state: 'KZ',
        stage: 'identification',
        public: 1,
        created_at: '2026-11-20T09:00:00.000Z',
        updated_at: '2026-11-20T09:00:00.000Z',
      })
      .execute();
    const ids = [newId(), newId(), newId()];
    const old = [
      { parent: null, kind: 'question', email: 'coordinator.ru@example.org', state: 'RU', body: 'Tariff?' },
      { parent: ids[0], kind: 'answer', email: 'coordinator.kz@example.org', state: 'KZ', body: 'Cost.' },
      { parent: null, kind: 'comment', email: 'secretariat@example.org', state: null, body: 'Noted.' },
    ].map((c, i) => ({
      id: ids[i]!,
      project_id: projectId,
      parent_id: c.parent ?? null,
      kind: c.kind,
      author_user_id: `user-${i}`,
      author_email: c.email,
      state_code: c.state,
      body: c.body,
      created_at: `2026-11-2${i + 1}T10:00:00.000Z`,
    }));
    await db.insertInto('projects_comment').values(old).execute();

    t = await buildTestAppOn(fresh);
    const names = (await t.database.db.introspection.getTables()).map((x) => x.name);
    expect(names).not.toContain('projects_comment');
    const sec = await bearer(t.app, 'secretariat@example.org');
    const thread = (
      await t.app.inject({ url: `/api/v1/projects/${projectId}/comments`, headers: sec })
    ).json().items;
    expect(thread).toEqual(
      old.map((c) => ({
        id: c.id,
        parentId: c.parent_id,
        kind: c.kind,
        state: c.state_code,
        authorEmail: c.author_email,
        body: c.body,
        createdAt: c.created_at,
        version: 1,
        editedAt: null,
        hidden: null,
        answered: c.kind === 'question' ? true : null,
      })),
    );
    const versions = await t.database.db
      .selectFrom('core_thread_post_version')
      .select(['post_id', 'version', 'body', 'author_user_id', 'state_code', 'written_at'])
      .orderBy('post_id')
      .execute();
    expect(versions).toEqual(
      old.map((c) => ({
        post_id: c.id,
        version: 1,
        body: c.body,
        author_user_id: c.author_user_id,
        state_code: c.state_code,
        written_at: c.created_at,
      })),
    );
  });
});
