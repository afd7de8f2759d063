import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FORMULA, findHeader, headerKey, parseCsv, readTable, SheetFileError, type TableSpec } from './read-sheet';

type F = 'name' | 'amount' | 'note';
const SPEC: TableSpec<F> = {
  aliases: { name: ['Họ tên', 'Name'], amount: ['Số tiền', 'Amount'], note: ['Ghi chú', 'Note'] },
  isHeader: (cols) => cols.name !== undefined && cols.amount !== undefined,
  scan: 5,
  noHeader: 'Không thấy tiêu đề.',
};
const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the spreadsheet reader', () => {
  it('parses CSV per RFC 4180: quoted separators, doubled quotes, line breaks; rows keep their first line', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,"two\nlines\nhere",3\n\n x ,,"  y  "\n', ',')).toEqual([
      { row: 1, cells: ['a', 'b, c', 'say "hi"'] },
      { row: 2, cells: ['1', 'two\nlines\nhere', '3'] },
      { row: 5, cells: [null] },
      { row: 6, cells: ['x', null, 'y'] },
    ]);
    expect(() => parseCsv('a,b\nc,"d\ne"\n"open\nxx', ',')).toThrow(/dòng 4/);
  });

  it('folds header names: diacritics, case, units in brackets and punctuation do not matter', () => {
    expect(headerKey('Số tiền (VND)')).toBe('so tien');
    expect(headerKey('  HỌ TÊN: ')).toBe('ho ten');
  });

  it('finds the header under title lines, by Vietnamese, unaccented or English names, bilingual cells too', () => {
    const grid = parseCsv('DANH SÁCH ỦNG HỘ\nĐợt 1\n\nSTT,HO TEN,Số tiền / Amount,Note\n1,An,100,x\n', ',');
    expect(findHeader(grid, SPEC)).toEqual({ index: 3, cols: { name: 1, amount: 2, note: 3 } });
    // Only the first `scan` non-empty rows are searched.
    const late = parseCsv(`${'tiêu đề\n'.repeat(5)}Họ tên,Số tiền\n`, ',');
    expect(findHeader(late, SPEC)).toBeNull();
  });

  it('reads a CSV with a BOM, comma or semicolon or tab, and title lines above the header', async () => {
    for (const sep of [',', ';', '\t']) {
      const text = [
        `\uFEFFSỔ VÀNG${sep}`,
        `Họ tên${sep}Số tiền${sep}Ghi chú`,
        `"Nguyễn${sep} An"${sep}1.000${sep}"dòng 1\ndòng 2"`,
        '',
        `Bình${sep}2${sep}\n`,
      ].join('\n');
      const t = await readTable(utf8(text), 'a.csv', SPEC);
      expect(t).toEqual({
        sheet: null,
        headerRow: 2,
        cols: { name: 0, amount: 1, note: 2 },
        rows: [
          { row: 3, cells: [`Nguyễn${sep} An`, '1.000', 'dòng 1\ndòng 2'] },
          { row: 6, cells: ['Bình', '2', null] },
        ],
      });
    }
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...'Họ tên;Số tiền\nAn;1\n'].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect((await readTable(utf16, 'a.csv', SPEC)).rows).toEqual([{ row: 2, cells: ['An', '1'] }]);
  });

  it('refuses what is not a table, with a message naming the problem', async () => {
    const fails = async (data: Uint8Array, name: string, spec: TableSpec<F> = SPEC) => {
      const e = await readTable(data, name, spec).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(SheetFileError);
      return (e as Error).message;
    };
    expect(await fails(new Uint8Array(), 'a.csv')).toBe('Tệp rỗng.');
    expect(await fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]), 'a.xls')).toMatch(/\.xls/);
    expect(await fails(new Uint8Array([0x4e, 0x67, 0xe0, 0x79, 0x2c]), 'a.csv')).toMatch(/UTF-8/);
    expect(await fails(utf8('Họ tên,Số tiền\n'), 'a.xlsx')).toMatch(/\.xlsx/);
    expect(await fails(utf8('Họ tên,Số tiền\n'), 'a.csv', { ...SPEC, csv: false })).toMatch(/\.xlsx/);
    expect(await fails(utf8('x,y\n1,2\n'), 'a.csv')).toBe('Không thấy tiêu đề.');
    expect(await fails(utf8('Họ tên,Số tiền\n"open\n'), 'a.csv')).toMatch(/ngoặc kép/);
    expect(await fails(utf8('Họ tên,Số tiền\n1,2\n3,4\n5,6\n'), 'a.csv', { ...SPEC, maxDataRows: 2 })).toMatch(/hơn 2/);
    expect(await fails(utf8('Họ tên\n'), 'a.csv', { ...SPEC, missing: () => 'Thiếu cột.' })).toBe(
      'Không thấy tiêu đề.',
    );
  });

  it('reads .xlsx from the first sheet with the header; formulas give their result, or are marked', async () => {
    const file = await xlsx({
      Bìa: [['Danh sách'], ['Lập ngày 1/1']],
      'Danh sách': [
        ['Tiêu đề'],
        ['Họ tên', 'Số tiền'],
        [{ richText: [{ text: 'An' }, { text: ' Bình' }] }, { formula: '1+1', result: 2 }],
        [null, null],
        ['Chi', 5],
      ],
    });
    const t = await readTable(file, 'x.xlsx', SPEC);
    expect(t.sheet).toBe('Danh sách');
    expect(t.headerRow).toBe(2);
    expect(t.rows).toEqual([
      { row: 3, cells: ['An Bình', 2] },
      { row: 5, cells: ['Chi', 5] },
    ]);
    const marked = await readTable(file, 'x.xlsx', { ...SPEC, formulas: 'mark' });
    expect(marked.rows[0]?.cells[1]).toBe(FORMULA);
    await expect(readTable(await xlsx({ A: [['x']] }), 'x.xlsx', SPEC)).rejects.toThrow('Không thấy tiêu đề.');
  });

  it('when two columns match a field, the more specific name wins', () => {
    const spec: TableSpec<'date'> = {
      aliases: { date: ['Ngày giao dịch', 'Ngày'] },
      isHeader: () => true,
      scan: 1,
      noHeader: '',
    };
    expect(findHeader([{ row: 1, cells: ['Ngày', 'Ngày giao dịch'] }], spec)?.cols).toEqual({ date: 1 });
  });
});
