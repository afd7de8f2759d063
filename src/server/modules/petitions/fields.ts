import { z } from '@hono/zod-openapi';
import { calendarDate, hasSpoofingChars, SPOOFING_MESSAGE, uuid } from '../../http/fields';

export { uuid };
import { todayVn } from '../../../lib/dates';
import { petitionAgencies, petitionFields, petitionStatuses } from './schema';

/** Request schemas shared by the staff API and the portal form; messages name what is wrong in Vietnamese. */
export const day = (what: string) => calendarDate(what);
export const notFuture = (d: string) => d <= todayVn();

export const content = z
  .string()
  .trim()
  .min(1, 'Nhập nội dung ý kiến, kiến nghị.')
  .max(5000, 'Nội dung tối đa 5.000 ký tự.');
export const field = z.enum(petitionFields, { message: `Lĩnh vực là một trong: ${petitionFields.join(', ')}.` });
export const agency = z.enum(petitionAgencies, {
  message: `Cơ quan trả lời là một trong: ${petitionAgencies.join(', ')}.`,
});
export const status = z.enum(petitionStatuses, { message: `Trạng thái là một trong: ${petitionStatuses.join(', ')}.` });
export const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} tối đa ${max} ký tự.`)
    .refine((v) => !hasSpoofingChars(v), `${what}: ${SPOOFING_MESSAGE}`)
    .nullish()
    .transform((v) => v || null);

export const submitter = {
  submitterName: optionalText('Họ tên người gửi', 200),
  submitterContact: optionalText('Điện thoại/email người gửi', 200),
  submitterAddress: optionalText('Địa chỉ người gửi', 300),
};

/* ---------- Staff API requests ---------- */

export const createBody = z
  .object({
    communeId: uuid('xã'),
    content,
    field,
    agency,
    agencyName: optionalText('Tên cơ quan', 200),
    meetingId: uuid('hội nghị').nullish(),
    villageId: uuid('thôn').nullish(),
    dueDate: day('Hạn trả lời').nullish(),
    receivedAt: day('Ngày tiếp nhận').refine(notFuture, 'Ngày tiếp nhận không được sau hôm nay.').optional(),
    ...submitter,
  })
  .superRefine((v, ctx) => {
    if (v.agency === 'other' && !v.agencyName)
      ctx.addIssue({
        code: 'custom',
        path: ['agencyName'],
        message: 'Ghi tên cơ quan trả lời (agencyName) khi chọn "cơ quan khác".',
      });
    if (v.dueDate && v.receivedAt && v.dueDate < v.receivedAt)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Hạn trả lời không được trước ngày tiếp nhận.' });
  });

export const transitionBody = z
  .object({
    to: z.enum(['forwarded', 'answered', 'closed'], {
      message:
        'Bước chuyển (to): forwarded (đã chuyển), answered (đã trả lời) hoặc closed (đã thông tin lại cho cử tri).',
    }),
    date: day('Ngày').refine(notFuture, 'Ngày không được sau hôm nay.').optional(),
    note: optionalText('Ghi chú', 2000),
    document: optionalText('Văn bản', 300),
    answer: optionalText('Nội dung trả lời', 10000),
    answerPublic: z.boolean({ message: 'answerPublic là true hoặc false.' }).optional(),
    dueDate: day('Hạn trả lời').nullish(),
    meetingId: uuid('hội nghị').nullish(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.to === 'answered' && !v.answer) issue('answer', 'Nhập nội dung trả lời của cơ quan có thẩm quyền.');
    if (v.to !== 'answered' && v.answer) issue('answer', 'Nội dung trả lời chỉ ghi ở bước "đã trả lời".');
    if (v.to === 'closed' && !v.meetingId) issue('meetingId', 'Chọn hội nghị đã thông tin kết quả trả lời tới cử tri.');
    if (v.to !== 'closed' && v.meetingId) issue('meetingId', 'Hội nghị chỉ ghi ở bước "đã thông tin lại cho cử tri".');
    if (v.to !== 'forwarded' && v.dueDate) issue('dueDate', 'Hạn trả lời ghi khi chuyển kiến nghị.');
  });

export const listQuery = z.object({
  communeId: uuid('xã').optional(),
  status: status.optional(),
  field: field.optional(),
  agency: agency.optional(),
  villageId: uuid('thôn').optional(),
  meetingId: uuid('hội nghị').optional(),
  overdue: z.enum(['true', 'false'], { message: 'overdue là true hoặc false.' }).optional(),
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').optional(),
  page: z.coerce
    .number({ message: 'Trang là một số.' })
    .int('Trang là số nguyên.')
    .min(1, 'Trang từ 1.')
    .max(100000)
    .default(1),
  pageSize: z.coerce
    .number({ message: 'Cỡ trang là một số.' })
    .int('Cỡ trang là số nguyên.')
    .min(1, 'Cỡ trang từ 1.')
    .max(200, 'Cỡ trang tối đa 200.')
    .default(50),
});

export const periodQuery = z
  .object({
    communeId: uuid('xã'),
    from: day('Từ ngày').optional(),
    to: day('Đến ngày').optional(),
    session: z.string().trim().max(100, 'Kỳ họp tối đa 100 ký tự.').optional(),
    title: z.string().trim().min(1).max(300, 'Tiêu đề tối đa 300 ký tự.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau từ ngày.' });
  });
export const optionsQuery = z.object({ communeId: uuid('xã') });

export const issueSynthesisBody = periodQuery.and(z.object({ date: day('Ngày ban hành').optional() }));

/** [from, to]: by default from the first of January of `to`'s year up to today. */
export const periodOf = (q: { from?: string; to?: string }) => {
  const to = q.to ?? todayVn();
  return { from: q.from ?? `${to.slice(0, 4)}-01-01`, to };
};

/* ---------- Responses ---------- */

const str = z.string();
const strOrNull = z.string().nullable();
const counts = { received: z.number(), answered: z.number(), overdue: z.number() };

export const petitionSchema = z.object({
  id: str,
  code: str,
  communeId: str,
  villageId: strOrNull,
  villageName: strOrNull,
  meetingId: strOrNull,
  meetingTitle: strOrNull,
  source: z.enum(['meeting', 'portal', 'staff']),
  sourceLabel: str,
  content: str,
  field: z.enum(petitionFields),
  fieldLabel: str,
  agency: z.enum(petitionAgencies),
  agencyLabel: str,
  agencyName: strOrNull,
  agencyText: str,
  dueDate: strOrNull,
  overdue: z.boolean(),
  status: z.enum(petitionStatuses),
  statusLabel: str,
  nextStatus: z.enum(petitionStatuses).nullable(),
  receivedAt: str,
  submitterName: strOrNull,
  submitterContact: strOrNull,
  submitterAddress: strOrNull,
  hasSubmitter: z.boolean(),
  forwardedAt: strOrNull,
  forwardDocument: strOrNull,
  answer: strOrNull,
  answerDocument: strOrNull,
  answeredAt: strOrNull,
  answerPublic: z.boolean(),
  closedAt: strOrNull,
  closedMeetingId: strOrNull,
  closedMeetingTitle: strOrNull,
  createdAt: str,
  updatedAt: str,
});

export const petitionListSchema = z.object({
  items: z.array(petitionSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const eventSchema = z.object({
  id: str,
  fromStatus: z.enum(petitionStatuses).nullable(),
  toStatus: z.enum(petitionStatuses),
  statusLabel: str,
  date: str,
  note: strOrNull,
  document: strOrNull,
  meetingId: strOrNull,
  meetingTitle: strOrNull,
  meetingDate: strOrNull,
  actorId: strOrNull,
  actorName: strOrNull,
  at: str,
});

export const petitionDetailSchema = petitionSchema
  .extend({
    history: z.array(eventSchema),
    canTransition: z.boolean(),
    can: z.object({ transition: z.boolean() }),
  })
  .openapi('PetitionDetail');

export const summarySchema = z.object({
  communeId: str,
  from: str,
  to: str,
  asOf: str,
  ...counts,
  forwarded: z.number(),
  closed: z.number(),
  byStatus: z.record(z.enum(petitionStatuses), z.number()),
  bySource: z.object({ meeting: z.number(), portal: z.number(), staff: z.number() }),
  byField: z.array(z.object({ field: z.enum(petitionFields), label: str, ...counts })),
  byAgency: z.array(z.object({ agency: z.enum(petitionAgencies), label: str, ...counts })),
});

export const optionsSchema = z.object({
  canCreate: z.boolean(),
  canManage: z.boolean(),
  villages: z.array(z.object({ id: str, name: str, canCreate: z.boolean() })),
  meetings: z.array(z.object({ id: str, title: str, date: str, type: str })),
});

export const issuedSynthesisSchema = z.object({ documentId: str, number: str, date: str, docx: str, pdf: str });
