import { z } from '@hono/zod-openapi';
import { addDays, todayVn } from '../../../lib/dates';
import { donorKinds } from './schema';

export const MAX_AMOUNT = 10_000_000_000_000; // 10^13 đồng: far above any commune's fund, below 2^53

export const money = (what: string) =>
  z
    .number({ message: `${what} phải là một số nguyên (đồng).` })
    .int(`${what} phải là số nguyên, không có phần lẻ.`)
    .min(0, `${what} không được âm.`)
    .max(MAX_AMOUNT, `${what} vượt quá 10.000 tỷ đồng.`);

export const positiveMoney = (what: string) => money(what).min(1, `${what} phải lớn hơn 0.`);

/** A date of a money movement: real, and not more than a day ahead (clocks and time zones). */
export const moneyDate = z.iso
  .date('Ngày phải là ngày có thật, dạng YYYY-MM-DD.')
  .refine((d) => d <= addDays(todayVn(), 1), 'Ngày không được sau hôm nay quá một ngày.');

export const donorKind = z.enum(donorKinds, {
  message: 'Loại người ủng hộ: person, household, organization, business hoặc anonymous.',
});
export const text = (what: string, max: number) =>
  z.string().trim().min(1, `Nhập ${what}.`).max(max, `${what} tối đa ${max} ký tự.`);
