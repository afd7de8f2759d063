import { z } from '@hono/zod-openapi';
import { calendarDate, uuid } from '../../http/fields';

export { uuid };
import { reportTypes } from './schema';

export const isoDate = (what: string) => calendarDate(what, `${what} dạng YYYY-MM-DD, là ngày có thật.`);
export const reportType = z.enum(reportTypes, {
  message: 'Loại báo cáo: half_year (6 tháng), year (năm) hoặc custom (tùy chọn).',
});

/** from/to of a report period, years 2000–2100. */
export const periodFields = {
  from: isoDate('Ngày bắt đầu (from)').refine(
    (d) => d >= '2000-01-01' && d <= '2100-12-31',
    'Ngày bắt đầu trong các năm 2000–2100.',
  ),
  to: isoDate('Ngày kết thúc (to)').refine(
    (d) => d >= '2000-01-01' && d <= '2100-12-31',
    'Ngày kết thúc trong các năm 2000–2100.',
  ),
};

const line = (what: string, min: number, max: number) =>
  z
    .string({ message: `${what} là một chuỗi.` })
    .trim()
    .min(min, `${what} ít nhất ${min} ký tự.`)
    .max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự.`);

export const title = line('Tiêu đề (title)', 10, 300);

export const createBody = z.strictObject({
  unitId: uuid('đơn vị (unitId)'),
  type: reportType,
  ...periodFields,
  meetingId: uuid('hội nghị (meetingId)').nullish(),
  title: title.optional(),
  /** True to create it although this unit already issued a report of the same type for the same period. */
  confirm: z.boolean({ message: 'confirm là true hoặc false.' }).optional(),
});

export const patchBody = z.strictObject({
  edits: z
    .record(
      z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'Mã đoạn văn không hợp lệ.'),
      line('Nội dung đoạn văn', 1, 5000).nullable(),
      { message: 'edits là một bảng { mã đoạn: nội dung | null }.' },
    )
    .optional(),
  tasks: z
    .array(line('Nhiệm vụ', 3, 1000), { message: 'tasks là một danh sách nhiệm vụ.' })
    .max(30, 'Tối đa 30 nhiệm vụ.')
    .nullable()
    .optional(),
  recipients: z
    .array(line('Nơi nhận', 2, 300), { message: 'recipients là một danh sách nơi nhận.' })
    .max(20, 'Tối đa 20 nơi nhận.')
    .nullable()
    .optional(),
  signerName: line('Người ký (signerName)', 2, 100).nullable().optional(),
  signerPosition: line('Chức vụ người ký (signerPosition)', 2, 100).nullable().optional(),
  title: title.optional(),
});

export const issueBody = z.strictObject({
  date: isoDate('Ngày ban hành (date)'),
  signerName: line('Người ký (signerName)', 2, 100).optional(),
});

export const listQuery = z.object({
  unitId: uuid('đơn vị (unitId)').optional(),
  status: z.enum(['draft', 'issued'], { message: 'Trạng thái: draft hoặc issued.' }).optional(),
  year: z.coerce
    .number({ message: 'Năm là một số.' })
    .int('Năm là số nguyên.')
    .min(2000, 'Năm từ 2000.')
    .max(2100, 'Năm đến 2100.')
    .optional(),
});

export const rollupQuery = z.object({ provinceId: uuid('tỉnh (provinceId)'), type: reportType, ...periodFields });

// Responses. The model's figures, indicators and roll-up cells name their stable fields and let the rest
// through: the figure wording is built elsewhere and may grow.

const stamp = z.string().nullable();

/** What the caller may do with a report, computed with the policy. */
export const reportCan = z.object({ edit: z.boolean(), issue: z.boolean(), submit: z.boolean() }).openapi('ReportCan');

export const reportItem = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    unitKind: z.string(),
    type: reportType,
    from: z.string(),
    to: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'issued']),
    meetingId: z.string().nullable(),
    number: z.string().nullable(),
    issuedDate: z.string().nullable(),
    issuedAt: stamp,
    submittedAt: stamp,
    createdAt: stamp,
    updatedAt: stamp,
    can: reportCan,
  })
  .openapi('Report');

export const reportList = z
  .object({ items: z.array(reportItem.extend({ canManage: z.boolean() })) })
  .openapi('ReportList');

const cell = z.union([z.string(), z.number(), z.null()]);
const paragraph = z.object({ key: z.string(), text: z.string(), generated: z.string(), edited: z.boolean() });
const table = z.object({
  key: z.string(),
  caption: z.string(),
  unit: z.string().optional(),
  columns: z.array(
    z.object({
      header: z.string(),
      type: z.enum(['text', 'number', 'index']).optional(),
      width: z.number().optional(),
    }),
  ),
  rows: z.array(z.array(cell)),
  total: z.array(cell).optional(),
});
const section = z.object({
  key: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  heading: z.string(),
  paragraphs: z.array(paragraph),
  tables: z.array(table),
  list: z.array(z.string()).optional(),
});
const figure = z.looseObject({
  key: z.string(),
  group: z.string(),
  label: z.string(),
  unitLabel: z.string(),
  aggregation: z.enum(['sum', 'count', 'ratio']),
  value: z.number(),
  text: z.string(),
});
const indicatorTarget = z.object({
  value: z.number(),
  by: z.string(),
  source: z.string(),
  percent: z.string().nullable(),
  met: z.boolean(),
  text: z.string(),
});
const indicator = z.looseObject({
  code: z.string(),
  name: z.string(),
  unitLabel: z.string(),
  aggregation: z.enum(['sum', 'count', 'ratio']),
  actual: z.number(),
  denominator: z.number().optional(),
  text: z.string(),
  targets: z.array(indicatorTarget),
  met: z.object({ count: z.number(), of: z.number(), text: z.string() }).optional(),
});

export const reportModelResponse = z
  .object({
    id: z.string(),
    status: z.enum(['draft', 'issued']),
    type: reportType,
    from: z.string(),
    to: z.string(),
    periodLabel: z.string(),
    title: z.string(),
    unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), level: z.string() }),
    parent: z.object({ name: z.string(), kind: z.string() }).nullable(),
    number: z.string().nullable(),
    date: z.string().nullable(),
    meeting: z
      .object({
        id: z.string(),
        title: z.string(),
        date: z.string(),
        place: z.string().nullable(),
        chair: z.string().nullable(),
        chairTitle: z.string().nullable(),
        delegates: z.number(),
      })
      .nullable(),
    sections: z.array(section),
    figures: z.array(figure),
    indicators: z.array(indicator),
    tasks: z.array(z.string()),
    recipients: z.array(z.string()),
    signer: z.object({ name: z.string(), position: z.string() }),
    builtAt: z.string(),
    issuedAt: stamp,
    submittedAt: stamp,
    canEdit: z.boolean(),
    canIssue: z.boolean(),
    canSubmit: z.boolean(),
    can: reportCan,
  })
  .openapi('ReportModel');

const rollupCell = z.looseObject({
  value: z.number(),
  denominator: z.number().optional(),
  target: z.number().optional(),
  percent: z.string().nullable(),
  text: z.string(),
});

export const rollupResponse = z
  .object({
    provinceId: z.string(),
    type: reportType,
    from: z.string(),
    to: z.string(),
    periodLabel: z.string(),
    submitted: z.number(),
    communes: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        kind: z.string(),
        submitted: z.boolean(),
        report: z
          .object({
            id: z.string(),
            number: z.string().nullable(),
            issuedDate: z.string().nullable(),
            submittedAt: z.string(),
            title: z.string(),
          })
          .nullable(),
      }),
    ),
    columns: z.array(z.object({ unitId: z.string(), name: z.string(), kind: z.string() })),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        unitLabel: z.string(),
        aggregation: z.enum(['sum', 'count', 'ratio']),
        group: z.string(),
        cells: z.array(rollupCell.nullable()),
        total: rollupCell,
      }),
    ),
  })
  .openapi('ReportRollup');
