import { z } from '@hono/zod-openapi';
import { ALL_UNIT_KINDS } from '../../../lib/unit-kinds';
import { hasForbiddenChars, hasSpoofingChars, SPOOFING_MESSAGE } from '../../http/fields';
import { unitLevels } from './schema';

/** Request and response schemas of the units routes, each message in Vietnamese. */
const canEdit = z.object({ edit: z.boolean() }).openapi({ description: 'What the caller may do with this record' });

export const name = (what: string) =>
  z.string().trim().min(1, `Nhập tên ${what}.`).max(200, `Tên ${what} quá dài (tối đa 200 ký tự).`);

/** Text the portal prints as it is typed: no control or bidi characters that would make it read otherwise. */
function portalText(what: string, max: number, multiline: boolean) {
  return z
    .string()
    .trim()
    .max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự.`)
    .refine((v) => !hasForbiddenChars(v) && !hasSpoofingChars(v, multiline), SPOOFING_MESSAGE)
    .optional();
}

export const settings = z
  .object({
    address: z.string().trim().max(300, 'Địa chỉ quá dài (tối đa 300 ký tự).').optional(),
    phone: z
      .string()
      .trim()
      .max(30, 'Số điện thoại quá dài.')
      .regex(/^[0-9 +().-]*$/, 'Số điện thoại chỉ gồm chữ số và + ( ) . -')
      .optional(),
    email: z.union([z.literal(''), z.email('Email không hợp lệ.').max(200)]).optional(),
    chairName: z.string().trim().max(200, 'Tên quá dài.').optional(),
    intro: portalText('Phần giới thiệu', 5000, true).openapi({
      description: 'Trang “Giới thiệu” của cổng thông tin: văn bản thường, mỗi đoạn một dòng',
    }),
    responsible: portalText('Người chịu trách nhiệm nội dung', 300, false).openapi({
      description: 'Ví dụ: Ông Nguyễn Văn A, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn',
    }),
  })
  .strict();

/** A unit's level as answered: also for other modules' answers that name a unit (a user's role). */
export const unitLevelOut = z.enum(unitLevels);

export const unitOut = z
  .object({
    id: z.string(),
    level: unitLevelOut,
    kind: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    communeId: z.string().nullable(),
    settings: z.record(z.string(), z.string()),
    slug: z
      .string()
      .nullable()
      .openapi({ description: 'Địa chỉ dễ đọc của xã trên cổng thông tin: /xa/{slug} (chỉ xã, phường, đặc khu)' }),
    logoUrl: z
      .string()
      .nullable()
      .openapi({ description: 'Biểu trưng của xã trên cổng thông tin (PNG), nếu đã tải lên' }),
    code: z.string().nullable().openapi({ description: 'Mã đơn vị hành chính chính thức (QĐ 19/2025/QĐ-TTg)' }),
    endedOn: z.string().nullable().openapi({ description: 'Ngày cuối cùng của đơn vị đã sáp nhập' }),
    successorId: z.string().nullable().openapi({ description: 'Đơn vị đang giữ hồ sơ của đơn vị đã sáp nhập' }),
    createdAt: z.string(),
    can: canEdit,
  })
  .openapi('Unit');

export const orgOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    name: z.string(),
    shortName: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
    can: canEdit,
  })
  .openapi('Organization');

/** A unit's kind, from the one list per level (lib/unit-kinds); the command checks it fits the unit's level. */
export const kind = z
  .enum(ALL_UNIT_KINDS, { message: `Chọn loại đơn vị trong danh mục: ${ALL_UNIT_KINDS.join(', ')}.` })
  .openapi('UnitKind', {
    description: 'Loại đơn vị: tỉnh, thành phố, xã, phường, đặc khu, thôn, tổ dân phố, ấp, bản…',
  });

export const childrenBody = z.object({
  items: z
    .array(z.object({ name: z.string().max(200, 'Tên đơn vị quá dài (tối đa 200 ký tự).'), kind }))
    .min(1, 'Nhập ít nhất một đơn vị.')
    .max(300, 'Mỗi lần thêm tối đa 300 đơn vị.'),
});
