import { z } from '@hono/zod-openapi';
import { calendarDate, uuid } from '../../http/fields';
import { invalid } from '../../core/errors';
import { addDays, todayVn } from '../../../lib/dates';
import { recommendationStatuses, supervisionKinds, supervisionStatuses } from './schema';

export const day = (what: string) => calendarDate(what, `${what}: ngày có thật, dạng YYYY-MM-DD.`);
export const requiredText = (what: string, max: number) =>
  z.string(`Nhập ${what}.`).trim().min(1, `Nhập ${what}.`).max(max, `${what} tối đa ${max} ký tự.`);
export const optionalText = (what: string, max: number) =>
  z.string(`${what} phải là chuỗi ký tự.`).trim().max(max, `${what} tối đa ${max} ký tự.`).nullish();

export const kind = z.enum(supervisionKinds, {
  message: 'Loại: supervision (giám sát) hoặc social_criticism (phản biện xã hội).',
});
export const status = z.enum(supervisionStatuses, { message: 'Trạng thái: planned, in_progress hoặc concluded.' });
export const recStatus = z.enum(recommendationStatuses, {
  message: 'Trạng thái kiến nghị: issued, sent, answered hoặc closed.',
});

export const teamMember = z.object({
  name: requiredText('họ tên thành viên', 200),
  title: optionalText('Chức vụ', 200),
});
export const team = z
  .array(teamMember, 'Thành phần đoàn là một danh sách [{name, title}].')
  .max(50, 'Thành phần đoàn tối đa 50 người.');

/** A step's date: real, and not more than a day ahead (clocks and time zones). */
export const stepDate = day('Ngày').refine((d) => d <= addDays(todayVn(), 1), 'Ngày không được sau hôm nay.');

/* ---------- Requests ---------- */

const END_BEFORE_START = 'Ngày kết thúc không được trước ngày bắt đầu.';

export const createBody = z
  .object({
    communeId: uuid('xã'),
    kind: kind.default('supervision'),
    subject: requiredText('nội dung giám sát (subject)', 500),
    target: optionalText('Đối tượng giám sát', 300),
    content: optionalText('Nội dung chi tiết', 5000),
    team: team.default([]),
    startDate: day('Ngày bắt đầu'),
    endDate: day('Ngày kết thúc'),
    bodyId: uuid('ban').optional(),
    planSentOn: day('Ngày gửi kế hoạch').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: END_BEFORE_START });
  });

export const patchBody = z
  .object({
    kind: kind.optional(),
    subject: requiredText('nội dung giám sát (subject)', 500).optional(),
    target: optionalText('Đối tượng giám sát', 300),
    content: optionalText('Nội dung chi tiết', 5000),
    team: team.optional(),
    startDate: day('Ngày bắt đầu').optional(),
    endDate: day('Ngày kết thúc').optional(),
    planSentOn: day('Ngày gửi kế hoạch').optional(),
    status: status.optional(),
    findings: optionalText('Kết quả giám sát (findings)', 20000),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: END_BEFORE_START });
  });

export const listQuery = z.object({
  communeId: uuid('xã').optional(),
  kind: kind.optional(),
  status: status.optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});

export const summaryQuery = z
  .object({ communeId: uuid('xã'), from: day('Từ ngày').optional(), to: day('Đến ngày').optional() })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày không được trước từ ngày.' });
  });

export const recommendationBody = z
  .object({
    content: requiredText('nội dung kiến nghị', 2000),
    addressee: requiredText('nơi nhận kiến nghị (addressee)', 300),
    dueDate: day('Hạn trả lời').nullish(),
    /** When the recommendation was made; default today. */
    date: stepDate.optional(),
    note: optionalText('Ghi chú', 2000),
  })
  .superRefine((v, ctx) => {
    if (v.dueDate && v.date && v.dueDate < v.date)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Hạn trả lời không được trước ngày nêu kiến nghị.' });
  });

