import { z } from '@hono/zod-openapi';
import { FIELD_KEY } from '../../../lib/report-fields';
import { text, uuid } from '../../http/fields';
import { fieldTypes, fillerKinds, periodKinds, submissionStatuses } from './schema';

const key = z
  .string()
  .regex(FIELD_KEY, 'Mã trường: chữ cái không dấu, số, gạch dưới (bắt đầu bằng chữ), tối đa 40 ký tự.');
const label = text('tên trường', 300).transform((s) => s.normalize('NFC'));
const bound = z.number().finite().nullish();

const column = z.object({
  key,
  label,
  type: z.enum(['number', 'money', 'count', 'text', 'boolean'], {
    message: 'Kiểu cột: number, money, count, text hoặc boolean.',
  }),
  /** "Of which": a cell of this column may not be above the same row's cell of that (numeric) column. */
  ofKey: key.nullish(),
});

export const formField = z
  .object({
    key,
    label,
    type: z.enum(fieldTypes, {
      message: 'Kiểu trường: number, money, count, text, boolean, choice hoặc table.',
    }),
    section: text('mục', 200).nullish(),
    required: z.boolean().optional(),
    min: bound,
    max: bound,
    ofKey: key.nullish(),
    sum: z.boolean().optional(),
    source: z.string().max(80).nullish(),
    sourceParams: z.record(z.string(), z.string().max(200)).optional(),
    choices: z.array(text('phương án', 200)).max(30).optional(),
    rows: z.enum(['village', 'organization']).optional(),
    columns: z.array(column).max(20).optional(),
  })
  .openapi('ReportFormField');

const fillers = z
  .union([z.enum(fillerKinds), z.array(z.enum(fillerKinds)).min(1).max(3)], {
    message: 'Đơn vị báo cáo: commune, village, organization (một hoặc danh sách).',
  })
  .transform((v) => [...new Set(Array.isArray(v) ? v : [v])]);

export const createFormBody = z.object({
  ownerUnitId: uuid('đơn vị ban hành'),
  title: text('tên biểu mẫu', 300).transform((s) => s.normalize('NFC')),
  periodKind: z.enum(periodKinds, { message: 'Kỳ báo cáo: week, month, quarter, half_year hoặc year.' }),
  fillers,
  fields: z.array(formField).min(1, 'Biểu mẫu cần ít nhất một trường.').max(200),
  dueDays: z.number().int().min(0).max(90).optional(),
});

export const updateFormBody = z.object({
  title: text('tên biểu mẫu', 300)
    .transform((s) => s.normalize('NFC'))
    .optional(),
  fields: z.array(formField).min(1, 'Biểu mẫu cần ít nhất một trường.').max(200).optional(),
  dueDays: z.number().int().min(0).max(90).optional(),
});

export const formOut = z
  .object({
    id: z.string(),
    ownerUnitId: z.string(),
    ownerName: z.string(),
    title: z.string(),
    periodKind: z.enum(periodKinds),
    fillers: z.array(z.enum(fillerKinds)),
    dueDays: z.number(),
    version: z.number(),
    fields: z.array(formField),
    /** The first period the newest version applies to ('' = every period). */
    validFrom: z.string(),
    currentPeriod: z.string(),
    can: z.object({ edit: z.boolean(), fill: z.boolean() }),
  })
  .openapi('ReportForm');
export const formListOut = z.object({ items: z.array(formOut) });

const values = z.record(z.string(), z.unknown()).openapi({ description: 'Giá trị theo mã trường' });
const period = z.string().min(4).max(10);

