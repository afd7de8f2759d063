import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FORMULA } from './cells';
import { readTable } from './read-sheet';
import { OFF_THREAD_BYTES, xlsxGrids, xlsxGridsOffThread } from './xlsx-grids';

/** A big workbook is read in a worker thread, to the very same cells as in this thread. */
async function workbook(rows: number) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').addRow(['Điền danh sách ở trang sau']);
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Họ tên', 'Ngày vào', 'Số', 'Ghi chú']);
  for (let i = 0; i < rows; i++)
    ws.addRow([
      i % 7 === 0 ? { richText: [{ text: 'Nguyễn ' }, { text: `Thị ${i}`, font: { bold: true } }] } : `Người số ${i}`,
      new Date(Date.UTC(2020, i % 12, (i % 28) + 1)),
      i % 11 === 0 ? { formula: `${i}+1`, result: i + 1 } : i,
      i % 13 === 0 ? { text: 'trang', hyperlink: 'https://example.org' } : null,
    ]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('reading a workbook off the event loop', () => {
  it('gives the same grids in a worker thread as here, formulas marked or read', { timeout: 60_000 }, async () => {
    const bytes = await workbook(4000);
    expect(bytes.byteLength).toBeGreaterThan(OFF_THREAD_BYTES);
    for (const formulas of ['mark', 'result'] as const) {
      const here = await xlsxGrids(bytes, { formulas, limit: 10_000 });
      const there = await xlsxGridsOffThread(bytes, { formulas, limit: 10_000 });
      expect(there).toEqual(here);
      expect(here?.map((g) => [g.name, g.rows.length, g.tooMany])).toEqual([
        ['Hướng dẫn', 1, false],
        ['Danh sách', 4001, false],
      ]);
      expect(there?.[1]?.rows[1]?.cells).toEqual([
        'Nguyễn Thị 0',
        new Date(Date.UTC(2020, 0, 1)),
        formulas === 'mark' ? FORMULA : 1,
        'trang',
      ]);
    }
    const capped = await xlsxGridsOffThread(bytes, { formulas: 'result', limit: 100 });
    expect(capped?.[1]).toMatchObject({ tooMany: true });
    expect(
      await xlsxGridsOffThread(new TextEncoder().encode('PK\u0003\u0004 not a zip'), { formulas: 'result', limit: 1 }),
    ).toBeNull();
  });

  it('finds the table of a big file on the sheet that has it', { timeout: 60_000 }, async () => {
    const table = await readTable(await workbook(4000), 'ds.xlsx', {
      aliases: { name: ['Họ tên'], joined: ['Ngày vào'] },
      isHeader: (c) => c.name !== undefined,
      scan: 5,
      noHeader: 'không có tiêu đề',
      maxDataRows: 5000,
    });
    expect(table).toMatchObject({ sheet: 'Danh sách', headerRow: 1, cols: { name: 0, joined: 1 } });
    expect(table.rows).toHaveLength(4000);
  });
});
