import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentDto } from '../../../contracts/documents';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { PDF } from '../../test/zip';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
});
afterAll(() => t.close());

const title = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });
async function create(body: Record<string, unknown>): Promise<InstrumentDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    headers: sec,
    payload: { kind: 'agreement', title: title('Test agreement'), entryIntoForce: null, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const act = (id: string, state: string, kind: string, date: string, headers = sec) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/documents/${id}/actions`,
    headers,
    payload: { state, kind, date },
  });

describe('reference documents', () => {
  it('include the Astana and Tianjin summit documents with their sources', async () => {
    const res = (await t.app.inject('/api/v1/documents?year=2024&kind=decision&limit=200')).json();
    const belarus = res.items.find((x: { title: { en: string } }) =>
      x.title.en.includes('Republic of Belarus'),
    );
    expect(belarus).toMatchObject({ status: 'in_force', entryIntoForce: '2024-07-04', body: 'HSC' });
    const full = (await t.app.inject(`/api/v1/documents/${belarus.id}`)).json<InstrumentDto>();
    expect(full.source.url).toMatch(/^https:\/\//);
    expect(full.explanation.text).toBe('In force since 4 July 2024: on signature.');
    const all = (await t.app.inject('/api/v1/documents?limit=200')).json().items;
    expect(all.length).toBe(35);
  });

  it('hold the SCO Charter with its source, its sourced entry into force and its place in three languages', async () => {
    const res = (await t.app.inject('/api/v1/documents?kind=charter&limit=200')).json();
    const charter = res.items.find((x: { title: { en: string } }) => x.title.en.startsWith('Charter of the'));
    expect(charter).toMatchObject({ status: 'in_force', entryIntoForce: '2003-09-19' });
    const full = (await t.app.inject(`/api/v1/documents/${charter.id}`)).json<InstrumentDto>();
    expect(full.signedPlace).toBe('St Petersburg');
    expect(full.signedPlaceLocalized).toEqual({
      en: 'St Petersburg',
      ru: 'Санкт-Петербург',
      zh: '圣彼得堡',
      working: ['ru', 'zh'],
    });
    expect(full.rule).toEqual({
      rule: 'known_date',
      date: '2003-09-19',
      source: 'http://www.adilet.zan.kz/rus/docs/Z030000465_/compare',
    });
    expect(full.source.url).toBe('http://www.adilet.zan.kz/rus/docs/Z030000465_/compare');
    expect(full.source.noteLocalized?.ru).toContain('не проверено');
  });

  it('take a place of signature as plain text or in three languages', async () => {
    const plain = await create({ signedAt: '2025-01-10', signedPlace: 'Minsk' });
    expect(plain.signedPlaceLocalized).toEqual({ en: 'Minsk', ru: '', zh: '' });
    const three = await create({
      signedAt: '2025-01-10',
      signedPlace: { en: 'Minsk', ru: 'Минск', zh: '明斯克' },
      source: { url: 'https://example.org/x', note: { en: 'Note', ru: 'Заметка', zh: '注' } },
    });
    expect(three.signedPlace).toBe('Minsk');
    expect(three.signedPlaceLocalized).toEqual({ en: 'Minsk', ru: 'Минск', zh: '明斯克' });
    expect(three.source).toEqual({
      url: 'https://example.org/x',
      note: 'Note',
      noteLocalized: { en: 'Note', ru: 'Заметка', zh: '注' },
    });
  });
});

describe('entry into force', () => {
  it('is computed from the notifications and explained in words, and recomputed when an action is corrected', async () => {
    const x = await create({ entryIntoForce: { rule: 'after_notifications', count: 'all', days: 30 } });
    for (const s of ['KZ', 'RU'])
      expect((await act(x.id, s, 'signature', '2025-01-10')).statusCode).toBe(201);
    await act(x.id, 'KZ', 'notification', '2025-01-20');
    const waiting = (await act(x.id, 'RU', 'notification', '2025-01-31')).json<InstrumentDto>();
    expect(waiting.entryIntoForce).toBe('2025-03-02');
    expect(waiting.explanation.text).toBe(
      'In force since 2 March 2025: 30 days after the last of 2 notifications, received 31 January 2025.',
    );
    const ruNotice = waiting.actions.find((a) => a.state === 'RU' && a.kind === 'notification')!;
    expect(ruNotice.notificationNumber).toMatch(/^SCO-SEC\/\d{4}\/\d+$/);
    const corrected = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${x.id}/actions/${ruNotice.id}`,
      headers: sec,
      payload: { date: '2025-02-10', reason: 'date of receipt misread' },
    });
    expect(corrected.json().entryIntoForce).toBe('2025-03-12');
    const notices = (
      await t.app.inject({ url: `/api/v1/documents/${x.id}/notifications`, headers: sec })
    ).json().items;
    expect(notices.map((n: { kind: string }) => n.kind)).toEqual([
      'signature',
      'signature',
      'notification',
      'notification',
      'entry_into_force',
      'correction',
      'entry_into_force',
    ]);
    const page = await t.app.inject({ url: `/api/v1/documents/${x.id}/notifications/${notices[4].id}` });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('2 March 2025');
    expect(page.body).toContain('2 марта 2025');
    expect(page.body).toContain('2025年3月2日');
  });

  it('waits for what it requires', async () => {
    const base = await create({ entryIntoForce: { rule: 'after_notifications', count: 1, days: 0 } });
    const dependent = await create({
      entryIntoForce: { rule: 'after_notifications', count: 1, days: 0, requires: [base.id] },
    });
    await act(dependent.id, 'KZ', 'signature', '2025-01-01');
    expect((await act(dependent.id, 'KZ', 'notification', '2025-01-02')).json().entryIntoForce).toBeNull();
    await act(base.id, 'KZ', 'signature', '2025-01-01');
    await act(base.id, 'KZ', 'notification', '2025-05-05');
    const after = (await t.app.inject(`/api/v1/documents/${dependent.id}`)).json<InstrumentDto>();
    expect(after.entryIntoForce).toBe('2025-05-05');
  });

  it('binds an acceding state, refuses treaty actions out of order, and computes withdrawal after notice', async () => {
    const x = await create({ entryIntoForce: { rule: 'on_signature' }, withdrawalNoticeDays: 365 });
    await act(x.id, 'KZ', 'signature', '2025-01-01');
    expect((await act(x.id, 'KZ', 'signature', '2025-01-02')).json().code).toBe('documents.already_recorded');
    expect((await act(x.id, 'KZ', 'accession', '2025-01-02')).json().code).toBe(
      'documents.already_signatory',
    );
    expect((await act(x.id, 'CN', 'notification', '2025-01-02')).json().code).toBe('documents.not_party');
    expect((await act(x.id, 'CN', 'withdrawal', '2025-01-02')).json().code).toBe('documents.not_bound');
    const acceded = (await act(x.id, 'CN', 'accession', '2025-03-01')).json<InstrumentDto>();
    expect(acceded.states.find((s) => s.state === 'CN')?.inForceFrom).toBe('2025-03-01');
    const w = (await act(x.id, 'KZ', 'withdrawal', '2025-06-01')).json<InstrumentDto>();
    expect(w.states.find((s) => s.state === 'KZ')?.withdrawn).toBe('2026-06-01');
  });
});