export const createSubmissionBody = z.object({
  formId: uuid('biểu mẫu'),
  unitId: uuid('đơn vị'),
  period,
  values: values.default({}),
  /** Where prefilled values came from (field key → source label), kept with the submission. */
  sources: z.record(z.string(), z.string().max(300)).optional(),
});
export const updateSubmissionBody = z.object({
  values,
  sources: z.record(z.string(), z.string().max(300)).optional(),
});
export const transitionBody = z.object({
  to: z.enum(['submitted', 'accepted', 'returned'], { message: 'Chuyển sang: submitted, accepted hoặc returned.' }),
  comment: text('nhận xét', 2000).nullish(),
});
export const correctionBody = z.object({
  reason: text('lý do điều chỉnh', 1000),
  values: values.optional(),
});

const warning = z.object({ field: z.string(), message: z.string() });
export const submissionOut = z
  .object({
    id: z.string(),
    formId: z.string(),
    formVersion: z.number(),
    unitId: z.string(),
    unitKind: z.enum(fillerKinds),
    unitName: z.string(),
    period: z.string(),
    periodLabel: z.string(),
    version: z.number(),
    isCurrent: z.boolean(),
    status: z.enum(submissionStatuses),
    values,
    sources: z.record(z.string(), z.string()),
    warnings: z.array(warning),
    returnComment: z.string().nullable(),
    correctionReason: z.string().nullable(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    dueDate: z.string(),
    late: z.boolean(),
    can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), correct: z.boolean() }),
  })
  .openapi('ReportSubmission');
const tableRow = z.object({ id: z.string(), name: z.string() });
export const submissionDetailOut = submissionOut
  .extend({
    fields: z.array(formField),
    history: z.array(submissionOut.omit({ can: true })),
    /** The rows a table field has (its `rows`: the commune's villages or organisations); empty without tables. */
    tableRows: z.object({ village: z.array(tableRow), organization: z.array(tableRow) }),
  })
  .openapi('ReportSubmissionDetail');

export const submissionListQuery = z.object({
  formId: uuid('biểu mẫu'),
  period: period.optional(),
  unitId: uuid('đơn vị').optional(),
});
export const submissionListOut = z.object({ items: z.array(submissionOut) });

export const periodQuery = z.object({ period });
export const unitPeriodQuery = z.object({ unitId: uuid('đơn vị'), period });

export const cellStatus = z.enum(['missing', 'draft', 'submitted', 'accepted', 'returned']);
export const completenessOut = z.object({
  period: z.string(),
  dueDate: z.string(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      unitKind: z.enum(fillerKinds),
      status: cellStatus,
      submissionId: z.string().nullable(),
      submittedAt: z.string().nullable(),
      late: z.boolean(),
    }),
  ),
});

export const gridQuery = z.object({ from: period.optional(), to: period.optional() });
export const remindBody = z.object({ period });
export const exportQuery = z.object({
  period: period.optional(),
  unitId: uuid('đơn vị').optional(),
  from: period.optional(),
  to: period.optional(),
});
export const gridOut = z.object({
  periods: z.array(z.object({ period: z.string(), label: z.string(), dueDate: z.string() })),
  units: z.array(z.object({ unitId: z.string(), name: z.string(), kind: z.enum(fillerKinds) })),
  /** One row per unit, one cell per period: on_time, late, returned, missing (past due), draft, open (not yet due). */
  cells: z.array(z.array(z.enum(['on_time', 'late', 'returned', 'missing', 'draft', 'open']))),
  totals: z.object({ on_time: z.number(), late: z.number(), returned: z.number(), missing: z.number() }),
  /** Mail is configured (SMTP_URL): reminders can be e-mailed. */
  mail: z.boolean(),
  can: z.object({ remind: z.boolean() }),
});

export const prefillOut = z.object({
  values,
  sources: z.record(z.string(), z.object({ source: z.string(), label: z.string() })),
});
export const rollupOut = z.object({
  values,
  from: z.array(z.object({ unitId: z.string(), name: z.string(), kind: z.enum(fillerKinds), status: z.string() })),
});
export const lateTextOut = z.object({ text: z.string(), late: z.number() });
export const sourcesOut = z.object({ items: z.array(z.object({ key: z.string(), label: z.string() })) });
