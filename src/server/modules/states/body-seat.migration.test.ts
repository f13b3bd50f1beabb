import { afterAll, describe, expect, it } from 'vitest';
import type { BodyDto } from '../../../contracts/states';
import { buildTestAppOn, freshDatabase, migrateBefore, type TestApp } from '../../test/harness';

let t: TestApp | undefined;
afterAll(() => t?.close());

describe('body seats in three languages (ADR 0079, migration 95)', () => {
  it('keeps every stored seat as the English version and gives the seeded ones their working translations', async () => {
    const fresh = await freshDatabase();
    await migrateBefore(fresh.database, '20261207_95_states_translated_body_seat');
    const body = (code: string, sort: number, seat: string) => ({
      code,
      sort,
      name: JSON.stringify({ en: code, ru: code, zh: code }),
      kind: 'permanent',
      seat,
      source_url: null,
      confidence: 'confirmed',
      note: null,
    });
    // RATS's seat as the seed wrote it before; the second seat was typed by a person and no seed knows it.
    await fresh.database.db
      .insertInto('states_body')
      .values([body('RATS', 1, 'Tashkent'), body('OLD', 99, 'Somewhere')])
      .execute();

    t = await buildTestAppOn(fresh);
    const bodies = (await t.app.inject('/api/v1/bodies')).json<{ items: BodyDto[] }>().items;
    const byCode = new Map(bodies.map((b) => [b.code, b]));
    expect(byCode.get('RATS')).toMatchObject({
      seat: 'Tashkent',
      seatLocalized: { en: 'Tashkent', ru: 'Ташкент', zh: '塔什干', working: ['ru', 'zh'] },
    });
    expect(byCode.get('OLD')).toMatchObject({
      seat: 'Somewhere',
      seatLocalized: { en: 'Somewhere', ru: '', zh: '' },
    });
    expect(byCode.get('SEC')).toMatchObject({ seat: 'Beijing', seatLocalized: { ru: 'Пекин', zh: '北京' } });
  });
});
