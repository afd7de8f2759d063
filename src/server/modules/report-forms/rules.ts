import { isNumericType } from '../../../lib/report-fields';
import type { Cell, FieldValue, FormField, Values, Warning } from './schema';

/**
 * The rules of a form's values, pure: the command loads the form version, the unit's table rows and its history, and
 * writes nothing when `errors` is not empty. Errors are keyed `values.<field>` (a table cell
 * `values.<field>.<row>.<column>`), the names the API answers with.
 */
const MAX_TEXT = 4000;

export const isNumericField = (f: Pick<FormField, 'type'>) => isNumericType(f.type);
const isBlank = (v: unknown) => v === null || v === undefined || v === '';

function checkNumber(f: { type: string; min?: number | null; max?: number | null }, v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'Phải là một số.';
  if ((f.type === 'money' || f.type === 'count') && (!Number.isSafeInteger(v) || v < 0))
    return f.type === 'money' ? 'Số tiền là số nguyên đồng, không âm.' : 'Số lượng là số nguyên, không âm.';
  if (f.min !== null && f.min !== undefined && v < f.min) return `Không được nhỏ hơn ${f.min}.`;
  if (f.max !== null && f.max !== undefined && v > f.max) return `Không được lớn hơn ${f.max}.`;
  return null;
}

function checkScalar(f: FormField, v: unknown): string | null {
  if (isBlank(v)) return null;
  switch (f.type) {
    case 'number':
    case 'money':
    case 'count':
      return checkNumber(f, v);
    case 'text':
      return typeof v !== 'string' ? 'Phải là văn bản.' : v.length > MAX_TEXT ? `Tối đa ${MAX_TEXT} ký tự.` : null;
    case 'boolean':
      return typeof v === 'boolean' ? null : 'Chọn có hoặc không.';
    case 'choice':
      // A choice field defined without its options (the minimal API) takes any short text.
      if (typeof v !== 'string') return 'Chọn một phương án.';
      if ((f.choices ?? []).length === 0) return v.length > 300 ? 'Tối đa 300 ký tự.' : null;
      return (f.choices ?? []).includes(v) ? null : 'Chọn một trong các phương án của biểu.';
    case 'table':
      return null;
  }
}

export type Check = { errors: Record<string, string>; values: Values };

/**
 * Checks values against the fields: types, ranges, choices, table rows (`rowIds` of the unit: its commune's villages
 * or organisations), "of which" not above its total, and — when `complete` (submitting) — the required fields.
 */
export function checkValues(
  fields: FormField[],
  input: Record<string, unknown>,
  opts: { complete: boolean; rowIds: Record<'village' | 'organization', string[]> },
): Check {
  const errors: Record<string, string> = {};
  const values: Values = {};
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(input)) {
    if (!byKey.has(key)) errors[`values.${key}`] = 'Biểu mẫu không có trường này.';
  }
  for (const f of fields) {
    const v = input[f.key];
    const name = `values.${f.key}`;
    if (f.type === 'table') {
      const table = checkTable(f, v, opts.rowIds[f.rows ?? 'village'], errors, name);
      if (table) values[f.key] = table;
      else if (opts.complete && f.required) errors[name] ??= 'Trường bắt buộc.';
      continue;
    }
    const problem = checkScalar(f, v);
    if (problem) {
      errors[name] = problem;
      continue;
    }
    if (isBlank(v)) {
      if (opts.complete && f.required) errors[name] = 'Trường bắt buộc.';
      continue;
    }
    values[f.key] = v as FieldValue;
  }
  for (const f of fields) {
    if (!f.ofKey) continue;
    const part = values[f.key];
    const total = values[f.ofKey];
    const totalField = byKey.get(f.ofKey);
    if (typeof part === 'number' && typeof total === 'number' && part > total && !errors[`values.${f.key}`])
      errors[`values.${f.key}`] = `"Trong đó" không được lớn hơn tổng "${totalField?.label ?? f.ofKey}" (${total}).`;
  }
  return { errors, values };
}

function checkTable(
  f: FormField,
  v: unknown,
  rowIds: string[],
  errors: Record<string, string>,
  name: string,
): Record<string, Record<string, Cell>> | null {
  if (isBlank(v)) return null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    errors[name] = 'Bảng phải có dạng {hàng: {cột: giá trị}}.';
    return null;
  }
  const columns = new Map((f.columns ?? []).map((c) => [c.key, c]));
  const out: Record<string, Record<string, Cell>> = {};
  for (const [rowId, row] of Object.entries(v as Record<string, unknown>)) {
    if (!rowIds.includes(rowId)) {
      errors[`${name}.${rowId}`] = f.rows === 'organization' ? 'Tổ chức không thuộc xã.' : 'Thôn không thuộc xã.';
      continue;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      errors[`${name}.${rowId}`] = 'Hàng phải có dạng {cột: giá trị}.';
      continue;
    }
    const cells: Record<string, Cell> = {};
    for (const [colKey, cell] of Object.entries(row as Record<string, unknown>)) {
      const col = columns.get(colKey);
      const cellName = `${name}.${rowId}.${colKey}`;
      if (!col) errors[cellName] = 'Bảng không có cột này.';
      else if (isBlank(cell)) cells[colKey] = null;
      else if (col.type === 'text') {
        if (typeof cell !== 'string') errors[cellName] = 'Phải là văn bản.';
        else cells[colKey] = cell.slice(0, MAX_TEXT);
      } else if (col.type === 'boolean') {
        if (typeof cell !== 'boolean') errors[cellName] = 'Chọn có hoặc không.';
        else cells[colKey] = cell;
      } else {
        const problem = checkNumber(col, cell);
        if (problem) errors[cellName] = problem;
        else cells[colKey] = cell as number;
      }
    }
    for (const col of columns.values()) {
      const part = cells[col.key];
      const total = col.ofKey ? cells[col.ofKey] : undefined;
      const cellName = `${name}.${rowId}.${col.key}`;
      if (typeof part === 'number' && typeof total === 'number' && part > total && !errors[cellName])
        errors[cellName] = `"Trong đó" không được lớn hơn cột "${columns.get(col.ofKey ?? '')?.label}" (${total}).`;
    }
    out[rowId] = cells;
  }
  return out;
}

