import { z } from '@hono/zod-openapi';
import { addDays, todayVn } from '../../../lib/dates';
import { donorKinds } from './schema';
import { MAX_AMOUNT, money, text as checkedText } from '../../http/fields';

export { MAX_AMOUNT, money };

export const positiveMoney = (what: string) => money(what).min(1, `${what} phải lớn hơn 0.`);

/** A date of a money movement: real, and not more than a day ahead (clocks and time zones). */
export const moneyDate = z.iso
  .date('Ngày phải là ngày có thật, dạng YYYY-MM-DD.')
  .refine((d) => d <= addDays(todayVn(), 1), 'Ngày không được sau hôm nay quá một ngày.');

export const donorKind = z.enum(donorKinds, {
  message: 'Loại người ủng hộ: person, household, organization, business hoặc anonymous.',
});
export const text = checkedText;
