import { z } from '@hono/zod-openapi';
import { uuid } from '../../http/fields';

export { uuid };
import { addDays, todayVn } from '../../../lib/dates';
import { recommendationStatuses, supervisionKinds, supervisionStatuses } from './schema';

export const day = (what: string) => z.iso.date(`${what}: ngày có thật, dạng YYYY-MM-DD.`);
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
