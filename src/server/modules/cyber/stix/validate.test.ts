import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derivedUuid } from './cyber-observable-id';
import { invalidReason } from './validate';

const STANDARDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../standards/stix2');
type Obj = Record<string, unknown> & { type: string; id: string };

function examples(): { file: string; objects: Obj[] }[] {
  const dir = path.join(STANDARDS, 'examples');
  const files = [
    ...fs.readdirSync(dir).filter((f) => f.endsWith('.json')),
    ...fs.readdirSync(path.join(dir, 'threat-reports')).map((f) => `threat-reports/${f}`),
  ];
  return files.map((file) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Obj & { objects?: Obj[] };
    return { file, objects: json.objects ?? [json] };
  });
}

const ctx = (known: string[] = []) => ({ markingExists: (id: string) => known.includes(id) });

const indicator = (over: Record<string, unknown> = {}): Obj => ({
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2026-11-01T10:00:00.000Z',
  modified: '2026-11-01T10:00:00.000Z',
  pattern: "[ipv4-addr:value = '198.51.100.1']",
  pattern_type: 'stix',
  valid_from: '2026-11-01T10:00:00Z',
  ...over,
});

describe('STIX 2.1 validation', () => {
  it('accepts every object of the OASIS examples shipped with the schemas', () => {
    let checked = 0;
    for (const { file, objects } of examples()) {
      const markings = objects.filter((o) => o.type === 'marking-definition').map((o) => o.id);
      for (const o of objects) {
        const reason = invalidReason(o, ctx(markings));
        // The interop marking example names, on purpose or not, a marking definition that exists nowhere.
        if (file === 'interop-objectmarking-test.json' && o.type === 'campaign') {
          expect(reason).toBe(
            'marking definition marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec does not exist',
          );
        } else expect(reason, `${file} ${o.id}`).toBeNull();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('accepts the shipped TLP 2.0 and TLP 1.0 marking definitions', () => {
    for (const f of ['tlp-2.0-marking-definitions.json', 'tlp-1.0-marking-definitions.json']) {
      const bundle = JSON.parse(fs.readFileSync(path.join(STANDARDS, 'tlp-2.0', f), 'utf8')) as {
        objects: Obj[];
      };
      for (const o of bundle.objects) expect(invalidReason(o, ctx()), o.id).toBeNull();
    }
  });

  it('rejects what the schema rejects, with the failing path', () => {
    expect(invalidReason(indicator({ pattern_type: undefined, pattern: undefined }), ctx())).toMatch(
      /^schema:/,
    );
    expect(invalidReason(indicator({ created: 'yesterday' }), ctx())).toMatch(/^schema: \/created/);
    expect(
      invalidReason({ type: 'widget', id: 'widget--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }, ctx()),
    ).toMatch(/unknown STIX 2.1 object type/);
    expect(invalidReason(indicator({ spec_version: '2.0' }), ctx())).toMatch(/only STIX 2.1/);
  });

  it('rejects modified before created', () => {
    expect(invalidReason(indicator({ modified: '2026-10-31T10:00:00.000Z' }), ctx())).toBe(
      'modified is before created',
    );
    expect(invalidReason(indicator({ modified: '2026-11-01T10:00:00.0001Z' }), ctx())).toBeNull();
  });

  it('rejects a broken STIX pattern and leaves patterns of other languages alone', () => {
    expect(invalidReason(indicator({ pattern: "[ipv4-addr:value = '1.2.3.4'" }), ctx())).toMatch(
      /^pattern: expected/,
    );
    expect(invalidReason(indicator({ pattern_type: 'sigma', pattern: 'title: not stix' }), ctx())).toBeNull();
  });

  it('rejects references to marking definitions that do not exist, and accepts known ones', () => {
    const custom = 'marking-definition--3a3a3a3a-0000-4000-8000-000000000001';
    expect(invalidReason(indicator({ object_marking_refs: [custom] }), ctx())).toBe(
      `marking definition ${custom} does not exist`,
    );
    expect(invalidReason(indicator({ object_marking_refs: [custom] }), ctx([custom]))).toBeNull();
    const granular = indicator({ granular_markings: [{ marking_ref: custom, selectors: ['pattern'] }] });
    expect(invalidReason(granular, ctx())).toMatch(/does not exist/);
    const tlp = 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1';
    expect(invalidReason(indicator({ object_marking_refs: [tlp] }), ctx())).toBeNull();
  });

  it('rejects granular marking selectors that point at nothing', () => {
    const tlp = 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1';
    const bad = indicator({ granular_markings: [{ marking_ref: tlp, selectors: ['description'] }] });
    expect(invalidReason(bad, ctx())).toMatch(/points at nothing/);
    const good = indicator({
      description: 'x',
      labels: ['a'],
      granular_markings: [{ marking_ref: tlp, selectors: ['description', 'labels.[0]'] }],
    });
    expect(invalidReason(good, ctx())).toBeNull();
  });

  it('derives cyber-observable ids as the specification does (UUIDv5 over id-contributing properties)', () => {
    // The two values given in the STIX 2.1 specification and computed alike by the OASIS library.
    expect(derivedUuid({ type: 'ipv4-addr', value: '198.51.100.3' })).toBe(
      '28bb3599-77cd-5a82-a950-b5bc3caf07c4',
    );
    expect(derivedUuid({ type: 'ipv6-addr', value: '2001:db8::1' })).toBe(
      '6469e3a9-b053-5e34-a025-9396ae051d26',
    );
    expect(derivedUuid({ type: 'process', pid: 4 })).toBeNull();
    // Of several hashes only the preferred one contributes.
    expect(derivedUuid({ type: 'file', hashes: { 'SHA-256': 'ab', MD5: 'cd' } })).toBe(
      derivedUuid({ type: 'file', hashes: { MD5: 'cd' } }),
    );
  });

  it('rejects a cyber-observable whose UUIDv5 is not the derived one; a UUIDv4 stays allowed', () => {
    const ip = { type: 'ipv4-addr', spec_version: '2.1', value: '198.51.100.3' };
    expect(invalidReason({ ...ip, id: 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4' }, ctx())).toBeNull();
    expect(invalidReason({ ...ip, id: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd' }, ctx())).toMatch(
      /must be the UUIDv5 derived .*28bb3599/,
    );
    expect(invalidReason({ ...ip, id: 'ipv4-addr--1e4ffad7-0b88-41d4-ba4d-77d27490b956' }, ctx())).toBeNull();
  });

  it('allows custom properties only where and as the specification allows', () => {
    expect(invalidReason(indicator({ x_acme_score: 5 }), ctx())).toBeNull();
    expect(invalidReason(indicator({ acme_score: 5 }), ctx())).toMatch(/must start with x_/);
    expect(invalidReason(indicator({ x_A: 5 }), ctx())).toMatch(/^schema:|must be 3-250 characters/);
    const declared = indicator({
      acme_score: 5,
      extensions: {
        'extension-definition--71736db5-10db-43d3-b0e3-65cf81601fe1': {
          extension_type: 'toplevel-property-extension',
        },
      },
    });
    expect(invalidReason(declared, ctx())).toBeNull();
    const tlp = {
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
      created: '2022-10-01T00:00:00.000Z',
      name: 'TLP:CLEAR',
      extensions: {
        'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': {
          extension_type: 'property-extension',
          tlp_2_0: 'clear',
        },
      },
      x_relabelled: 'mine',
    };
    expect(invalidReason(tlp, ctx())).toMatch(/predefined TLP marking definition may not carry/);
  });

  it('requires the recipients of a RED object to be ISO 3166 codes', () => {
    expect(invalidReason(indicator({ x_exchange_recipients: ['KZ', 'CN'] }), ctx())).toBeNull();
    expect(invalidReason(indicator({ x_exchange_recipients: 'KZ' }), ctx())).toMatch(/alpha-2/);
  });
});
