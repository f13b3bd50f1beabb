import { afterAll, describe, expect, it } from 'vitest';
import type { StateDto } from '../../contracts/states';
import { newId } from '../core/ids';
import { buildTestAppOn, freshDatabase, migrateBefore, type TestApp } from './harness';

let t: TestApp | undefined;
afterAll(() => t?.close());

const FOUNDER =
  'Founding member: the SCO was proclaimed on 2001-06-15; the Charter entered into force on 2003-09-19.';

describe('reference notes and places in three languages (ADR 0079)', () => {
  it('keeps every stored English text and gives the seeded ones their Russian and Chinese versions', async () => {
    const fresh = await freshDatabase();
    await migrateBefore(fresh.database, '20261207_79_states_translated_notes');
    const db = fresh.database.db;
    await db
      .insertInto('states_state')
      .values({
        code: 'KZ',
        iso3: 'KAZ',
        iso_numeric: '398',
        name: JSON.stringify({ en: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克斯坦' }),
      })
      .execute();
    const status = (seq: number, status: string, note: string) => ({
      id: newId(),
      state_code: 'KZ',
      seq,
      status,
      from_date: seq === 1 ? '2001-06-15' : '2030',
      to_date: null,
      source_url: 'https://tass.com/politics/1811375',
      confidence: 'confirmed',
      note,
      recorded_at: '2026-11-26T10:00:00.000Z',
      decision_id: null,
    });
    // The second note was written by a person: the seed does not know it, so it stays as written.
    await db
      .insertInto('states_status')
      .values([status(1, 'member', FOUNDER), status(2, 'member', 'Typed by an officer.')])
      .execute();
    await db
      .insertInto('states_chairmanship')
      .values({
        id: newId(),
        state_code: 'KZ',
        from_date: '2025-09',
        to_date: '2026',
        summit: '2026 Bishkek (date not found)',
        source_url: null,
        confidence: 'confirmed',
        note: 'Summit date in 2026 not found.',
      })
      .execute();
    const documentId = newId();
    await db
      .insertInto('documents_instrument')
      .values({
        id: documentId,
        kind: 'declaration',
        title: JSON.stringify({ en: 'An old declaration', ru: 'Старая декларация', zh: '旧宣言' }),
        signed_at: '2025-09-01',
        signed_place: 'Tianjin',
        year: 2025,
        depositary: 'secretariat',
        classification: 'public',
        topics: '[]',
        source_note: 'Russian and Chinese titles are working translations, not the official texts.',
        status: 'unknown',
        explanation: JSON.stringify({ code: 'unknown', params: {}, text: '' }),
        created_at: '2026-11-26T10:00:00.000Z',
      })
      .execute();

    t = await buildTestAppOn(fresh);
    const kz = (await t.app.inject('/api/v1/states/KZ')).json<StateDto>();
    expect(kz.history.map((h) => h.source.note)).toEqual([FOUNDER, 'Typed by an officer.']);
    expect(kz.history[0]!.source.noteLocalized).toMatchObject({
      en: FOUNDER,
      ru: expect.stringContaining('Хартия вступила в силу'),
      working: ['ru', 'zh'],
    });
    expect(kz.history[1]!.source.noteLocalized).toEqual({ en: 'Typed by an officer.', ru: '', zh: '' });
    const chairs = (await t.app.inject('/api/v1/chairmanships')).json().items;
    expect(chairs[0]).toMatchObject({
      summit: '2026 Bishkek (date not found)',
      summitLocalized: { ru: '2026, Бишкек (дата не найдена)', zh: '2026年，比什凯克（日期未找到）' },
      source: { noteLocalized: { ru: 'Дата саммита в 2026 году не найдена.' } },
    });
    const doc = await t.database.db
      .selectFrom('documents_instrument')
      .select(['signed_place', 'source_note'])
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(doc.signed_place!)).toEqual({
      en: 'Tianjin',
      ru: 'Тяньцзинь',
      zh: '天津',
      working: ['ru', 'zh'],
    });
    expect(JSON.parse(doc.source_note!)).toMatchObject({ ru: expect.stringContaining('рабочие переводы') });
  });
});
