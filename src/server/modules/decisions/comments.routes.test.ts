import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../contracts/decisions';
import type { ThreadPostDto as CommentDto } from '../../../contracts/threads';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let uz: Record<string, string>;
let ru: Record<string, string>;
let partner: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  uz = await bearer(t.app, 'coordinator.uz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
  const user = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: sec,
    payload: { email: 'thread.mn@example.org', displayName: 'Mongolia', password: 'partner-password-1' },
  });
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${user.json().id}/mandates`,
    headers: sec,
    payload: { state: 'MN', role: 'national_coordinator', validFrom: '2025-01-01' },
  });
  partner = await bearer(t.app, 'thread.mn@example.org', 'partner-password-1');
});
afterAll(() => t.close());

type Headers = Record<string, string>;
const title = { en: 'Draft decision', ru: 'Проект решения', zh: '决定草案' };

async function draft(body: Record<string, unknown> = {}): Promise<DecisionDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/decisions',
    headers: sec,
    payload: { body: 'CFM', title, procedure: 'consensus', participants: ['KZ', 'UZ'], ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const url = (id: string, rest = '') => `/api/v1/decisions/${id}/comments${rest}`;
const comment = (id: string, headers: Headers, payload: object) =>
  t.app.inject({ method: 'POST', url: url(id), headers, payload });
const thread = async (id: string, headers: Headers) =>
  (await t.app.inject({ url: url(id), headers })).json<{ items: CommentDto[] }>().items;
const edit = (id: string, postId: string, headers: Headers, body: string) =>
  t.app.inject({ method: 'PUT', url: url(id, `/${postId}`), headers, payload: { body } });
const hide = (id: string, postId: string, headers: Headers, reason = 'Off topic') =>
  t.app.inject({ method: 'POST', url: url(id, `/${postId}/hide`), headers, payload: { reason } });
const restore = (id: string, postId: string, headers: Headers) =>
  t.app.inject({ method: 'POST', url: url(id, `/${postId}/restore`), headers });
/** The audit entries of one action about one decision. */
const audited = async (action: string, id: string) =>
  (await t.app.inject({ url: `/api/v1/audit?action=${action}&limit=500`, headers: sec }))
    .json<{ items: { targetId: string; actingFor: string | null; data: Record<string, unknown> }[] }>()
    .items.filter((e) => e.targetId === id);

describe('the decision thread', () => {
  it('threads replies under the comment they answer, each with the state its author spoke for', async () => {
    const d = await draft();
    const root = (
      await comment(d.id, kz, { state: 'KZ', body: 'We propose an amendment.' })
    ).json<CommentDto>();
    expect(root).toMatchObject({ kind: 'comment', state: 'KZ', version: 1, editedAt: null, hidden: null });
    const reply = await comment(d.id, sec, { body: 'Noted.', parentId: root.id });
    expect(reply.json()).toMatchObject({ parentId: root.id, state: null });
    const deeper = await comment(d.id, uz, { state: 'UZ', body: 'Agreed.', parentId: reply.json().id });
    expect(deeper.statusCode).toBe(201);
    const elsewhere = await draft();
    const stray = await comment(elsewhere.id, kz, { state: 'KZ', body: 'x', parentId: root.id });
    expect(stray.json().code).toBe('decisions.comment_parent_not_found');
    expect((await thread(d.id, uz)).map((c) => [c.body, c.state])).toEqual([
      ['We propose an amendment.', 'KZ'],
      ['Noted.', null],
      ['Agreed.', 'UZ'],
    ]);
    const added = await audited('decisions.comment_added', d.id);
    expect(added.map((e) => e.actingFor).sort()).toEqual(['KZ', 'UZ', 'secretariat']);
  });

  it('refuses a comment for a state the author does not act for, and changes nothing', async () => {
    const d = await draft();
    // The new draft's notifications are written after its commit; count once they are.
    await t.app.kernel.events.drain();
    const before = await snapshotCounts(t.database);
    const forUz = await comment(d.id, kz, { state: 'UZ', body: 'x' });
    expect(forUz.statusCode).toBe(403);
    expect(forUz.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'UZ' } });
    expect((await comment(d.id, ru, { state: 'RU', body: 'x' })).json().code).toBe(
      'decisions.not_participant',
    );
    expect((await comment(d.id, kz, { body: 'without a state' })).statusCode).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('hides the thread of a restricted draft from whoever cannot see the draft: 404 on every route', async () => {
    const d = await draft();
    const c = (await comment(d.id, kz, { state: 'KZ', body: 'Restricted business.' })).json<CommentDto>();
    for (const [method, path, payload] of [
      ['GET', url(d.id), undefined],
      ['POST', url(d.id), { state: 'MN', body: 'x' }],
      ['PUT', url(d.id, `/${c.id}`), { body: 'x' }],
      ['GET', url(d.id, `/${c.id}/versions`), undefined],
      ['POST', url(d.id, `/${c.id}/hide`), { reason: 'x' }],
    ] as const) {
      const res = await t.app.inject({
        method,
        url: path,
        headers: partner,
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${method} ${path}`).toBe(404);
      expect(res.json().code).toBe('decisions.not_found');
    }
    expect((await t.app.inject({ url: url(d.id) })).statusCode).toBe(404);
  });

  it('keeps every earlier text of an edited comment, and lets only its author edit', async () => {
    const d = await draft();
    const c = (await comment(d.id, kz, { state: 'KZ', body: 'First text.' })).json<CommentDto>();
    const edited = await edit(d.id, c.id, kz, 'Second text.');
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'Second text.', version: 2, state: 'KZ' });
    expect(edited.json().editedAt).not.toBeNull();
    await edit(d.id, c.id, kz, 'Third text.');
    const other = await edit(d.id, c.id, uz, 'Not mine.');
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('threads.not_author');
    expect((await edit(d.id, c.id, sec, 'Not mine either.')).json().code).toBe('threads.not_author');
    expect((await edit(d.id, 'no-such-post', kz, 'x')).json().code).toBe('threads.post_not_found');
    const history = (await t.app.inject({ url: url(d.id, `/${c.id}/versions`), headers: uz })).json().items;
    expect(
      history.map((v: { version: number; body: string; state: string }) => [v.version, v.body, v.state]),
    ).toEqual([
      [1, 'First text.', 'KZ'],
      [2, 'Second text.', 'KZ'],
      [3, 'Third text.', 'KZ'],
    ]);
    expect((await thread(d.id, uz)).find((x) => x.id === c.id)).toMatchObject({
      body: 'Third text.',
      version: 3,
    });
    const edits = await audited('decisions.comment_edited', d.id);
    expect(edits.map((e) => [e.actingFor, e.data.version])).toEqual(
      expect.arrayContaining([
        ['KZ', 2],
        ['KZ', 3],
      ]),
    );
  });

  it('lets only the Secretariat hide a comment, shown as hidden to others and its text kept', async () => {
    const d = await draft();
    const c = (await comment(d.id, kz, { state: 'KZ', body: 'An insult.' })).json<CommentDto>();
    const byState = await hide(d.id, c.id, uz);
    expect(byState.statusCode).toBe(403);
    expect(byState.json().code).toBe('auth.forbidden');
    expect((await hide(d.id, c.id, kz)).statusCode).toBe(403);
    const hidden = await hide(d.id, c.id, sec, 'Offensive language');
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json()).toMatchObject({ body: 'An insult.', hidden: { reason: 'Offensive language' } });
    expect((await hide(d.id, c.id, sec)).json().code).toBe('threads.post_hidden');
    const seen = (await thread(d.id, uz)).find((x) => x.id === c.id)!;
    expect(seen).toMatchObject({
      body: '',
      hidden: { reason: 'Offensive language' },
      authorEmail: c.authorEmail,
    });
    const versions = (await t.app.inject({ url: url(d.id, `/${c.id}/versions`), headers: uz })).json().items;
    expect(versions).toEqual([expect.objectContaining({ version: 1, body: '' })]);
    expect((await edit(d.id, c.id, kz, 'Rewritten.')).json().code).toBe('threads.post_hidden');
    expect((await thread(d.id, sec)).find((x) => x.id === c.id)!.body).toBe('An insult.');
    expect((await restore(d.id, c.id, uz)).statusCode).toBe(403);
    const back = await restore(d.id, c.id, sec);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ body: 'An insult.', hidden: null });
    expect((await restore(d.id, c.id, sec)).json().code).toBe('threads.post_not_hidden');
    expect((await thread(d.id, uz)).find((x) => x.id === c.id)!.body).toBe('An insult.');
    expect(
      (await audited('decisions.comment_hidden', d.id)).map((e) => [e.actingFor, e.data.reason]),
    ).toEqual([['secretariat', 'Offensive language']]);
    expect((await audited('decisions.comment_restored', d.id)).map((e) => e.actingFor)).toEqual([
      'secretariat',
    ]);
  });

  it('refuses an empty edit or a hide without a reason with a 400', async () => {
    const d = await draft();
    const c = (await comment(d.id, kz, { state: 'KZ', body: 'Text.' })).json<CommentDto>();
    expect((await edit(d.id, c.id, kz, '  ')).statusCode).toBe(400);
    expect((await hide(d.id, c.id, sec, '')).statusCode).toBe(400);
  });
});
