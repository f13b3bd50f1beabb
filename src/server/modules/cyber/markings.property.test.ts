import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, signIn, type TestApp } from '../../test/harness';
import {
  collectionId,
  createUserWithMandate,
  indicator,
  ROOT,
  taxiiGet,
  taxiiPost,
  TLP,
  USER_PASSWORD,
  type Auth,
} from './cyber.fixtures';

/**
 * Visibility as a property: random objects, markings, recipients and granular markings, published into
 * random collections, read by every kind of reader on every read path. The oracle below is ADR 0020
 * written out again, independently of access.ts.
 */
const MEMBERS = ['CN', 'KZ', 'KG', 'RU', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY'];
const TRIO = ['KZ', 'KG', 'UZ'];
type Level = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
const RANK: Record<Level, number> = { clear: 0, green: 1, amber: 2, 'amber+strict': 3, red: 4 };
const MARKING: Record<string, Level> = {
  [TLP.clear]: 'clear',
  [TLP.white1]: 'clear',
  [TLP.green]: 'green',
  [TLP.amber]: 'amber',
  [TLP.amberStrict]: 'amber+strict',
  [TLP.red]: 'red',
};

interface ReaderSpec {
  name: string;
  memberStates: string[];
  certStates: string[];
  coordinator: boolean;
}

const READERS: ReaderSpec[] = [
  { name: 'anonymous', memberStates: [], certStates: [], coordinator: false },
  { name: 'partner', memberStates: [], certStates: [], coordinator: false },
  { name: 'exchange', memberStates: [], certStates: [], coordinator: true },
  { name: 'coordinator.kz', memberStates: ['KZ'], certStates: [], coordinator: false },
  { name: 'coordinator.cn', memberStates: ['CN'], certStates: [], coordinator: false },
  { name: 'cert.kz', memberStates: ['KZ'], certStates: ['KZ'], coordinator: false },
  { name: 'cert.kg', memberStates: ['KG'], certStates: ['KG'], coordinator: false },
  { name: 'cert.cn', memberStates: ['CN'], certStates: ['CN'], coordinator: false },
  { name: 'cert.ru', memberStates: ['RU'], certStates: ['RU'], coordinator: false },
];

const meets = (a: string[], b: string[]) => a.some((x) => b.includes(x));

function levelOf(refs: string[]): Level {
  return refs.reduce<Level>(
    (best, r) => (RANK[MARKING[r]!] > RANK[best] ? MARKING[r]! : best),
    refs.length ? 'clear' : 'green',
  );
}

function oracle(
  r: ReaderSpec,
  collection: 'community' | 'trio',
  level: Level,
  recipients: string[],
): boolean {
  const readers = collection === 'trio' ? TRIO : MEMBERS;
  if (collection === 'trio' && !r.coordinator && !meets(r.memberStates, TRIO)) return false;
  switch (level) {
    case 'clear':
      return true;
    case 'green':
      return r.memberStates.length > 0 || r.coordinator;
    case 'amber':
      return meets(r.memberStates, readers);
    case 'amber+strict':
      return meets(r.certStates, readers);
    case 'red':
      return meets(r.certStates, readers) && meets(r.certStates, ['KZ', ...recipients]);
  }
}

const markingRefs = fc.subarray([TLP.clear, TLP.white1, TLP.green, TLP.amber, TLP.amberStrict, TLP.red], {
  maxLength: 3,
});
const objectSpec = fc.record({
  collection: fc.constantFrom<'community' | 'trio'>('community', 'trio'),
  refs: markingRefs,
  recipients: fc.subarray(['CN', 'KG', 'RU']),
  granular: fc.option(fc.constantFrom(TLP.green, TLP.amber, TLP.amberStrict, TLP.red), { nil: undefined }),
});

describe('no reader receives an object or a property it may not see', () => {
  let t: TestApp;
  const auth: Record<string, Auth> = {};
  const col: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp();
    await createUserWithMandate(t.app, 'partner@example.org', { state: 'LK', role: 'observer' });
    // Bearer tokens: HTTP Basic costs an Argon2 verification per request, too slow for many runs.
    for (const r of READERS) {
      auth[r.name] =
        r.name === 'anonymous'
          ? {}
          : r.name === 'partner'
            ? await bearer(t.app, 'partner@example.org', USER_PASSWORD)
            : await bearer(
                t.app,
                r.name === 'exchange' ? 'cyber.coordinator@example.org' : `${r.name}@example.org`,
              );
    }
    const s = await signIn(t.app, 'cyber.coordinator@example.org');
    const group = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cyber/sharing-groups',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { alias: 'trio', title: 'Trio', members: TRIO },
    });
    col.trio = group.json<{ id: string }>().id;
    col.community = await collectionId(t.app, 'community');
  });
  afterAll(async () => t.close());

  it('holds for objects, manifest, object by id, versions and status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(objectSpec, { minLength: 1, maxLength: 5 }), async (specs) => {
        const posted = specs.map((s) => ({
          spec: s,
          object: indicator({
            object_marking_refs: s.refs.length ? s.refs : undefined,
            x_exchange_recipients: s.recipients.length ? s.recipients : undefined,
            description: 'secret detail',
            granular_markings: s.granular
              ? [{ marking_ref: s.granular, selectors: ['description'] }]
              : undefined,
          }),
        }));
        const statuses: string[] = [];
        for (const c of ['community', 'trio'] as const) {
          const objects = posted.filter((p) => p.spec.collection === c).map((p) => p.object);
          if (objects.length === 0) continue;
          const res = await taxiiPost(
            t.app,
            `${ROOT}/collections/${col[c]}/objects/`,
            { objects },
            auth['cert.kz'],
          );
          expect(res.json()).toMatchObject({ failure_count: 0 });
          statuses.push(res.json<{ id: string }>().id);
        }
        for (const r of READERS) {
          for (const c of ['community', 'trio'] as const) {
            const mine = posted.filter((p) => p.spec.collection === c);
            if (mine.length === 0) continue;
            const base = `${ROOT}/collections/${col[c]}`;
            const ids = mine.map((p) => p.object.id).join(',');
            const expected = mine
              .filter((p) => oracle(r, c, levelOf(p.spec.refs), p.spec.recipients))
              .map((p) => p.object.id);
            // objects, paged with next
            const received: Record<string, unknown>[] = [];
            let next: string | undefined;
            for (;;) {
              const res = await taxiiGet(
                t.app,
                `${base}/objects/?match[id]=${ids}&limit=2${next ? `&next=${next}` : ''}`,
                auth[r.name],
              );
              if (res.statusCode !== 200) break;
              const body = res.json<{ more?: boolean; next?: string; objects?: Record<string, unknown>[] }>();
              received.push(...(body.objects ?? []));
              if (!body.more) break;
              next = body.next;
            }
            expect(received.map((o) => o.id).sort(), `${r.name} objects in ${c}`).toEqual(
              [...expected].sort(),
            );
            const manifest = await taxiiGet(t.app, `${base}/manifest/?match[id]=${ids}`, auth[r.name]);
            const listed =
              manifest.statusCode === 200
                ? (manifest.json<{ objects?: { id: string }[] }>().objects ?? [])
                : [];
            expect(listed.map((o) => o.id).sort(), `${r.name} manifest of ${c}`).toEqual(
              [...expected].sort(),
            );
            for (const p of mine) {
              const visible = expected.includes(p.object.id);
              const one = await taxiiGet(t.app, `${base}/objects/${p.object.id}/`, auth[r.name]);
              const versions = await taxiiGet(
                t.app,
                `${base}/objects/${p.object.id}/versions/`,
                auth[r.name],
              );
              expect(one.statusCode === 200, `${r.name} object by id`).toBe(visible);
              expect(versions.statusCode === 200, `${r.name} versions`).toBe(visible);
              if (!visible) {
                // Answered exactly as for an id that was never published.
                expect([401, 404], `${r.name} hidden object`).toContain(one.statusCode);
                expect(one.body).not.toContain('secret detail');
                continue;
              }
              const got = [
                ...received.filter((o) => o.id === p.object.id),
                ...one.json<{ objects: Record<string, unknown>[] }>().objects,
              ];
              const seesDetail =
                p.spec.granular === undefined || oracle(r, c, MARKING[p.spec.granular]!, p.spec.recipients);
              for (const o of got)
                expect('description' in o, `${r.name} granular description`).toBe(seesDetail);
            }
          }
          for (const id of statuses) {
            const s = await taxiiGet(t.app, `${ROOT}/status/${id}/`, auth[r.name]);
            expect(s.statusCode, `${r.name} status`).toBe(
              r.name === 'cert.kz' ? 200 : r.name === 'anonymous' ? 401 : 404,
            );
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
