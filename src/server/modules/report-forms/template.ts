import { invalid } from '../../core/errors';
import { fieldsOf } from '../../http/router';
import { readTable, SheetFileError, type SheetRow, type Table, type TableSpec } from '../../files/read-sheet';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import { formField } from './fields';
import { PERIOD_KIND_LABELS } from '../../../lib/report-periods';
import type { FormField, ReportForm } from './schema';

/**
 * A form as an Excel template and back: one line per field (code, label, type, section, required, min, max, "of
 * which" of, summed from below, source, choices or a table's columns, a table's rows). Importing a template gives the fields for the builder to show and
 * save; a bad line is a 422 naming `rows.<line>.<column>`, and nothing is kept.
 */
const COLS = {
  key: 'Mã',
  label: 'Tên trường',
  type: 'Kiểu',
  section: 'Mục',
  required: 'Bắt buộc',
  min: 'Tối thiểu',
  max: 'Tối đa',
  ofKey: 'Trong đó của',
  sum: 'Cộng từ cấp dưới',
  source: 'Nguồn số liệu',
  choices: 'Phương án',
  rows: 'Dòng của bảng',
} as const;
type Col = keyof typeof COLS;

const SPEC: TableSpec<Col> = {
  aliases: Object.fromEntries(Object.entries(COLS).map(([k, v]) => [k, [v]])) as Record<Col, string[]>,
  isHeader: (c) => c.key !== undefined && c.label !== undefined && c.type !== undefined,
  scan: 10,
  noHeader: `Dòng tiêu đề phải có các cột "${COLS.key}", "${COLS.label}", "${COLS.type}" (tải mẫu để điền).`,
  maxDataRows: 200,
  csv: false,
};

const yes = (s: string) => ['x', 'có', 'co', 'yes', '1', 'true'].includes(s.trim().toLowerCase());
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/**
 * Table columns written "code=Label=type; …" in the choices column of a table field, an "of which" column as
 * "code=Label=type=total code".
 */
const columnsOf = (s: string) =>
  splitUnescaped(s, ';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const parts = splitUnescaped(c, '=').map((x) => unescapeText(x).trim());
      const [key = '', label = '', type = 'number', ofKey = ''] = parts;
      return { key, label: label || key, type, ...(ofKey ? { ofKey } : {}) };
    });
/** A table's rows: "organization" (or "tổ chức") for one per organisation, else one per village. */
const rowsOf = (s: string) =>
  ['organization', 'tổ chức'].includes(s.trim().toLowerCase()) ? 'organization' : 'village';
/** A label may hold "=" or ";": written "\=" and "\;" so the column list still splits where it should. */
const escapeText = (s: string) => s.replace(/[\\;=]/g, (c) => `\\${c}`);
const unescapeText = (s: string) => s.replace(/\\(.)/g, '$1');
function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s.charAt(i + 1);
      i++;
    } else if (c === sep) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}
const columnText = (c: NonNullable<FormField['columns']>[number]) =>
  [c.key, escapeText(c.label), c.type, ...(c.ofKey ? [c.ofKey] : [])].join('=');

export async function templateWorkbook(form: ReportForm | null, fields: FormField[]) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Biểu mẫu');
  ws.addRow([form ? form.title : 'Tên biểu mẫu']).font = { bold: true, size: 13 };
  ws.addRow([form ? `Báo cáo ${PERIOD_KIND_LABELS[form.periodKind]}` : '']);
  ws.addRow([]);
  const header = ws.addRow(Object.values(COLS));
  header.font = { bold: true };
  for (const f of fields)
    ws.addRow([
      f.key,
      f.label,
      f.type,
      f.section ?? '',
      f.required ? 'x' : '',
      f.min ?? null,
      f.max ?? null,
      f.ofKey ?? '',
      f.sum ? 'x' : '',
      f.source ?? '',
      f.type === 'table' ? (f.columns ?? []).map(columnText).join('; ') : (f.choices ?? []).join('; '),
      f.type === 'table' ? (f.rows ?? 'village') : '',
    ]);
  ws.columns.forEach((c, i) => {
    c.width = [16, 48, 10, 24, 10, 10, 10, 16, 16, 24, 40, 14][i] ?? 12;
  });
  return workbookBytes(wb);
}

/** The fields of an uploaded template, each line checked like a field of the builder. */
export async function readTemplate(data: ArrayBuffer, fileName: string): Promise<FormField[]> {
  let table: Table<Col>;
  try {
    table = await readTable(data, fileName, SPEC);
  } catch (e) {
    if (e instanceof SheetFileError) throw invalid({ file: e.message });
    throw e;
  }
  const at = (r: SheetRow, c: Col) => {
    const i = table.cols[c];
    const v = i === undefined ? null : r.cells[i];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const fields: FormField[] = [];
  const bad: Record<string, string> = {};
  for (const r of table.rows) {
    const type = at(r, 'type');
    const raw = {
      key: at(r, 'key'),
      label: at(r, 'label'),
      type,
      section: at(r, 'section') || null,
      required: yes(at(r, 'required')),
      min: num(at(r, 'min')),
      max: num(at(r, 'max')),
      ofKey: at(r, 'ofKey') || null,
      sum: yes(at(r, 'sum')),
      source: at(r, 'source') || null,
      ...(type === 'table'
        ? { rows: rowsOf(at(r, 'rows')), columns: columnsOf(at(r, 'choices')) }
        : type === 'choice'
          ? {
              choices: at(r, 'choices')
                .split(';')
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : {}),
    };
    const parsed = formField.safeParse(raw);
    if (parsed.success) fields.push(parsed.data as FormField);
    else for (const [k, m] of Object.entries(fieldsOf(parsed.error.issues))) bad[`rows.${r.row}.${k}`] = m;
  }
  if (Object.keys(bad).length > 0) throw invalid(bad, 'Tệp có dòng sai; chưa đọc được biểu mẫu.');
  if (fields.length === 0) throw invalid({ file: 'Tệp chưa có trường nào.' });
  return fields;
}
