import { z } from '@hono/zod-openapi';
import { calendarDate, uuid } from '../../http/fields';

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
    .nullish()
    .transform((v) => v || null);

export const submitter = {
  submitterName: optionalText('Họ tên người gửi', 200),
  submitterContact: optionalText('Điện thoại/email người gửi', 200),
  submitterAddress: optionalText('Địa chỉ người gửi', 300),
};