describe('dates of treaty actions', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('refuse an action or a correction dated after today, naming the field, and record and notify nothing', async () => {
    const x = await create({ entryIntoForce: { rule: 'on_signature' } });
    const before = await snapshotCounts(t.database);
    const future = await act(x.id, 'KZ', 'signature', day(400));
    expect(future.statusCode).toBe(400);
    expect(future.headers['content-type']).toContain('application/problem+json');
    expect(future.json()).toMatchObject({
      code: 'dates.after_today',
      params: { field: 'date', date: day(400) },
      errors: [{ pointer: '/body/date' }],
    });
    expect(await snapshotCounts(t.database)).toEqual(before);

    const signed = (await act(x.id, 'KZ', 'signature', day(0))).json<InstrumentDto>();
    const action = signed.actions.find((a) => a.state === 'KZ')!;
    const correction = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${x.id}/actions/${action.id}`,
      headers: sec,
      payload: { date: day(1), reason: 'typo' },
    });
    expect(correction.statusCode).toBe(400);
    expect(correction.json().code).toBe('dates.after_today');
  });

  it('refuse a state signature dated before the instrument was signed', async () => {
    const x = await create({ entryIntoForce: { rule: 'on_signature' }, signedAt: '2025-09-01' });
    const early = await act(x.id, 'KZ', 'signature', '2025-08-31');
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({
      code: 'documents.signature_before_signing',
      params: { field: 'date', signedAt: '2025-09-01' },
    });
    expect((await act(x.id, 'KZ', 'signature', '2025-09-01')).statusCode).toBe(201);
  });

  it('say of a signed instrument with no signatures recorded that they are not recorded, not that none signed', async () => {
    const x = await create({
      entryIntoForce: { rule: 'after_notifications', count: 'all', days: 30 },
      signedAt: '2025-09-01',
    });
    expect(x.explanation.key).toBe('eif.signatures_not_recorded');
    expect(x.states).toEqual([]);
  });
});

describe('who may record', () => {
  it('lets a national coordinator record only for its own state', async () => {
    const x = await create({ entryIntoForce: { rule: 'on_signature' } });
    expect((await act(x.id, 'KZ', 'signature', '2025-01-01', kz)).statusCode).toBe(201);
    const before = await snapshotCounts(t.database);
    const res = await act(x.id, 'RU', 'signature', '2025-01-01', kz);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.no_mandate');
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/documents',
          headers: kz,
          payload: { kind: 'agreement', title: title('x'), entryIntoForce: null },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('restricted documents', () => {
  it('are invisible (404) to those who may not see them, and visible to the Secretariat and the parties', async () => {
    const x = await create({ classification: 'restricted', title: title('Restricted protocol zebra') });
    await act(x.id, 'KZ', 'signature', '2025-01-01');
    expect((await t.app.inject(`/api/v1/documents/${x.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/documents/${x.id}`, headers: ru })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/documents/${x.id}`, headers: kz })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/documents/${x.id}`, headers: sec })).statusCode).toBe(200);
    const hidden = (await t.app.inject({ url: '/api/v1/search?q=zebra', headers: ru })).json().items;
    expect(hidden).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/search?q=zebra', headers: kz })).json().items).toHaveLength(1);
    const listed = (await t.app.inject('/api/v1/documents?limit=200'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(listed).not.toContain(x.id);
  });
});

describe('the register list', () => {
  it('counts every instrument the filters match, not the page loaded', async () => {
    const all = (await t.app.inject('/api/v1/documents?limit=200')).json();
    const page = (await t.app.inject('/api/v1/documents?limit=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(all.items.length);
    const next = (await t.app.inject(`/api/v1/documents?limit=2&before=${page.next}`)).json();
    expect(next.total).toBe(all.total);
    const decisions = (await t.app.inject('/api/v1/documents?limit=2&kind=decision&year=2024')).json();
    expect(decisions.total).toBe(
      all.items.filter((x: InstrumentDto) => x.kind === 'decision' && x.signedAt?.startsWith('2024')).length,
    );
  });

  it('offers as years only those with an instrument the reader may see', async () => {
    const x = await create({
      classification: 'restricted',
      title: title('Restricted protocol of 2011'),
      signedAt: '2011-06-15',
    });
    await act(x.id, 'KZ', 'signature', '2011-06-15');
    const years = async (headers?: Record<string, string>) =>
      (await t.app.inject({ url: '/api/v1/documents/years', headers })).json().years;
    const seen = await years();
    expect(seen).toEqual(expect.arrayContaining([2025, 2024]));
    expect(seen).not.toContain(2011);
    expect(seen).toEqual([...seen].sort((a: number, b: number) => b - a));
    expect(await years(kz)).toContain(2011);
    expect(await years(ru)).not.toContain(2011);
  });
});

describe('search', () => {
  it('finds a Russian word in another grammatical form', async () => {
    const hits = (
      await t.app.inject(`/api/v1/search?q=${encodeURIComponent('стратегию энергетического')}`)
    ).json().items;
    expect(hits.map((h: { title: { en: string } }) => h.title.en)).toContain(
      'Decision approving the Strategy for the Development of Energy Cooperation of SCO Member States until 2030',
    );
  });

  it.each(['энергетика', 'энергет', 'энергетическое сотрудничество', 'стратегия до энергетика'])(
    'finds the titles with "энергетического" for "%s"',
    async (q) => {
      const hits = (await t.app.inject(`/api/v1/search?q=${encodeURIComponent(q)}`)).json().items;
      expect(hits.map((h: { title: { en: string } }) => h.title.en)).toContain(
        'Decision approving the Strategy for the Development of Energy Cooperation of SCO Member States until 2030',
      );
    },
  );

  it('does not widen a Russian word to unrelated ones', async () => {
    const hits = (await t.app.inject(`/api/v1/search?q=${encodeURIComponent('энергетика терроризм')}`)).json()
      .items;
    expect(hits).toEqual([]);
  });

  it('finds a Chinese term inside a longer phrase', async () => {
    const hits = (await t.app.inject(`/api/v1/search?q=${encodeURIComponent('禁毒')}`)).json().items;
    expect(hits.map((h: { title: { zh: string } }) => h.title.zh)).toContain(
      '关于批准上合组织2024—2029年禁毒战略及其落实行动计划的决议',
    );
  });

  it('finds English words in another form and filters by kind and topic', async () => {
    const hits = (await t.app.inject('/api/v1/search?q=strategies&kind=decision&topic=energy')).json().items;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.topics).toContain('energy');
  });
});

describe('uploads', () => {
  const pdf = PDF;
  const form = (
    file: Buffer,
    filename: string,
    type: string,
    fields: Record<string, string> = { language: 'ru', authentic: 'true' },
  ) => {
    const boundary = '----sco' + Math.random().toString(16).slice(2);
    const parts = Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    const head = Buffer.from(
      parts.join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    );
    return {
      payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };

  it('stores a PDF with its SHA-256, and serves it back', async () => {
    const x = await create({});
    const f = form(pdf, 'text-ru.pdf', 'application/pdf');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${x.id}/texts`,
      payload: f.payload,
      headers: { ...sec, ...f.headers },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      language: 'ru',
      authentic: true,
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    const back = await t.app.inject({ url: `/api/v1/documents/${x.id}/texts/${res.json().id}` });
    expect(Buffer.from(back.rawPayload).equals(pdf)).toBe(true);
  });

  it('refuses a file that is not what it claims, or too large, and stores nothing', async () => {
    const x = await create({});
    const before = await snapshotCounts(t.database);
    const fake = form(Buffer.from('<html>not a pdf</html>'), 'fake.pdf', 'application/pdf');
    const r1 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${x.id}/texts`,
      payload: fake.payload,
      headers: { ...sec, ...fake.headers },
    });
    expect(r1.statusCode).toBe(415);
    const big = form(Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024)]), 'big.pdf', 'application/pdf');
    const r2 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${x.id}/texts`,
      payload: big.payload,
      headers: { ...sec, ...big.headers },
    });
    expect(r2.statusCode).toBe(413);
    const nolang = form(pdf, 'a.pdf', 'application/pdf', {});
    const r3 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${x.id}/texts`,
      payload: nolang.payload,
      headers: { ...sec, ...nolang.headers },
    });
    expect(r3.statusCode).toBe(400);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });
});

describe('exports', () => {
  it('give instruments and per-state status as CSV', async () => {
    const csv = await t.app.inject('/api/v1/documents.csv?year=2025');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"Tianjin Declaration of the Council of Heads of State of the SCO"');
    const x = await create({ entryIntoForce: { rule: 'on_signature' } });
    await act(x.id, 'KZ', 'signature', '2025-01-01');
    const states = await t.app.inject(`/api/v1/documents/${x.id}/states.csv`);
    expect(states.body).toContain('"KZ","2025-01-01"');
  });
});
