import { z } from '@hono/zod-openapi';
import { calendarDate, uuid as uuidField } from '../../http/fields';

export { calendarDate, uuidField };

/** zod fields shared by the targets routes, each with its Vietnamese message. */

export const wholeNumber = (what: string) =>
  z
    .number({ message: `${what} phải là một số.` })
    .int(`${what} phải là số nguyên.`)
    .min(0, `${what} không được âm.`)
    .max(Number.MAX_SAFE_INTEGER, `${what} quá lớn.`);

export const assignedBy = z.union(
  [
    z.object({ unitId: uuidField('đơn vị giao') }).strict(),
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
