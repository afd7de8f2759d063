import { z } from '@hono/zod-openapi';
import { calendarDate, uuid } from '../../http/fields';
import { aggregations } from './schema';

/** zod fields shared by the targets routes, each with its Vietnamese message. */

export const wholeNumber = (what: string) =>
  z
    .number({ message: `${what} phải là một số.` })
    .int(`${what} phải là số nguyên.`)
    .min(0, `${what} không được âm.`)
    .max(Number.MAX_SAFE_INTEGER, `${what} quá lớn.`);

export const assignedBy = z.union(
  [
    z.object({ unitId: uuid('đơn vị giao') }).strict(),
    z
      .object({
        body: z
          .string()
          .trim()
          .min(1, 'Nhập cơ quan giao chỉ tiêu.')
          .max(200, 'Tên cơ quan quá dài (tối đa 200 ký tự).'),
      })
      .strict(),
  ],
  { message: 'Nơi giao phải là {"unitId"} hoặc {"body":"Đảng ủy xã"}.' },
);

export const period = { from: calendarDate('Ngày bắt đầu'), to: calendarDate('Ngày kết thúc') };

/** from ≤ to, reported on `to`. */
export function checkPeriod(v: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
}

// Response schemas: the OpenAPI document describes every answer, and the web's types are generated from it.

export const indicatorOut = z
  .object({
    id: z.string(),
    ownerUnitId: z.string(),
    communeId: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    unitLabel: z.string(),
    aggregation: z.enum(aggregations),
    source: z.string(),
    sourceParams: z.record(z.string(), z.string()),
    active: z.boolean(),
    can: z.object({ edit: z.boolean() }),
  })
  .openapi('Indicator');

export const targetOut = z
  .object({
    id: z.string(),
    indicatorId: z.string(),
    unitId: z.string(),
    organizationId: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    value: z.number(),
    assignedBy: z.union([z.object({ unitId: z.string() }), z.object({ body: z.string() })]),
    can: z.object({ edit: z.boolean() }),
  })
  .openapi('Target');

export const entryOut = z
  .object({
    id: z.string(),
    indicatorId: z.string(),
    unitId: z.string(),
    organizationId: z.string().nullable(),
    roundAssignmentId: z.string().nullable(),
    date: z.string(),
    value: z.number(),
    denominator: z.number().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    voided: z.boolean(),
    voidReason: z.string().nullable(),
    can: z.object({ void: z.boolean(), attachEvidence: z.boolean() }),
  })
  .openapi('Entry');

/** What the caller may do at the unit asked about: define its own indicators, assign targets below it. */
export const indicatorRightsOut = z.object({ define: z.boolean(), assignTargets: z.boolean() });

export const evidenceOut = z
  .object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number() })
  .openapi('Evidence');

export const roundOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    title: z.string(),
    from: z.string(),
    to: z.string(),
    dueDate: z.string(),
    can: z
      .object({ manage: z.boolean() })
      .optional()
      .openapi({ description: 'Mở lại, nhắc nộp (Ban Thường trực xã hoặc cấp trên)' }),
  })
  .openapi('ReportingRound');

export const boardOut = z
  .object({
    round: roundOut,
    summary: z.object({ submitted: z.number(), late: z.number(), pending: z.number() }),
    items: z.array(
      z.object({
        assignmentId: z.string(),
        unitId: z.string(),
        unitName: z.string(),
        unitKind: z.string(),
        organizationId: z.string().nullable(),
        organizationName: z.string().nullable(),
        indicatorIds: z.array(z.string()),
        reportedIndicators: z.array(z.string()),
        status: z.enum(['submitted', 'late', 'pending']),
        submittedAt: z.string().nullable(),
        reopenedCount: z.number(),
        can: z.object({ submit: z.boolean(), reopen: z.boolean() }),
      }),
    ),
    can: z.object({ manage: z.boolean() }),
    reminder: z.string().openapi({ description: 'Tin nhắn nhắc để dán vào Zalo' }),
  })
  .openapi('RoundBoard');

/** A figure judged against one target: the target, the percentage reached and whether it is met. */
const judged = {
  actual: z.number(),
  denominator: z.number().optional().openapi({ description: 'Chỉ có ở chỉ tiêu tỷ lệ' }),
  target: z.number().optional(),
  percent: z.number().nullable().optional(),
  met: z.boolean().optional(),
};
const metCount = z.object({
  count: z.number(),
  of: z.number(),
  text: z.string().openapi({ description: 'Câu tiếng Việt, ví dụ "5/6 thôn đạt chỉ tiêu"' }),
  level: z
    .enum(['province', 'district', 'commune', 'village'])
    .optional()
    .openapi({ description: 'Cấp của các đơn vị được đếm (không có khi đếm tổ chức): để ứng dụng tự viết câu' }),
});

export const progressOut = z
  .object({
    unitId: z.string(),
    from: z.string(),
    to: z.string(),
    items: z.array(
      z.object({
        indicatorId: z.string(),
        code: z.string(),
        name: z.string(),
        unitLabel: z.string(),
        aggregation: z.enum(aggregations),
        source: z.string(),
        actual: z.number(),
        denominator: z.number().optional(),
        text: z.string(),
        targets: z.array(
          z.object({
            targetId: z.string(),
            value: z.number(),
            from: z.string(),
            to: z.string(),
            assignedBy: z.union([z.object({ unitId: z.string(), name: z.string() }), z.object({ body: z.string() })]),
            percent: z.number().nullable(),
            met: z.boolean(),
            text: z.string(),
          }),
        ),
        allocated: z.number(),
        children: z.array(z.object({ unitId: z.string(), name: z.string(), ...judged, text: z.string() })),
        met: metCount.optional(),
        organizations: z.array(z.object({ organizationId: z.string(), name: z.string(), ...judged })),
        organizationsMet: metCount.optional(),
      }),
    ),
  })
  .openapi('Progress');

export const overviewOut = z
  .object({
    unitId: z.string(),
    from: z.string(),
    to: z.string(),
    indicators: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        unitLabel: z.string(),
        aggregation: z.enum(aggregations),
        manual: z.boolean(),
      }),
    ),
    rows: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        kind: z.string(),
        cells: z.array(z.object({ indicatorId: z.string(), ...judged })),
      }),
    ),
  })
  .openapi('ProgressOverview');
