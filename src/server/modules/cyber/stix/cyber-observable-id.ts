import { v5 } from 'uuid';

/** STIX 2.1 §2.9: the namespace of deterministic cyber-observable identifiers. */
const NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** The id-contributing properties of each cyber-observable type (STIX 2.1 §6). */
export const ID_CONTRIBUTING: Readonly<Record<string, readonly string[]>> = {
  artifact: ['hashes', 'payload_bin'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  'email-message': ['from_ref', 'subject', 'body'],
  file: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'network-traffic': [
    'start',
    'end',
    'src_ref',
    'dst_ref',
    'src_port',
    'dst_port',
    'protocols',
    'extensions',
  ],
  process: [],
  software: ['name', 'cpe', 'swid', 'vendor', 'version'],
  url: ['value'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
};

const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512'];

/** JSON Canonicalization (RFC 8785) for the values STIX properties take: sorted keys, no spaces. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The UUIDv5 a cyber-observable's id must carry, or null when none of its id-contributing properties
 * is present (the object then takes a UUIDv4). Of several hashes only the preferred one counts.
 */
export function derivedUuid(obj: Record<string, unknown>): string | null {
  const props = ID_CONTRIBUTING[obj.type as string];
  if (!props) return null;
  const picked: Record<string, unknown> = {};
  for (const p of props) {
    if (!(p in obj)) continue;
    if (p === 'hashes') {
      const hashes = obj.hashes as Record<string, unknown>;
      const name = HASH_PREFERENCE.find((h) => h in hashes) ?? Object.keys(hashes)[0];
      if (name !== undefined) picked.hashes = { [name]: hashes[name] };
    } else picked[p] = obj[p];
  }
  if (Object.keys(picked).length === 0) return null;
  return v5(canonical(picked), NAMESPACE);
}
