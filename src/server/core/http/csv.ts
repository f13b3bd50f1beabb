/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet programs read Cyrillic and Chinese), every
 * field quoted, and cells that a spreadsheet would run as a formula neutralised with a leading quote.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