export const transitionBody = z
  .object({
    to: z.enum(['sent', 'answered', 'closed'], {
      message: 'Bước tiếp theo: sent (đã gửi), answered (đã trả lời) hoặc closed (kết thúc theo dõi).',
    }),
    date: stepDate.optional(),
    note: optionalText('Ghi chú', 2000),
    answer: optionalText('Nội dung trả lời', 5000),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'answered' && !v.answer?.trim())
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Nhập nội dung trả lời của cơ quan nhận kiến nghị.' });
    if (v.to !== 'answered' && v.answer?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'Nội dung trả lời chỉ ghi khi chuyển sang "đã trả lời" (answered).',
      });
  });

export const issueBody = z.object({ date: stepDate.optional() });

/** The summary's period: by default the whole current year; `to` not before `from` (422 naming `to`). */
export function summaryPeriod(q: { from?: string; to?: string }, today: string) {
  const year = today.slice(0, 4);
  const from = q.from ?? `${year}-01-01`;
  const to = q.to ?? `${year}-12-31`;
  if (to < from) throw invalid({ to: 'Đến ngày không được trước từ ngày.' });
  return { from, to };
}

/* ---------- Responses ---------- */

const str = z.string();
const strOrNull = z.string().nullable();
const docRef = z.object({ id: str, number: str, date: str }).nullable();
const byStatus = { planned: z.number(), in_progress: z.number(), concluded: z.number(), held: z.number() };

export const supervisionSchema = z
  .object({
    id: str,
    communeId: str,
    communeName: str.optional(),
    kind: z.enum(supervisionKinds),
    subject: str,
    target: strOrNull,
    content: strOrNull,
    team: z.array(z.object({ name: str, title: strOrNull })),
    startDate: str,
    endDate: str,
    status: z.enum(supervisionStatuses),
    findings: strOrNull,
    bodyId: strOrNull,
    planSentOn: strOrNull,
    planDoc: docRef,
    reportDoc: docRef,
    recommendations: z.object({ total: z.number(), answered: z.number(), overdue: z.number() }),
    canManage: z.boolean().optional(),
    can: z
      .object({
        edit: z.boolean(),
        addRecommendation: z.boolean(),
        issuePlan: z.boolean(),
        issueReport: z.boolean(),
      })
      .optional(),
    createdAt: str,
    updatedAt: str,
  })
  .openapi('Supervision');

export const recommendationSchema = z
  .object({
    id: str,
    supervisionId: str,
    position: z.number(),
    content: str,
    addressee: str,
    dueDate: strOrNull,
    status: z.enum(recommendationStatuses),
    overdue: z.boolean(),
    sentAt: strOrNull,
    answer: strOrNull,
    answeredAt: strOrNull,
    closedAt: strOrNull,
    closingNote: strOrNull,
    createdAt: str,
    history: z
      .array(
        z.object({
          from: z.enum(recommendationStatuses).nullable(),
          to: z.enum(recommendationStatuses),
          date: str,
          note: strOrNull,
          actorName: strOrNull,
          at: str,
        }),
      )
      .optional(),
  })
  .openapi('SupervisionRecommendation');

export const supervisionDetailSchema = supervisionSchema
  .extend({ recommendationList: z.array(recommendationSchema) })
  .openapi('SupervisionDetail');

export const issuedDocumentSchema = z.object({
  document: z.object({ id: str, number: str, date: str }),
  supervision: supervisionSchema,
});

export const summarySchema = z.object({
  communeId: str,
  from: str,
  to: str,
  supervision: z.object(byStatus),
  socialCriticism: z.object(byStatus),
  recommendations: z.object({ issued: z.number(), answered: z.number(), overdue: z.number() }),
  items: z.array(
    z.object({
      id: str,
      subject: str,
      kind: z.enum(supervisionKinds),
      status: z.enum(supervisionStatuses),
      target: strOrNull,
      startDate: str,
      endDate: str,
      recommendations: z.number(),
      answered: z.number(),
    }),
  ),
  text: str,
});
