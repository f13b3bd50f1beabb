import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/harness';
import { basic, collectionId, indicator, ROOT, taxiiGet, taxiiPost, type Auth } from './cyber.fixtures';

describe('validation on every POST', () => {
  let t: TestApp;
  let kz: Auth;
  let url: string;
  beforeAll(async () => {
    t = await buildTestApp();
    kz = basic('cert.kz@example.org');
    url = `${ROOT}/collections/${await collectionId(t.app, 'community', kz)}`;
  });
  afterAll(async () => t.close());

  const statement = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--0b8f1a6e-6c3e-4b58-9d8a-58f0e5a1c001',
    created: '2026-11-01T00:00:00.000Z',
    definition_type: 'statement',
    definition: { statement: 'Copyright the CERT of Kazakhstan' },
  };

  it('rejects invalid objects one by one with a reason and keeps the valid ones of the same envelope', async () => {
    const good = indicator();
    const late = indicator({ modified: '2026-10-01T00:00:00.000Z' });
    const broken = indicator({ pattern: "[ipv4-addr:value = '1.2.3.4'" });
    const unmarked = indicator({
      object_marking_refs: ['marking-definition--0b8f1a6e-6c3e-4b58-9d8a-58f0e5a1c0ff'],
    });
    const res = await taxiiPost(
      t.app,
      `${url}/objects/`,
      { objects: [late, good, broken, unmarked, 'junk'] },
      kz,
    );
    expect(res.statusCode).toBe(202);
    const status = res.json<{ failures: { id: string; message: string }[]; successes: { id: string }[] }>();
    expect(status).toMatchObject({ total_count: 5, success_count: 1, failure_count: 4 });
    expect(status.successes.map((s) => s.id)).toEqual([good.id]);
    expect(status.failures).toEqual([
      { id: late.id, message: 'modified is before created' },
      { id: broken.id, message: expect.stringMatching(/^pattern:/) },
      { id: unmarked.id, message: expect.stringMatching(/does not exist/) },
      { id: '', message: 'not a JSON object' },
    ]);
    const manifest = await taxiiGet(
      t.app,
      `${url}/manifest/?match[id]=${[good, late, broken].map((o) => o.id).join(',')}`,
      kz,
    );
    expect(manifest.json<{ objects: { id: string }[] }>().objects.map((o) => o.id)).toEqual([good.id]);
  });

  it('accepts a marking definition sent in the same envelope, and later ones that refer to it', async () => {
    const first = await taxiiPost(
      t.app,
      `${url}/objects/`,
      { objects: [indicator({ object_marking_refs: [statement.id] }), statement] },
      kz,
    );
    expect(first.json()).toMatchObject({ success_count: 2, failure_count: 0 });
    const later = await taxiiPost(
      t.app,
      `${url}/objects/`,
      { objects: [indicator({ object_marking_refs: [statement.id] })] },
      kz,
    );
    expect(later.json()).toMatchObject({ success_count: 1, failure_count: 0 });
  });

  it('refuses a new version of an object first published by another CERT', async () => {
    const mine = indicator();
    await taxiiPost(t.app, `${url}/objects/`, { objects: [mine] }, kz);
    const res = await taxiiPost(
      t.app,
      `${url}/objects/`,
      { objects: [{ ...mine, modified: '2026-12-01T00:00:00.000Z' }] },
      basic('cert.cn@example.org'),
    );
    expect(res.json()).toMatchObject({
      success_count: 0,
      failures: [{ id: mine.id, message: 'only the CERT that first published this object may version it' }],
    });
  });

  it('accepts the OASIS threat report examples as they are', async () => {
    const file = path.resolve(import.meta.dirname, 'standards/stix2/examples/threat-reports/poisonivy.json');
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as { objects: unknown[] };
    const res = await taxiiPost(t.app, `${url}/objects/`, { objects: bundle.objects }, kz);
    expect(res.json()).toMatchObject({ total_count: bundle.objects.length, failure_count: 0 });
  });
});
