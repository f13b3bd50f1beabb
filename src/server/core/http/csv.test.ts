import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/csv';
import { fromCsvCell, readCsv, toCsv } from './csv';

describe('CSV', () => {
  it('quotes every field, doubles quotes, keeps line breaks inside a field, and starts with a BOM', () => {
    const csv = toCsv(['a', 'b'], [['Say "hi", then\r\nleave', 'Коридор «Север» 北方走廊']]);
    expect(csv.startsWith('\ufeff"a","b"\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['Say "hi", then\r\nleave', 'Коридор «Север» 北方走廊'],
    ]);
  });

  it('neutralises what a spreadsheet would run as a formula, but keeps negative numbers numbers', () => {
    const [, row] = parseCsv(
      toCsv(['a', 'b', 'c', 'd', 'e'], [['=HYPERLINK("x")', '@SUM(1)', '-500.00', '+7', '-1+2']]),
    );
    expect(row).toEqual(['\'=HYPERLINK("x")', "'@SUM(1)", '-500.00', '+7', "'-1+2"]);
  });

  it('writes empty cells for null and undefined', () => {
    expect(parseCsv(toCsv(['a', 'b', 'c'], [[null, undefined, 0]]))[1]).toEqual(['', '', '0']);
  });

  it('reads back what it writes, and what spreadsheets save: bare fields, LF, blank lines, no BOM', () => {
    const rows = [
      ['Say "hi", then\r\nleave', '=1+1', ''],
      ['-5', '北方', 'x'],
    ];
    const back = readCsv(toCsv(['a', 'b', 'c'], rows));
    expect(back.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(back.slice(1).map((r) => r.cells.map(fromCsvCell))).toEqual(rows);
    expect(readCsv('a,b\n\n1,"2"\n3,')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['1', '2'] },
      { row: 4, cells: ['3', ''] },
    ]);
  });
});
