/** STIX 2.1 object types offered by the browser's type filter (STIX 2.1 §4–§6). */
export const DOMAIN_TYPES = [
  'attack-pattern',
  'campaign',
  'course-of-action',
  'grouping',
  'identity',
  'incident',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'report',
  'threat-actor',
  'tool',
  'vulnerability',
] as const;

export const RELATIONSHIP_TYPES = ['relationship', 'sighting'] as const;

/** STIX cyber-observable types (never called by their three-letter abbreviation here). */
export const CYBER_OBSERVABLE_TYPES = [
  'artifact',
  'autonomous-system',
  'directory',
  'domain-name',
  'email-addr',
  'email-message',
  'file',
  'ipv4-addr',
  'ipv6-addr',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'url',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
] as const;

const ALL = new Set<string>([...DOMAIN_TYPES, ...RELATIONSHIP_TYPES, ...CYBER_OBSERVABLE_TYPES]);

export function isObjectType(value: unknown): value is string {
  return typeof value === 'string' && ALL.has(value);
}
