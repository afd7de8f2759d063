import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../core/actor';
import { createHarness, type Harness, seedWorld } from '../testing/harness';
import { exportXlsx, templateXlsx } from '../modules/households/xlsx';
import { registerXlsx } from '../modules/register/register-xlsx';
import { signOffXlsx } from '../modules/relief/sign-off-document';
import { reportXlsx } from '../modules/reports/report-xlsx';
import { rollupXlsx } from '../modules/reports/rollup';
import { createOrganization } from '../modules/units/commands/save-organization';
import { newWorkbook, workbookBytes } from './write-sheet';

const EVIL = '=1+1';

/** Every cell value of every sheet, as read back by Excel's library. */
async function cellsOf(bytes: Uint8Array): Promise<{ values: unknown[]; formulas: number; untyped: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const values: unknown[] = [];
  const untyped: string[] = [];
  let formulas = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        values.push(cell.value);
        if (cell.formula) formulas++;
        const text = typeof cell.value === 'string' ? cell.value : cell.text;
        if (
          cell.type !== ExcelJS.ValueType.Number &&
          cell.type !== ExcelJS.ValueType.Merge &&
          /^[=+\-@\t\r]/.test(text) &&
          cell.numFmt !== '@'
        )
          untyped.push(text);
      }),
    );
  return { values, formulas, untyped };
}

/** "=1+1" came out as the text "=1+1" in a Text-formatted string cell: never a formula, no apostrophe (12.17). */
async function expectNeutralised(bytes: Uint8Array) {
  const { values, formulas, untyped } = await cellsOf(bytes);
  expect(formulas).toBe(0);
  expect(values).toContain(EVIL);
  expect(values).not.toContain(`'${EVIL}`);
  expect(untyped).toEqual([]);
}

describe('the spreadsheet writer', () => {
  it('writes every text cell starting with = + - @, a tab or a CR as text; numbers and other text stay', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('A');
    ws.columns = [{ header: '=HEADER()' }, { header: 'Số' }];
    ws.addRow(['+84 912', -5]);
    ws.addRow(['-x', '@SUM(A1)']);
    ws.addRow(['\tTAB', '\rCR']);
    ws.addRow([{ richText: [{ text: '=rich' }, { text: ' text' }] }, 'Nguyễn Văn An']);
    const merged = ws.addRow(['=merged', '']);
    ws.mergeCells(merged.number, 1, merged.number, 2);
    wb.addWorksheet('B').addRow(['=B()']);
    const { values, formulas, untyped } = await cellsOf(await workbookBytes(wb));
    expect(formulas).toBe(0);
    expect(untyped).toEqual([]);
    expect(values).toEqual([
      '=HEADER()',
      'Số',
      '+84 912',
      -5,
      '-x',
      '@SUM(A1)',
      '\tTAB',
      expect.stringMatching(/^\s?CR$/), // the XML round trip may turn the CR into a line feed
      { richText: [{ text: '=rich' }, { text: ' text' }] },
      'Nguyễn Văn An',
      '=merged',
      '=merged',
      '=B()',
    ]);
  });
});

describe('every export writes "=1+1" as text', () => {
  it('the household template and the household list', async () => {
    const village = { id: EVIL, kind: 'thôn', name: 'Một' } as unknown as Parameters<typeof templateXlsx>[0][number];
    await expectNeutralised(await templateXlsx([village]));
    const household = {
      villageKind: 'thôn',
      villageName: 'Một',
      headName: EVIL,
      address: EVIL,
      members: 3,
      phone: '+84912345678',
      categories: [{ year: 2026, category: 'poor', decisionRef: EVIL }],
    } as unknown as Parameters<typeof exportXlsx>[0][number];
    await expectNeutralised(await exportXlsx([household], { actor: EVIL, filter: EVIL }));
  });

  it('the register of outgoing documents', async () => {
    const doc = {
      date: '2026-01-02',
      createdAt: new Date(),
      number: '01/BC-MTTQ-BTT',
      typeCode: 'BC',
      summary: 'x',
      signer: EVIL,
      recipients: [EVIL],
    } as unknown as Parameters<typeof registerXlsx>[2][number];
    await expectNeutralised(await registerXlsx(EVIL, 2026, [doc]));
  });

  it('the relief sign-off list', async () => {
    const program = { name: EVIL, partner: null, date: '2026-01-02' } as unknown as Parameters<typeof signOffXlsx>[0];
    const row = {
      villageId: 'v1',
      villageName: 'Thôn Một',
      headName: EVIL,
      support: { householdId: 'h1', kind: 'cash', description: null, value: 500_000 },
    } as unknown as Parameters<typeof signOffXlsx>[2][number];
    await expectNeutralised(await signOffXlsx(program, { name: 'Một', kind: 'xã' }, [row], '2026-01-05'));
  });

  it('the report annex and the province roll-up', async () => {
    const model = {
      unit: { id: 'c1', name: 'Một', kind: 'xã', level: 'commune' },
      number: null,
      periodLabel: '6 tháng đầu năm 2026',
      sections: [
        {
          key: 's',
          level: 1,
          heading: 'I',
          paragraphs: [],
          tables: [{ key: 't', caption: 'Biểu', columns: [{ header: 'Tên' }], rows: [[EVIL]] }],
        },
      ],
    } as unknown as Parameters<typeof reportXlsx>[0];
    await expectNeutralised(await reportXlsx(model));
    const commune = { id: 'c1', unitId: 'c1', name: EVIL, kind: 'xã', submitted: false, report: null };
    const total = { value: 1, percent: null, text: '1' };
    const row = {
      key: 'k',
      label: EVIL,
      unitLabel: 'người',
      aggregation: 'sum',
      group: 'indicator',
      cells: [total],
      total,
    };
    await expectNeutralised(
      await rollupXlsx({ kind: 'tỉnh', name: 'Một' }, '2026', [commune], [row] as Parameters<typeof rollupXlsx>[3]),
    );
  });

  describe('the targets template (over HTTP)', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness();
    });
    afterAll(async () => h?.close());

    it('an organisation named "=1+1" is written as text', async () => {
      const w = await seedWorld(h.db);
      await createOrganization(h.db, systemMeta, w.C1, { name: 'Tổ chức', shortName: EVIL });
      const token = await h.login('standing1');
      const ind = await h.request('POST', '/api/v1/indicators', {
        token,
        body: { ownerUnitId: w.C1.id, code: 'X1', name: 'X', unitLabel: 'người', aggregation: 'count' },
      });
      expect(ind.status).toBe(201);
      const res = await h.app.request(
        `/api/v1/targets/template.xlsx?indicatorId=${(ind.body as { id: string }).id}&unitId=${w.C1.id}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(res.status).toBe(200);
      await expectNeutralised(new Uint8Array(await res.arrayBuffer()));
    });
  });
});