/**
 * Warnings, not errors: a number far from the unit's own previous periods (more than three times their mean, or less
 * than a third of it), once there are at least two earlier values to compare with.
 */
export function outlierWarnings(fields: FormField[], values: Values, history: Values[]): Warning[] {
  const out: Warning[] = [];
  for (const f of fields) {
    const v = values[f.key];
    if (!isNumericField(f) || typeof v !== 'number') continue;
    const past = history.map((h) => h[f.key]).filter((x): x is number => typeof x === 'number');
    if (past.length < 2) continue;
    const mean = past.reduce((a, b) => a + b, 0) / past.length;
    if (mean <= 0) continue;
    const shown = Math.round(mean * 10) / 10;
    if (v > mean * 3) out.push({ field: f.key, message: `Cao bất thường so với các kỳ trước (trung bình ${shown}).` });
    else if (v < mean / 3)
      out.push({ field: f.key, message: `Thấp bất thường so với các kỳ trước (trung bình ${shown}).` });
  }
  return out;
}

/**
 * A commune's values built from its villages' and organisations' submissions: the fields marked `sum` added up (a
 * table's rows put together); other fields are left for the commune to fill.
 */
export function sumValues(fields: FormField[], parts: Values[]): Values {
  const out: Values = {};
  for (const f of fields) {
    if (!f.sum) continue;
    if (isNumericField(f)) {
      const nums = parts.map((p) => p[f.key]).filter((x): x is number => typeof x === 'number');
      if (nums.length > 0) out[f.key] = nums.reduce((a, b) => a + b, 0);
    } else if (f.type === 'table') {
      const rows: Record<string, Record<string, Cell>> = {};
      for (const p of parts) {
        const t = p[f.key];
        if (t && typeof t === 'object') Object.assign(rows, t);
      }
      if (Object.keys(rows).length > 0) out[f.key] = rows;
    }
  }
  return out;
}

/** The structural rules of a form's fields (zod checks each field's shape): unique keys, "of which" and sources. */
export function checkFields(fields: FormField[], knownSource: (key: string) => boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const keys = new Map<string, number>();
  fields.forEach((f, i) => {
    if (keys.has(f.key)) errors[`fields.${i}.key`] = `Mã "${f.key}" đã dùng cho trường khác.`;
    keys.set(f.key, i);
  });
  fields.forEach((f, i) => {
    if (f.ofKey) {
      const total = fields.find((x) => x.key === f.ofKey);
      if (!total || f.ofKey === f.key) errors[`fields.${i}.ofKey`] = 'Trường "tổng" không có trong biểu.';
      else if (!isNumericField(total) || !isNumericField(f))
        errors[`fields.${i}.ofKey`] = '"Trong đó" chỉ dùng cho trường số.';
    }
    if (f.source && !knownSource(f.source)) errors[`fields.${i}.source`] = 'Nguồn số liệu không có trong hệ thống.';
    if (f.type === 'table' && (f.columns ?? []).length === 0)
      errors[`fields.${i}.columns`] = 'Bảng cần ít nhất một cột.';
    if (f.type === 'table') Object.assign(errors, checkColumns(f, i));
    if (f.min !== null && f.min !== undefined && f.max !== null && f.max !== undefined && f.min > f.max)
      errors[`fields.${i}.max`] = 'Giá trị tối đa nhỏ hơn tối thiểu.';
  });
  return errors;
}

/** A table's columns: keys unique within the table; an "of which" column points at another numeric column of it. */
function checkColumns(f: FormField, i: number): Record<string, string> {
  const errors: Record<string, string> = {};
  const columns = f.columns ?? [];
  const seen = new Set<string>();
  columns.forEach((c, j) => {
    const name = `fields.${i}.columns.${j}`;
    if (seen.has(c.key)) errors[`${name}.key`] = `Mã cột "${c.key}" đã dùng trong bảng "${f.label}".`;
    seen.add(c.key);
    if (!c.ofKey) return;
    const total = columns.find((x) => x.key === c.ofKey);
    if (!total || c.ofKey === c.key) errors[`${name}.ofKey`] = `Cột "tổng" không có trong bảng "${f.label}".`;
    else if (!isNumericType(total.type) || !isNumericType(c.type))
      errors[`${name}.ofKey`] = '"Trong đó" chỉ dùng cho cột số.';
  });
  return errors;
}
