const STIX_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/;

/** A STIX or TAXII timestamp as microseconds since the epoch (finer digits are dropped), or null. */
export function toMicros(ts: string): number | null {
  const m = STIX_TIME.exec(ts);
  if (!m) return null;
  const seconds = Date.parse(`${m[1]}Z`);
  if (Number.isNaN(seconds) || new Date(seconds).toISOString().slice(0, 19) !== m[1]) return null;
  const frac = (m[2] ?? '').slice(0, 6).padEnd(6, '0');
  return seconds * 1000 + Number(frac);
}

/** TAXII 2.1 §2: `YYYY-MM-DDTHH:MM:SS.ssssssZ`, always six fractional digits. */
export function taxiiTimestamp(us: number): string {
  const ms = Math.floor(us / 1000);
  const base = new Date(ms).toISOString().slice(0, 19);
  const frac = String(us - Math.floor(us / 1_000_000) * 1_000_000).padStart(6, '0');
  return `${base}.${frac}Z`;
}
