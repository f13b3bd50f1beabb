import type { FastifyReply } from 'fastify';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet programs read Cyrillic and Chinese), every
 * field quoted, and cells that a spreadsheet would run as a formula neutralised with a leading quote.
 * The mark stays although RFC 4180 does not need it: without it Excel reads UTF-8 in the system's code
 * page (Windows-1251 in Russia, GBK in China) and shows Cyrillic and Chinese as mojibake (ADR 0076).
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) => {
    let s = v === null || v === undefined ? '' : String(v);
    // A number such as a reversal's -500.00 cannot run as a formula and must stay a number.
    if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Answers with a CSV file to download. The one way a route exports CSV (ADR 0076): the route reads its
 * rows through the same service call as the record's page, so an export is checked exactly like it.
 */
export function sendCsv(reply: FastifyReply, filename: string, header: string[], rows: CsvCell[][]) {
  const safe = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${safe}"`)
    .send(toCsv(header, rows));
}
