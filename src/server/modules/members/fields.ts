import { z } from '@hono/zod-openapi';
import { calendarDate, hasSpoofingChars, money, SPOOFING_MESSAGE, text, uuid } from '../../http/fields';
import { sexes } from './schema';

/** Request and response schemas of the member lists and dues, each message in Vietnamese naming its field. */
const name = (what: string, max: number) => text(what, max).refine((s) => !hasSpoofingChars(s), SPOOFING_MESSAGE);
const thisYear = () => new Date().getUTCFullYear();

export const personBody = z
  .object({
    fullName: name('họ tên', 200),
    villageId: uuid('thôn'),
    birthYear: z
      .number({ message: 'Năm sinh phải là số.' })
      .int('Năm sinh phải là số nguyên.')
      .min(1900, 'Năm sinh từ 1900.')
      .refine((y) => y <= thisYear(), 'Năm sinh không được sau năm nay.')
      .optional(),
    sex: z.enum(sexes, { message: 'Giới tính: male hoặc female.' }).optional(),
    ethnicity: name('dân tộc', 50).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+() .-]{6,20}$/, 'Số điện thoại chỉ gồm chữ số và + ( ) . - (6–20 ký tự).')
      .optional(),
  })
  .strict();

export const personOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    villageId: z.string(),
    fullName: z.string(),
    birthYear: z.number().nullable(),
    sex: z.enum(sexes).nullable(),
    ethnicity: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .openapi('Person');

export const branchBody = z
  .object({
    organizationId: uuid('tổ chức'),
    villageId: uuid('thôn').optional(),
    name: name('tên chi hội', 200),
  })
  .strict();

export const branchOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    organizationId: z.string(),
    villageId: z.string().nullable(),
    name: z.string(),
  })
  .openapi('Branch');

export const membershipBody = z
  .object({
    personId: uuid('người'),
    organizationId: uuid('tổ chức'),
    joinedOn: calendarDate('Ngày vào'),
    branchId: uuid('chi hội').optional(),
    cardNo: name('số thẻ', 50).optional(),
    duesCategory: name('loại hội viên (đóng phí)', 50).optional(),
  })
  .strict();

export const reasonText = name('lý do', 500);

export const leaveBody = z.object({ leftOn: calendarDate('Ngày ra'), reason: name('lý do', 500) }).strict();

export const membershipOut = z
  .object({
    id: z.string(),
    personId: z.string(),
    fullName: z.string(),
    birthYear: z.number().nullable(),
    villageId: z.string(),
    villageName: z.string(),
    organizationId: z.string(),
    branchId: z.string().nullable(),
    duesCategory: z.string(),
    joinedOn: z.string(),
    cardNo: z.string().nullable(),
    leftOn: z.string().nullable(),
    leaveReason: z.string().nullable(),
  })
  .openapi('Membership');

export const membershipListQuery = z.object({
  communeId: uuid('xã').optional(),
  organizationId: uuid('tổ chức').optional(),
  branchId: uuid('chi hội').optional(),
  villageId: uuid('thôn').optional(),
  status: z.enum(['active', 'left', 'all'], { message: 'status là active, left hoặc all.' }).default('active'),
  q: z.string().max(100, 'Từ khóa tối đa 100 ký tự.').optional(),
  limit: z.coerce.number().int().min(1, 'limit từ 1 đến 1000.').max(1000, 'limit từ 1 đến 1000.').default(100),
  offset: z.coerce.number().int().min(0, 'offset không âm.').default(0),
});

/** 'YYYY-MM' (a month) or 'YYYY' (a year), 2000–2100. */
export const period = z
  .string({ message: 'Kỳ đóng phí dạng YYYY-MM hoặc YYYY.' })
  .regex(/^(20\d{2}|2100)(-(0[1-9]|1[0-2]))?$/, 'Kỳ đóng phí dạng YYYY-MM (tháng) hoặc YYYY (năm), từ năm 2000.');

export const duesBody = z
  .object({
    membershipId: uuid('hội viên'),
    period,
    amount: money('Số tiền').refine((n) => n > 0, 'Số tiền phải lớn hơn 0.'),
  })
  .strict();

export const duesRuleBody = z
  .object({
    organizationId: uuid('tổ chức'),
    category: name('loại hội viên', 50),
    periodKind: z.enum(['month', 'year'], { message: 'periodKind là month hoặc year.' }),
    amount: money('Mức phí').refine((n) => n > 0, 'Mức phí phải lớn hơn 0.'),
    shareUpPercent: z
      .number({ message: 'Tỷ lệ nộp cấp trên phải là số.' })
      .int('Tỷ lệ nộp cấp trên là số nguyên.')
      .min(0, 'Tỷ lệ từ 0 đến 100.')
      .max(100, 'Tỷ lệ từ 0 đến 100.')
      .default(0),
    validFrom: calendarDate('Áp dụng từ ngày'),
  })
  .strict();

export const countsQuery = z.object({
  unitId: uuid('đơn vị'),
  asOf: calendarDate('Tính đến ngày').optional(),
});

export const countsOut = z
  .object({
    asOf: z.string(),
    people: z.number(),
    memberships: z.number(),
    byOrganization: z.array(z.object({ organizationId: z.string(), name: z.string(), members: z.number() })),
  })
  .openapi('MemberCounts');

export const duesGridQuery = z.object({
  organizationId: uuid('tổ chức'),
  branchId: uuid('chi hội').optional(),
  year: z.coerce
    .number({ message: 'Năm phải là số.' })
    .int('Năm phải là số nguyên.')
    .min(2000, 'Năm từ 2000.')
    .max(2100, 'Năm đến 2100.'),
});

export const personalDataOut = z
  .object({
    exportedAt: z.string(),
    exportedBy: z.string(),
    person: z.object({
      fullName: z.string(),
      birthYear: z.number().nullable(),
      sex: z.enum(sexes).nullable(),
      ethnicity: z.string().nullable(),
      phone: z.string().nullable(),
      createdAt: z.string(),
    }),
    memberships: z.array(
      z.object({
        organization: z.string(),
        branch: z.string().nullable(),
        joinedOn: z.string(),
        cardNo: z.string().nullable(),
        duesCategory: z.string(),
        leftOn: z.string().nullable(),
        leaveReason: z.string().nullable(),
      }),
    ),
    dues: z.array(z.object({ organization: z.string(), period: z.string(), amount: z.number() })),
    transfers: z.array(
      z.object({ organization: z.string(), on: z.string(), status: z.string(), note: z.string().nullable() }),
    ),
    note: z.string(),
  })
  .openapi('PersonPersonalData');
