import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ProjectCommentDto as Dto } from '../../../contracts/projects';
import { buildTestApp, type TestApp } from '../../test/harness';
import { actors, get, post, propose, userWith, type Actors, type Headers } from './projects.fixtures';

type Comment = z.infer<typeof Dto>;

let t: TestApp;
let a: Actors;
let partnerCoordinator: Headers;
let observer: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ', 'RU', 'UZ']);
  partnerCoordinator = await userWith(t, a.sec, 'TR', 'national_coordinator');
  observer = await userWith(t, a.sec, 'KZ', 'observer');
});
afterAll(() => t.close());

const url = (id: string, rest = '') => `/projects/${id}/comments${rest}`;
const put = (path: string, headers: Headers, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1${path}`, headers, payload });
const thread = async (id: string, headers: Headers) =>
  (await get(t, url(id), headers)).json<{ items: Comment[] }>().items;

describe('the project discussion', () => {
  it('keeps a question answered through an edit of the question, with its history', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const q = (
      await post(t, url(p.id), a.coord.RU!, { kind: 'question', state: 'RU', body: 'What is the tariff?' })
    ).json<Comment>();
    await post(t, url(p.id), a.coord.KZ!, {
      kind: 'answer',
      state: 'KZ',
      parentId: q.id,
      body: 'Cost recovery.',
    });
    const edited = await put(url(p.id, `/${q.id}`), a.coord.RU!, { body: 'What is the tariff per tonne?' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ kind: 'question', answered: true, version: 2, state: 'RU' });
    const history = (await get(t, url(p.id, `/${q.id}/versions`), observer)).json().items;
    expect(history.map((v: { body: string }) => v.body)).toEqual([
      'What is the tariff?',
      'What is the tariff per tonne?',
    ]);
    const forOther = await put(url(p.id, `/${q.id}`), a.coord.KZ!, { body: 'x' });
    expect(forOther.json().code).toBe('threads.not_author');
  });

  it('lets the Secretariat hide and restore a post; a member state cannot', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const c = (await post(t, url(p.id), a.coord.UZ!, { state: 'UZ', body: 'Spam.' })).json<Comment>();
    expect((await post(t, url(p.id, `/${c.id}/hide`), a.coord.KZ!, { reason: 'Spam' })).statusCode).toBe(403);
    const hidden = await post(t, url(p.id, `/${c.id}/hide`), a.sec, { reason: 'Spam' });
    expect(hidden.json()).toMatchObject({ hidden: { reason: 'Spam' }, body: 'Spam.', answered: null });
    expect((await thread(p.id, observer))[0]).toMatchObject({
      id: c.id,
      body: '',
      hidden: { reason: 'Spam' },
    });
    expect((await post(t, url(p.id, `/${c.id}/restore`), a.sec)).json()).toMatchObject({ hidden: null });
    expect((await thread(p.id, observer))[0]!.body).toBe('Spam.');
  });

  it('answers 404 on every route of a project the actor cannot see', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ', public: false });
    const c = (await post(t, url(p.id), a.coord.KZ!, { state: 'KZ', body: 'Internal.' })).json<Comment>();
    expect((await get(t, url(p.id), partnerCoordinator)).statusCode).toBe(404);
    expect((await get(t, url(p.id))).statusCode).toBe(404);
    const posted = await post(t, url(p.id), partnerCoordinator, { state: 'TR', body: 'x' });
    expect(posted.statusCode).toBe(404);
    expect(posted.json().code).toBe('projects.not_found');
    expect((await get(t, url(p.id, `/${c.id}/versions`), partnerCoordinator)).statusCode).toBe(404);
    expect((await put(url(p.id, `/${c.id}`), partnerCoordinator, { body: 'x' })).statusCode).toBe(404);
  });

  it('shows the public nothing of the discussion of a public project, nor any post history', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const c = (await post(t, url(p.id), a.coord.KZ!, { state: 'KZ', body: 'Members only.' })).json<Comment>();
    expect((await get(t, url(p.id))).json().items).toEqual([]);
    expect((await get(t, url(p.id), partnerCoordinator)).json().items).toEqual([]);
    const history = await get(t, url(p.id, `/${c.id}/versions`), partnerCoordinator);
    expect(history.statusCode).toBe(404);
    expect(history.json().code).toBe('threads.post_not_found');
  });

  it('replays a comment posted again under the same Idempotency-Key', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const headers = { ...a.coord.KZ!, 'idempotency-key': `k-${p.id}` };
    const first = await post(t, url(p.id), headers, { state: 'KZ', body: 'Once.' });
    const again = await post(t, url(p.id), headers, { state: 'KZ', body: 'Once.' });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await thread(p.id, a.sec)).toHaveLength(1);
  });
});
