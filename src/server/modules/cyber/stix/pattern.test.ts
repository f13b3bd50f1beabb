import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patternError } from './pattern';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../standards/stix2/examples');

function examplePatterns(): string[] {
  const files = [
    ...fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')),
    ...fs.readdirSync(path.join(EXAMPLES, 'threat-reports')).map((f) => `threat-reports/${f}`),
  ];
  return files.flatMap((f) => {
    const bundle = JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), 'utf8')) as {
      objects?: { pattern?: string }[];
    };
    return (bundle.objects ?? []).flatMap((o) => (typeof o.pattern === 'string' ? [o.pattern] : []));
  });
}

describe('STIX pattern syntax', () => {
  it('parses every pattern in the OASIS examples', () => {
    const patterns = examplePatterns();
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of patterns) expect(patternError(p), p).toBeNull();
  });

  it.each([
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32']",
    "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'pdf%']",
    "([file:name = 'foo.dll'] AND [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo']) WITHIN 300 SECONDS",
    "[network-traffic:dst_port IN (80, 443, 8080)] REPEATS 5 TIMES START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.123Z'",
    "[artifact:payload_bin = b'dGVzdA==' AND artifact:x_hex = h'0aff'] FOLLOWEDBY [process:pid > -1]",
    '[user-account:is_privileged = true AND NOT EXISTS user-account:account_expires]',
    "[x509-certificate:issuer NOT = 'CN=Evil' /* a comment */ AND x509-certificate:version >= 3.5]",
  ])('accepts %s', (p) => {
    expect(patternError(p)).toBeNull();
  });

  it.each([
    ["[ipv4-addr:value = '198.51.100.1'", 'missing ]'],
    ["ipv4-addr:value = '198.51.100.1'", 'no observation brackets'],
    ["[ipv4-addr:value = 'unterminated]", 'unterminated string'],
    ['[ipv4-addr:value = 198.51.100.1]', 'an address is no literal'],
    ['[ipv4-addr:value > true]', 'booleans are not orderable'],
    ["[file:name = 'a'] WITHIN -5 SECONDS", 'negative WITHIN'],
    ["[file:name = 'a'] REPEATS 2 TIMES REPEATS 3 TIMES", 'two qualifiers of one kind'],
    ["[file:size = 1] START t'2016-13-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'", 'month 13'],
    ["[artifact:payload_bin = b'abc']", 'bad base64'],
    ['[file:name LIKE 5]', 'LIKE needs a string'],
    ["[file:name = 'a'] AND", 'dangling AND'],
    ["[file:name = 'a' ? ]", 'stray character'],
    ['', 'empty'],
  ])('rejects %s (%s)', (p) => {
    expect(patternError(p)).toEqual(expect.any(String));
  });
});
