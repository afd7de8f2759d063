import { z } from '@hono/zod-openapi';
import { MIN_PASSWORD_LENGTH, weakPasswordReason } from './password';
import { unitLevelOut } from '../units/fields';
import { roleNames } from './schema';

// Request and response schemas of the users routes, each message in Vietnamese.

export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(200, 'Mật khẩu quá dài (tối đa 200 ký tự).')
  .superRefine((value, ctx) => {
    const reason = weakPasswordReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

export const roleInput = z.object({
  role: z.enum(roleNames, { message: `Vai trò phải là một trong: ${roleNames.join(', ')}.` }),
  unitId: z.uuid('Mã đơn vị không hợp lệ.').nullish(),
  organizationId: z.uuid('Mã tổ chức không hợp lệ.').nullish(),
  /** Trưởng tổ chức of one branch (chi hội trưởng): only with org_lead. */
  branchId: z.uuid('Mã chi hội không hợp lệ.').nullish(),
});

/** An e-mail address for reminders; null (or empty) clears it. */
export const emailInput = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() || null : v),
  z.email('Địa chỉ e-mail không hợp lệ.').max(200, 'Địa chỉ e-mail quá dài.').nullable(),
);

export const roleOut = z.object({
  role: z.enum(roleNames),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  unitLevel: unitLevelOut
    .nullable()
    .openapi({ description: 'Cấp của đơn vị (national: Ủy ban Trung ương); null với vai trò theo tổ chức.' }),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  branchId: z.string().nullable(),
});

export const userOut = z
  .object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
    roles: z.array(roleOut),
    can: z
      .object({ manage: z.boolean() })
      .optional()
      .openapi({ description: 'Roles, lock and password reset (absent on the caller’s own account)' }),
  })
  .openapi('User');
