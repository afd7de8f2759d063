import { z } from '@hono/zod-openapi';
import { calendarDate, optionalText, text, uuid } from '../../http/fields';
import { calendarAudiences, calendarItemKinds } from './schema';

const year = z
  .number({ message: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm từ 2000 đến 2100.')
  .max(2100, 'Năm từ 2000 đến 2100.');
const audiences = z
  .array(z.enum(calendarAudiences, { message: 'Đối tượng: commune (xã), village (thôn), organization (tổ chức).' }))
  .min(1, 'Chọn ít nhất một đối tượng thực hiện.')
  .max(3, 'Tối đa 3 đối tượng.')
  .transform((a) => [...new Set(a)]);
const kind = z.enum(calendarItemKinds, { message: 'Loại: event (hoạt động) hoặc deadline (hạn báo cáo).' });
const note = optionalText('Ghi chú', 1000);
const title = text('nội dung', 300).transform((s) => s.normalize('NFC'));

export const createTemplateBody = z.object({
  provinceId: uuid('tỉnh'),
  year,
  /** Start from the Front's usual year (default) or from nothing. */
  withDefaults: z.boolean({ message: 'withDefaults là true hoặc false.' }).optional(),
});

export const itemBody = z.object({
  title,
  kind,
  startDate: calendarDate('Ngày bắt đầu'),
  endDate: calendarDate('Ngày kết thúc'),
  audiences,
  note,
});

export const itemPatch = z.object({
  title: title.optional(),
  kind: kind.optional(),
  startDate: calendarDate('Ngày bắt đầu').optional(),
  endDate: calendarDate('Ngày kết thúc').optional(),
  audiences: audiences.optional(),
  note,
});

export const adoptBody = z.object({ communeId: uuid('xã') });
export const doneBody = z.object({ done: z.boolean({ message: 'done là true (đã xong) hoặc false (chưa xong).' }) });

export const templateListQuery = z.object({
  year: z.coerce
    .number({ message: 'Năm phải là số.' })
    .int('Năm phải là số nguyên.')
    .min(2000, 'Năm từ 2000 đến 2100.')
    .max(2100, 'Năm từ 2000 đến 2100.')
    .optional(),
});

export const taskQuery = z.object({
  from: calendarDate('Từ ngày'),
  to: calendarDate('Đến ngày'),
  communeId: uuid('xã').optional(),
  unitId: uuid('đơn vị').optional(),
  status: z.enum(['open', 'done', 'all'], { message: 'Trạng thái: open, done hoặc all.' }).default('all'),
});

export const itemOut = z
  .object({
    id: z.string(),
    title: z.string(),
    kind,
    startDate: z.string(),
    endDate: z.string(),
    audiences: z.array(z.enum(calendarAudiences)),
    note: z.string().nullable(),
  })
  .openapi('CalendarItem');

export const templateOut = z
  .object({
    id: z.string(),
    provinceId: z.string(),
    provinceName: z.string(),
    year: z.number(),
    title: z.string(),
    items: z.array(itemOut),
    adoptedBy: z.array(z.object({ communeId: z.string(), communeName: z.string(), adoptedAt: z.string() })),
    can: z.object({ edit: z.boolean(), adoptFor: z.array(z.object({ id: z.string(), name: z.string() })) }).openapi({
      description: 'edit: the province edits the template; adoptFor: the communes the caller may adopt it for.',
    }),
  })
  .openapi('CalendarTemplate');

export const templateListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      provinceId: z.string(),
      provinceName: z.string(),
      year: z.number(),
      title: z.string(),
      itemCount: z.number(),
    }),
  ),
  can: z.object({ createFor: z.array(z.object({ id: z.string(), name: z.string() })) }),
});

export const adoptOut = z
  .object({ created: z.number(), existing: z.number(), tasks: z.number() })
  .openapi('CalendarAdoption', { description: 'created: new tasks; existing: tasks the commune already had.' });

export const taskOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    title: z.string(),
    kind,
    audience: z.enum(calendarAudiences),
    unitId: z.string(),
    unitName: z.string(),
    organizationId: z.string().nullable(),
    organizationName: z.string().nullable(),
    startDate: z.string(),
    dueDate: z.string(),
    done: z.boolean(),
    doneAt: z.string().nullable(),
    can: z.object({ mark: z.boolean() }),
  })
  .openapi('CalendarTask');

export const taskListOut = z.object({ items: z.array(taskOut) });
