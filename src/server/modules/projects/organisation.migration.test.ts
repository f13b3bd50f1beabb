import { afterAll, describe, expect, it } from 'vitest';
import type { OrganisationDto } from '../../../contracts/projects';
import { newId } from '../../core/ids';
import { buildTestAppOn, freshDatabase, migrateBefore, type TestApp } from '../../test/harness';

let t: TestApp | undefined;
afterAll(() => t?.close());

describe('organisation names in three languages (ADR 0079, migration 94)', () => {
  it('keeps every stored name as the English version and gives the demo names their working translations', async () => {
    const fresh = await freshDatabase();
    await migrateBefore(fresh.database, '20261207_94_projects_translated_organisation_name');
    const row = (name: string, demo: number) => ({
      id: newId(),
      name,
      kind: 'bank',
      country: 'KZ',
      website: null,
      demo,
      created_at: '2026-11-26T10:00:00.000Z',
      created_by: null,
    });
    // The second was typed by a coordinator: no seed knows it, so it stays English only.
    const old = [row('Demo Development Bank (fictional)', 1), row('Astana Freight', 0)];
    await fresh.database.db.insertInto('projects_organisation').values(old).execute();

    t = await buildTestAppOn(fresh);
    const byId = async (id: string) =>
      (await t!.app.inject(`/api/v1/organisations/${id}`)).json<OrganisationDto>();
    expect(await byId(old[0]!.id)).toMatchObject({
      name: 'Demo Development Bank (fictional)',
      nameLocalized: {
        en: 'Demo Development Bank (fictional)',
        ru: 'Демонстрационный банк развития (вымышленный)',
        zh: '演示开发银行（虚构）',
        working: ['ru', 'zh'],
      },
    });
    expect(await byId(old[1]!.id)).toMatchObject({
      name: 'Astana Freight',
      nameLocalized: { en: 'Astana Freight', ru: '', zh: '' },
    });
    const stored = await t.database.db
      .selectFrom('projects_organisation')
      .select('id')
      .where('id', 'in', [old[0]!.id, old[1]!.id])
      .execute();
    expect(stored).toHaveLength(2);
  });
});
