import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { LedgerEntryDto } from '../../../contracts/finance';
import type { ProjectDto, Stage } from '../../../contracts/projects';
import { newId } from '../../core/ids';
import { bearer, type TestApp } from '../../test/harness';
import { ALL_ITEMS, GATES } from './stage.rules';

/** Test factories for the projects module: a valid proposal, users with mandates, gates walked through. */
export type Headers = Record<string, string>;

export const MEMBERS = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];

export function proposal(overrides: Record<string, unknown> = {}) {
  return {
    title: { en: 'Test corridor', ru: 'Тестовый коридор', zh: '测试走廊' },
    description: { en: 'A test project.', ru: 'Тестовый проект.', zh: '测试项目。' },
    sector: 'transport_logistics',
    locations: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [71.43, 51.13] },
          properties: { name: 'Astana' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [71.43, 51.13],
              [69.24, 41.3],
            ],
          },
          properties: { name: 'Route' },
        },
      ],
    },
    countries: ['KZ', 'UZ'],
    estimatedCost: { amount: '1000.00', currency: 'USD' },
    expectedResults: { en: 'Results.', ru: 'Результаты.', zh: '成果。' },
    sponsors: ['KZ'],
    public: true,
    ...overrides,
  };
}

export interface Actors {
  sec: Headers;
  coord: Record<string, Headers>;
}

export async function actors(t: TestApp, states = MEMBERS): Promise<Actors> {
  const sec = await bearer(t.app, 'secretariat@example.org');
  const coord: Record<string, Headers> = {};
  for (const s of states) coord[s] = await bearer(t.app, `coordinator.${s.toLowerCase()}@example.org`);
  return { sec, coord };
}

/** A new user holding one mandate (e.g. a delegate of KZ), with a personal access token. */
export async function userWith(
  t: TestApp,
  sec: Headers,
  state: string | null,
  role: string,
): Promise<Headers> {
  const email = `u-${newId()}@example.org`;
  const password = 'a-long-test-password';
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: sec,
    payload: { email, displayName: `${role} ${state ?? ''}`, password },
  });
  expect(created.statusCode, created.body).toBe(201);
  const granted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${created.json().id}/mandates`,
    headers: sec,
    payload: { state, role, validFrom: '2024-01-01' },
  });
  expect(granted.statusCode, granted.body).toBe(201);
  return bearer(t.app, email, password);
}

export async function propose(t: TestApp, headers: Headers, overrides: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/projects',
    headers,
    payload: proposal(overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ProjectDto>();
}

export function post(t: TestApp, url: string, headers: Headers, payload?: object) {
  const opts: InjectOptions = { method: 'POST', url: `/api/v1${url}`, headers };
  if (payload !== undefined) opts.payload = payload as InjectOptions['payload'];
  return t.app.inject(opts);
}

export const get = (t: TestApp, url: string, headers: Headers = {}) =>
  t.app.inject({ url: `/api/v1${url}`, headers });

/** Records every item of a stage's gate as met. */
export async function meetGate(t: TestApp, headers: Headers, id: string, stage: keyof typeof GATES) {
  for (const d of GATES[stage]) {
    const body =
      d.kind === 'document'
        ? { item: d.item, documentRef: `https://example.org/${d.item}.pdf` }
        : { item: d.item, answer: `Answer on ${d.item}` };
    const res = await post(t, `/projects/${id}/checklist`, headers, body);
    expect(res.statusCode, res.body).toBe(200);
  }
}

/** Walks a fresh project forward to `target` (not past approval), meeting each gate on the way. */
export async function advanceTo(t: TestApp, sec: Headers, id: string, target: Stage) {
  const order: Stage[] = ['identification', 'preparation', 'appraisal', 'approval'];
  for (let i = 0; order[i] !== target; i++) {
    await meetGate(t, sec, id, order[i] as keyof typeof GATES);
    const res = await post(t, `/projects/${id}/stage`, sec, { to: order[i + 1] });
    expect(res.statusCode, res.body).toBe(200);
  }
}

export async function book(
  t: TestApp,
  headers: Headers,
  id: string,
  body: Record<string, unknown>,
  key?: string,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/projects/${id}/transactions`,
    headers: key ? { ...headers, 'idempotency-key': key } : headers,
    payload: {
      kind: 'commitment',
      funder: 'KZ',
      amount: '1.00',
      currency: 'USD',
      valueDate: '2026-01-15',
      ...body,
    },
  });
}

export async function booked(t: TestApp, headers: Headers, id: string, body: Record<string, unknown>) {
  const res = await book(t, headers, id, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<LedgerEntryDto>();
}

export const everyItem = [...ALL_ITEMS.keys()];
