import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CyberCollectionsDto, CyberObjectDto, CyberObjectsDto } from '../../../contracts/cyber-browse';
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

/** An indicator with the spec's markings, recipients and granular marking over its description. */
function markedIndicator(
  s: { refs: string[]; recipients: string[]; granular?: string | undefined },
  over: Record<string, unknown> = {},
) {
  return indicator({
    object_marking_refs: s.refs.length ? s.refs : undefined,
    x_exchange_recipients: s.recipients.length ? s.recipients : undefined,
    description: 'secret detail',
    granular_markings: s.granular ? [{ marking_ref: s.granular, selectors: ['description'] }] : undefined,
    ...over,
  });
}

describe('no reader receives an object or a property it may not see', () => {
  let t: TestApp;
  const auth: Record<string, Auth> = {};
  const col: Record<string, string> = {};

  /** A sharing group of the three TRIO states, created by the coordinator; returns its collection id. */
  async function createTrio(alias: string) {
    const s = await signIn(t.app, 'cyber.coordinator@example.org');
    const group = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cyber/sharing-groups',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { alias, title: alias, members: TRIO },
    });
    return group.json<{ id: string }>().id;
  }

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
    col.trio = await createTrio('trio');
    col.community = await collectionId(t.app, 'community');
  });
  afterAll(async () => t.close());

  it('holds for objects, manifest, object by id, versions and status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(objectSpec, { minLength: 1, maxLength: 5 }), async (specs) => {
        const posted = specs.map((s) => ({
          spec: s,
          object: markedIndicator(s),
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

  it('holds for the web paths: search, counts, volume, object page, versions and graph', async () => {
    interface Posted {
      id: string;
      collection: 'community' | 'trio';
      /** The marking refs of each version, oldest first. */
      versions: string[][];
      recipients: string[];
      granular: string | undefined;
      /** Relationships: their ends, and a granular marking over target_ref. */
      ends?: [string, string];
      hiddenTarget?: string | undefined;
    }
    const history: Posted[] = [];
    // Collections of this test's own, with the readerships of `community` and `trio`: the counts
    // below are of everything ever posted to them.
    const own = {
      community: await collectionId(t.app, 'best-practices'),
      trio: await createTrio('trio-web'),
    };
    const json = async <T>(url: string, who: string) => {
      const res = await t.app.inject({ method: 'GET', url, headers: auth[who] });
      return { status: res.statusCode, body: res.json<T>(), text: res.body };
    };
    // The best-practices collection also holds the library's demo practices: what each reader received
    // there before this test posted anything is the baseline its counts add to.
    const before: Record<string, { objects: number; volume: number; browsed: number }> = {};
    for (const r of READERS) {
      const cols = await json<CyberCollectionsDto>(
        '/api/v1/cyber/collections?interval=day&periods=1',
        r.name,
      );
      const listed = cols.body.collections.find((x) => x.id === own.community);
      const browsed = await json<CyberObjectsDto>(
        `/api/v1/cyber/objects?collection=${own.community}&limit=1`,
        r.name,
      );
      before[r.name] = {
        objects: listed?.objects ?? 0,
        volume: listed?.volume[0] ?? 0,
        browsed: listed ? browsed.body.total : 0,
      };
    }
    let run = 0;
    const sees = (r: ReaderSpec, p: Posted, refs: string[]) =>
      oracle(r, p.collection, levelOf(refs), p.recipients);
    const seesObject = (r: ReaderSpec, p: Posted) => p.versions.some((v) => sees(r, p, v));
    const readsMarking = (r: ReaderSpec, p: Posted, marking: string | undefined) =>
      marking === undefined || oracle(r, p.collection, MARKING[marking]!, p.recipients);
    const linkSpec = fc.record({
      collection: fc.constantFrom<'community' | 'trio'>('community', 'trio'),
      refs: markingRefs,
      source: fc.nat(),
      target: fc.nat(),
      hiddenTarget: fc.option(fc.constantFrom(TLP.amber, TLP.red), { nil: undefined }),
    });
    const runSpec = fc.record({
      objects: fc.array(fc.record({ spec: objectSpec, update: fc.option(markingRefs, { nil: undefined }) }), {
        minLength: 1,
        maxLength: 4,
      }),
      links: fc.array(linkSpec, { maxLength: 3 }),
    });

    await fc.assert(
      fc.asyncProperty(runSpec, async ({ objects, links }) => {
        run += 1;
        const token = `webrun${run}x`;
        const mine: Posted[] = [];
        const envelopes: Record<'community' | 'trio', Record<string, unknown>[][]> = {
          community: [[], []],
          trio: [[], []],
        };
        for (const { spec: s, update } of objects) {
          const first = markedIndicator(s, { name: `${token} indicator` });
          envelopes[s.collection][0]!.push(first);
          const versions = [s.refs];
          if (update !== undefined) {
            envelopes[s.collection][1]!.push({
              ...first,
              modified: '2026-11-02T10:00:00.000Z',
              object_marking_refs: update.length ? update : undefined,
            });
            versions.push(update);
          }
          mine.push({
            id: first.id,
            collection: s.collection,
            versions,
            recipients: s.recipients,
            granular: s.granular,
          });
        }
        const indicators = [...mine];
        for (const l of links) {
          const source = indicators[l.source % indicators.length]!.id;
          const target = indicators[l.target % indicators.length]!.id;
          if (source === target) continue;
          const id = `relationship--${randomUUID()}`;
          envelopes[l.collection][0]!.push({
            type: 'relationship',
            spec_version: '2.1',
            id,
            created: '2026-11-01T10:00:00.000Z',
            modified: '2026-11-01T10:00:00.000Z',
            relationship_type: 'indicates',
            source_ref: source,
            target_ref: target,
            description: `${token} link`,
            ...(l.refs.length ? { object_marking_refs: l.refs } : {}),
            ...(l.hiddenTarget
              ? { granular_markings: [{ marking_ref: l.hiddenTarget, selectors: ['target_ref'] }] }
              : {}),
          });
          mine.push({
            id,
            collection: l.collection,
            versions: [l.refs],
            recipients: [],
            granular: undefined,
            ends: [source, target],
            hiddenTarget: l.hiddenTarget,
          });
        }
        // Before posting: a failed run must not leave objects the later runs' counts do not know of.
        history.push(...mine);
        for (const c of ['community', 'trio'] as const) {
          for (const batch of envelopes[c]) {
            if (batch.length === 0) continue;
            const res = await taxiiPost(
              t.app,
              `${ROOT}/collections/${own[c]}/objects/`,
              { objects: batch },
              auth['cert.kz'],
            );
            expect(res.json<{ failures?: unknown }>().failures).toBeUndefined();
          }
        }

        for (const r of READERS) {
          const expected = mine.filter((p) => seesObject(r, p));
          const found = (await json<CyberObjectsDto>(`/api/v1/cyber/objects?q=${token}&limit=100`, r.name))
            .body;
          expect(found.items.map((i) => i.id).sort(), `${r.name} search`).toEqual(
            expected.map((p) => p.id).sort(),
          );
          expect(found.total, `${r.name} search total`).toBe(expected.length);
          for (const item of found.items) {
            const p = mine.find((x) => x.id === item.id)!;
            const latest = [...p.versions].reverse().find((v) => sees(r, p, v))!;
            expect(item.tlp, `${r.name} level shown`).toBe(levelOf(latest));
          }
          const secret = (await json<CyberObjectsDto>(`/api/v1/cyber/objects?q=${token}%20secret`, r.name))
            .body;
          expect(secret.total, `${r.name} search under granular markings`).toBe(
            expected.filter((p) => !p.ends && readsMarking(r, p, p.granular)).length,
          );

          const cols = await json<CyberCollectionsDto>(
            '/api/v1/cyber/collections?interval=day&periods=1',
            r.name,
          );
          for (const c of ['community', 'trio'] as const) {
            const all = history.filter((p) => p.collection === c);
            const listed = cols.body.collections.find((x) => x.id === own[c]);
            const member = c === 'community' || r.coordinator || meets(r.memberStates, TRIO);
            expect(listed !== undefined, `${r.name} sees collection ${c}`).toBe(member);
            const objectsHere = all.filter((p) => seesObject(r, p)).length;
            const versionsHere = all.flatMap((p) => p.versions.filter((v) => sees(r, p, v))).length;
            const base = c === 'community' ? before[r.name]! : { objects: 0, volume: 0, browsed: 0 };
            if (listed) {
              expect(listed.objects, `${r.name} count of ${c}`).toBe(base.objects + objectsHere);
              expect(listed.volume, `${r.name} volume of ${c}`).toEqual([base.volume + versionsHere]);
              const browsed = await json<CyberObjectsDto>(
                `/api/v1/cyber/objects?collection=${own[c]}&limit=1`,
                r.name,
              );
              expect(browsed.body.total, `${r.name} browser total of ${c}`).toBe(base.browsed + objectsHere);
            } else {
              expect(cols.text).not.toContain(own[c]);
            }
          }

          for (const p of mine) {
            const page = await json<CyberObjectDto>(
              `/api/v1/cyber/collections/${own[p.collection]}/objects/${p.id}`,
              r.name,
            );
            expect(page.status, `${r.name} object page`).toBe(seesObject(r, p) ? 200 : 404);
            // No hidden object appears in the graph or the versions. (The STIX object itself is the
            // one TAXII serves: a reference its publisher wrote into it stays a plain id.)
            const drawnText = JSON.stringify([page.body.graph ?? null, page.body.versions ?? null]);
            for (const hidden of mine.filter((x) => !seesObject(r, x)))
              expect(drawnText, `${r.name} hidden object drawn`).not.toContain(hidden.id);
            if (page.status !== 200) continue;
            const visibleVersions = p.versions.filter((v) => sees(r, p, v));
            expect(page.body.versions.map((v) => v.tlp).reverse(), `${r.name} versions`).toEqual(
              visibleVersions.map(levelOf),
            );
            if (!p.ends) {
              expect('description' in page.body.stix, `${r.name} granular on the page`).toBe(
                readsMarking(r, p, p.granular),
              );
            } else {
              expect('target_ref' in page.body.stix, `${r.name} granular target_ref`).toBe(
                readsMarking(r, p, p.hiddenTarget),
              );
            }
            const edges = mine
              .filter(
                (l) =>
                  l.ends &&
                  l.ends.includes(p.id) &&
                  seesObject(r, l) &&
                  l.ends.every((e) =>
                    seesObject(
                      r,
                      mine.find((x) => x.id === e)!,
                    ),
                  ) &&
                  readsMarking(r, l, l.hiddenTarget),
              )
              .map((l) => `${l.ends![0]}>${l.ends![1]}`);
            const drawn = page.body.graph.edges.filter((e) => e.kind === 'relationship');
            expect(drawn.map((e) => `${e.source}>${e.target}`).sort(), `${r.name} graph of ${p.id}`).toEqual(
              p.ends ? [] : edges.sort(),
            );
            expect(page.body.graph.nodes.map((n) => n.id).sort(), `${r.name} graph nodes`).toEqual(
              [
                ...new Set([
                  p.id,
                  ...(p.ends
                    ? // A relationship's own page shows its ends, as far as the reader receives them.
                      p.ends.filter(
                        (e, i) =>
                          seesObject(
                            r,
                            mine.find((x) => x.id === e)!,
                          ) &&
                          (i === 0 || readsMarking(r, p, p.hiddenTarget)),
                      )
                    : edges.flatMap((e) => e.split('>'))),
                ]),
              ].sort(),
            );
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
