import { z } from '@hono/zod-openapi';
import { calendarDate, uuid } from '../../http/fields';

export { uuid };
import { meetingStatuses, meetingTypes } from './schema';

/** A required-or-typed message pair: "missing" reads better than "wrong type" when the field is absent. */
const msg = (missing: string, wrong: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? missing : wrong),
});

const optText = (what: string, max: number) =>
  z.string(`${what} phải là chuỗi ký tự.`).trim().max(max, `${what} tối đa ${max} ký tự.`).nullish();
const count = (what: string) =>
  z
    .number(`${what} phải là một số nguyên.`)
    .int(`${what} phải là số nguyên.`)
    .min(0, `${what} không được âm.`)
    .max(1_000_000, `${what} tối đa 1.000.000.`)
    .nullish();

export const meetingType = z.enum(
  meetingTypes,
  'Loại hội nghị: half_year_review (sơ kết), year_review (tổng kết), voter_contact (tiếp xúc cử tri), consultation (góp ý dự thảo) hoặc other.',
);
export const meetingDate = (what = 'ngày họp') =>
  calendarDate(
    what,
    msg(`Nhập ${what}.`, `${what.charAt(0).toUpperCase()}${what.slice(1)} phải có dạng YYYY-MM-DD và là ngày có thật.`),
  );
const title = z
  .string(msg('Nhập tên hội nghị.', 'Tên hội nghị phải là chuỗi ký tự.'))
  .trim()
  .min(1, 'Nhập tên hội nghị.')
  .max(500, 'Tên hội nghị tối đa 500 ký tự.');
const startTime = z
  .string('Giờ bắt đầu phải là chuỗi "HH:MM".')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu dạng HH:MM (00:00–23:59), ví dụ 14:00.')
  .nullish();
const agenda = z
  .array(
    z
      .string('Mỗi nội dung là một chuỗi ký tự.')
      .trim()
      .min(1, 'Nội dung không được để trống.')
      .max(1000, 'Mỗi nội dung tối đa 1.000 ký tự.'),
    'Chương trình (agenda) là danh sách các nội dung.',
  )
  .max(30, 'Tối đa 30 nội dung.');

