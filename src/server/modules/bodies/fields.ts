import { z } from '@hono/zod-openapi';
import { calendarDate, hasSpoofingChars, SPOOFING_MESSAGE, text, uuid } from '../../http/fields';
import { bodyKinds, bodyPositions } from './schema';

/** Request and response schemas of the front's bodies, each message in Vietnamese naming its field. */
const name = (what: string, max: number) => text(what, max).refine((s) => !hasSpoofingChars(s), SPOOFING_MESSAGE);
const year = (what: string) =>
  z
    .number({ message: `${what} phải là số.` })
    .int(`${what} phải là số nguyên.`)
    .min(1945, `${what} từ 1945.`)
    .max(2100, `${what} đến 2100.`);

export const kind = z.enum(bodyKinds, {
  message: 'Loại: committee, standing, village_board, people_inspection hoặc investment_supervision.',
});
export const position = z.enum(bodyPositions, {
  message: 'Chức vụ: chair, vice_chair, standing_member, head, deputy_head hoặc member.',
});

export const seatBody = z
  .object({
    fullName: name('họ tên', 200),
    position,
    personId: uuid('người').optional(),
    organizationId: uuid('tổ chức').optional(),
    villageId: uuid('thôn').optional(),
    title: name('chức danh', 200).optional(),
    fromDate: calendarDate('Từ ngày').optional(),
  })
  .strict();
export type SeatInput = z.infer<typeof seatBody>;

const term = {
  termFrom: year('Nhiệm kỳ từ năm'),
  termTo: year('Nhiệm kỳ đến năm'),
  electedOn: calendarDate('Ngày bầu').optional(),
  electedMeetingId: uuid('hội nghị bầu').optional(),
  members: z.array(seatBody).max(200, 'Tối đa 200 thành viên.').default([]),
};
const termOrder = (b: { termFrom: number; termTo: number }) => b.termTo >= b.termFrom;
const termMessage = { message: 'Năm cuối nhiệm kỳ không được trước năm đầu.', path: ['termTo'] };

export const createBody = z
  .object({
    unitId: uuid('đơn vị'),
    kind,
    name: name('tên', 300).optional(),
    project: name('công trình, dự án', 300).optional(),
    ...term,
  })
  .strict()
  .refine(termOrder, termMessage)
  .refine((b) => (b.kind === 'investment_supervision') === (b.project !== undefined), {
    message: 'Ban Giám sát đầu tư của cộng đồng ghi tên công trình, dự án; các ban khác thì không.',
    path: ['project'],
  });

export const newTermBody = z
  .object({ ...term, electedOn: calendarDate('Ngày bầu') })
  .strict()
  .refine(termOrder, termMessage);

export const endSeatBody = z.object({ untilDate: calendarDate('Đến ngày'), reason: name('lý do', 300) }).strict();

export const sessionBody = z
  .object({
    heldOn: calendarDate('Ngày họp'),
    title: name('tên kỳ họp', 300),
    attendance: z
      .array(
        z
          .object({
            memberId: uuid('thành viên'),
            present: z.boolean({ message: 'Có mặt: true hoặc false.' }),
            reason: name('lý do vắng', 300).optional(),
          })
          .strict(),
      )
      .min(1, 'Ghi ít nhất một thành viên.')
      .max(300, 'Tối đa 300 thành viên.'),
  })
  .strict();

export const listQuery = z.object({
  unitId: uuid('đơn vị'),
  kind: kind.optional(),
  includeEnded: z.enum(['true', 'false'], { message: 'includeEnded: true hoặc false.' }).optional(),
});

export const seatOut = z
  .object({
    id: z.string(),
    fullName: z.string(),
    position,
    positionName: z.string(),
    title: z.string().nullable(),
    personId: z.string().nullable(),
    organizationId: z.string().nullable(),
    villageId: z.string().nullable(),
    fromDate: z.string(),
    untilDate: z.string().nullable(),
    endReason: z.string().nullable(),
  })
  .openapi('BodySeat');

/** A roster warning as data (the staff app words it); `warnings` holds the same in Vietnamese. */
const rosterIssue = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('no_lead'), position: z.enum(['chair', 'head']) }),
    z.object({ code: z.literal('too_few_members'), count: z.number(), min: z.number() }),
    z.object({ code: z.literal('villages_unrepresented'), villages: z.array(z.string()) }),
  ])
  .openapi('BodyRosterIssue');

export const bodyOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    kind,
    kindName: z.string(),
    name: z.string(),
    project: z.string().nullable(),
    termFrom: z.number(),
    termTo: z.number(),
    electedOn: z.string().nullable(),
    electedMeetingId: z.string().nullable(),
    previousId: z.string().nullable(),
    endedOn: z.string().nullable(),
    members: z.array(seatOut),
    warnings: z.array(z.string()),
    issues: z.array(rosterIssue),
    canManage: z.boolean(),
  })
  .openapi('Body');

export const sessionOut = z
  .object({
    id: z.string(),
    bodyId: z.string(),
    heldOn: z.string(),
    title: z.string(),
    present: z.number(),
    absent: z.number(),
    attendance: z.array(
      z.object({ memberId: z.string(), fullName: z.string(), present: z.boolean(), reason: z.string().nullable() }),
    ),
  })
  .openapi('BodySession');

const summaryOut = z.object({
  id: z.string(),
  kind,
  name: z.string(),
  project: z.string().nullable(),
  termFrom: z.number(),
  termTo: z.number(),
  head: z.string().nullable(),
  members: z.number(),
  warnings: z.array(z.string()),
  issues: z.array(rosterIssue),
});

export const structureOut = z
  .object({
    commune: z.object({ id: z.string(), name: z.string(), code: z.string().nullable() }),
    asOf: z.string(),
    committee: summaryOut.nullable(),
    standing: summaryOut.nullable(),
    organizations: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        shortName: z.string(),
        head: z.object({ fullName: z.string(), title: z.string().nullable() }).nullable(),
        branches: z.number(),
        members: z.number(),
      }),
    ),
    villages: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        board: summaryOut.nullable(),
        branches: z.array(z.object({ id: z.string(), name: z.string(), organizationId: z.string() })),
      }),
    ),
    boards: z.array(summaryOut),
    totals: z.object({
      people: z.number(),
      memberships: z.number(),
      committeeMembers: z.number(),
      villageBoardMembers: z.number(),
    }),
  })
  .openapi('FrontStructure');
