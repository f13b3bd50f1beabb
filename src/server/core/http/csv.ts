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

/** A cell as `toCsv` wrote it, the quote that neutralised a formula taken off again. */
export function fromCsvCell(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/**
 * Reads RFC 4180 CSV, as `toCsv` writes it and as spreadsheet programs save it: an optional byte-order
 * mark, quoted or bare fields, doubled quotes, CRLF or LF line ends. Blank lines are skipped. Each
 * record keeps its number as a spreadsheet counts rows (the header is row 1), for errors to name.
 */
export function readCsv(text: string): { row: number; cells: string[] }[] {
  const out: { row: number; cells: string[] }[] = [];
  const s = text.startsWith('\ufeff') ? text.slice(1) : text;
  let cells: string[] = [];
  let i = 0;
  let rowNo = 1;
  const endRecord = () => {
    if (cells.length > 1 || cells[0] !== '') out.push({ row: rowNo, cells });
    rowNo++;
    cells = [];
  };
  while (i <= s.length) {
    if (s[i] === '"') {
      let cell = '';
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) {
          cell += s.slice(j);
          j = s.length;
          break;
        }
        cell += s.slice(j, q);
        if (s[q + 1] === '"') {
          cell += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, as spreadsheet programs do.
      const end = nextSeparator(s, j);
      cells.push(cell + s.slice(j, end));
      i = end;
    } else {
      const end = nextSeparator(s, i);
      cells.push(s.slice(i, end));
      i = end;
    }
    if (i >= s.length) {
      endRecord();
      break;
    }
    if (s[i] === ',') i++;
    else {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      endRecord();
      if (i >= s.length) break;
    }
  }
  return out;
}

function nextSeparator(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 44 || c === 10 || c === 13) return k;
  }
  return s.length;
}