const delegate = z
  .object({
    id: uuid('đại biểu').optional(),
    name: optText('Họ tên đại biểu', 200),
    title: optText('Chức vụ', 300),
    organization: optText('Đơn vị', 200),
    organizationId: uuid('tổ chức').nullish(),
    userId: uuid('người dùng').nullish(),
    attended: z.boolean('Có mặt (attended) là true hoặc false.').nullish(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (!d.name && !d.userId)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Nhập họ tên đại biểu (hoặc chọn người dùng).' });
  });
export type DelegateBody = z.infer<typeof delegate>;
const delegates = z.array(delegate, 'Đại biểu (delegates) là một danh sách.').max(300, 'Tối đa 300 đại biểu.');

const conclusionText = z
  .string('Kết luận phải là chuỗi ký tự.')
  .trim()
  .min(1, 'Kết luận không được để trống.')
  .max(2000, 'Mỗi kết luận tối đa 2.000 ký tự.');

const details = {
  title,
  date: meetingDate(),
  villageId: uuid('thôn').nullish(),
  startTime,
  place: optText('Địa điểm', 300),
  chair: optText('Người chủ trì', 200),
  chairTitle: optText('Chức vụ người chủ trì', 300),
  secretary: optText('Thư ký', 200),
  agenda: agenda.optional(),
  delegates: delegates.optional(),
  expectedCount: count('Số người được mời'),
  presentCount: count('Số người có mặt'),
  minutes: optText('Diễn biến (biên bản)', 50_000),
};

export const createBody = z
  .object({
    communeId: z.uuid(msg('Chọn xã.', 'Mã xã không hợp lệ.')),
    type: meetingType,
    ...details,
    status: z.enum(['planned', 'held'], 'Trạng thái khi lập: planned (dự kiến) hoặc held (đã tổ chức).').optional(),
    conclusions: z
      .array(conclusionText, 'Kết luận (conclusions) là danh sách.')
      .max(50, 'Tối đa 50 kết luận.')
      .optional(),
  })
  .strict();

export const patchBody = z
  .object({
    type: meetingType.optional(),
    ...details,
    title: title.optional(),
    date: meetingDate().optional(),
    status: z.enum(meetingStatuses, 'Trạng thái: planned, held (đã tổ chức) hoặc cancelled (hủy).').optional(),
  })
  .strict();

export const attendanceBody = z
  .object({
    attended: z.array(uuid('đại biểu'), 'Danh sách đại biểu có mặt (attended) là một mảng mã.').max(300),
    presentCount: count('Số người có mặt'),
  })
  .strict();

export const conclusionsBody = z
  .object({
    conclusions: z
      .array(
        z.object({ id: uuid('kết luận').optional(), text: conclusionText }).strict(),
        'Kết luận (conclusions) là danh sách.',
      )
      .max(50, 'Tối đa 50 kết luận.'),
  })
  .strict();

export const taskBody = z
  .object({
    campaignId: z.uuid(msg('Chọn cuộc vận động.', 'Mã cuộc vận động không hợp lệ.')),
    ownerOrganizationId: z.uuid(msg('Chọn tổ chức thực hiện.', 'Mã tổ chức không hợp lệ.')),
    deadline: meetingDate('hạn hoàn thành').nullish(),
    title: z
      .string('Tên nhiệm vụ phải là chuỗi ký tự.')
      .trim()
      .min(1, 'Nhập tên nhiệm vụ.')
      .max(500, 'Tên nhiệm vụ tối đa 500 ký tự.')
      .optional(),
  })
  .strict();

export const issueBody = z
  .object({
    date: meetingDate('ngày văn bản').optional(),
    signer: optText('Người ký', 200),
  })
  .strict();

export const listQuery = z
  .object({
    communeId: uuid('xã').optional(),
    type: meetingType.optional(),
    status: z.enum(meetingStatuses, 'Trạng thái: planned, held hoặc cancelled.').optional(),
    from: meetingDate('từ ngày').optional(),
    to: meetingDate('đến ngày').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau hoặc bằng từ ngày.' });
  });

/* ---------- Responses ---------- */

const str = z.string();
const strOrNull = z.string().nullable();

export const meetingSchema = z.object({
  id: str,
  communeId: str,
  communeName: str,
  villageId: strOrNull,
  villageName: strOrNull,
  type: z.enum(meetingTypes),
  typeLabel: str,
  title: str,
  date: str,
  startTime: strOrNull,
  place: strOrNull,
  chair: strOrNull,
  chairTitle: strOrNull,
  secretary: strOrNull,
  agenda: z.array(str),
  status: z.enum(meetingStatuses),
  statusLabel: str,
  expectedCount: z.number().nullable(),
  presentCount: z.number().nullable(),
  minutes: strOrNull,
  invitationNumber: strOrNull,
  invitationDate: strOrNull,
  minutesNumber: strOrNull,
  minutesDate: strOrNull,
  createdAt: str,
  updatedAt: str,
});

export const meetingListItemSchema = meetingSchema
  .extend({ delegatesInvited: z.number(), delegatesAttended: z.number() })
  .openapi('MeetingListItem');

const delegateSchema = z.object({
  id: str,
  position: z.number(),
  name: str,
  title: strOrNull,
  organization: strOrNull,
  organizationId: strOrNull,
  userId: strOrNull,
  attended: z.boolean().nullable(),
});

export const conclusionSchema = z
  .object({
    id: str,
    position: z.number(),
    text: str,
    taskId: strOrNull,
    task: z
      .object({
        id: str,
        title: strOrNull,
        status: strOrNull,
        deadline: strOrNull,
        campaignId: strOrNull,
        campaignName: strOrNull,
        ownerOrganizationId: strOrNull,
        ownerOrganizationName: strOrNull,
      })
      .nullable(),
  })
  .openapi('MeetingConclusion');

export const meetingDetailSchema = meetingSchema
  .extend({
    delegates: z.array(delegateSchema),
    conclusions: z.array(conclusionSchema),
    canManage: z.boolean(),
    canTurnIntoTask: z.boolean(),
    can: z.object({
      edit: z.boolean(),
      recordAttendance: z.boolean(),
      issueInvitation: z.boolean(),
      issueMinutes: z.boolean(),
      turnIntoTask: z.boolean(),
    }),
  })
  .openapi('MeetingDetail');

export const taskResultSchema = z.object({
  task: z.object({
    id: str,
    campaignId: str,
    communeId: str,
    title: str,
    ownerOrganizationId: strOrNull,
    ownerOrganizationName: strOrNull,
    deadline: strOrNull,
    status: str,
    selfAssigned: z.boolean(),
    evidence: str,
    createdAt: str,
    updatedAt: str,
  }),
  conclusion: conclusionSchema.nullable(),
});

export const issuedSchema = z.object({
  documentId: str,
  number: str,
  date: str,
  kind: z.enum(['invitation', 'minutes']),
});
