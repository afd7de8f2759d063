import { z } from '@hono/zod-openapi';
import { MAX_AMOUNT } from './amount-limit';

/**
 * Request fields every module needs, each with its Vietnamese message naming the field. Modules import
 * these rather than redefining them; a module with its own wording passes its message.
 */

/** An id: a UUID, or "Mã <what> không hợp lệ.". */
export const uuid = (what: string) => z.uuid(`Mã ${what} không hợp lệ.`);

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * A calendar date 'YYYY-MM-DD' that exists (no 31 February), in a year people write (1900–2999; a due date
 * "far in the future" is written 2999): a typo such as 0202 is refused rather than stored.
 */
export const calendarDate = (
  what: string,
  message: Parameters<typeof z.iso.date>[0] = `${what} phải là ngày có thật, dạng YYYY-MM-DD.`,
) =>
  z.iso.date(message).refine((d) => {
    const year = /^(\d{4})-/.exec(d)?.[1];
    return year === undefined || (Number(year) >= MIN_YEAR && Number(year) <= MAX_YEAR);
  }, `${what}: năm từ ${MIN_YEAR} đến ${MAX_YEAR}.`);

export { MAX_AMOUNT } from './amount-limit';

/** An amount of money: a non-negative whole number of đồng (VND has no minor unit), a safe integer. */
export const money = (what: string) =>
  z
    .number({ message: `${what} phải là một số nguyên (đồng).` })
    .int(`${what} phải là số nguyên, không có phần lẻ.`)
    .min(0, `${what} không được âm.`)
    .max(MAX_AMOUNT, `${what} vượt quá 10.000 tỷ đồng.`);

/** NUL (PostgreSQL refuses it in text) or half of a surrogate pair (not a character; breaks UTF-8). */
export const hasForbiddenChars = (s: string) =>
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** Text: trimmed, not empty, at most `max` characters, with no NUL and no lone surrogate. */
export const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Nhập ${what}.`)
    .max(max, `${what} tối đa ${max} ký tự.`)
    .refine((s) => !hasForbiddenChars(s), `${what} chứa ký tự không hợp lệ.`);

/** Optional text: trimmed, at most `max` characters, NFC; an empty string is null (the field is cleared). */
export const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} tối đa ${max} ký tự.`)
    .refine((s) => !hasForbiddenChars(s), `${what} chứa ký tự không hợp lệ.`)
    .transform((s) => (s === '' ? null : s.normalize('NFC')))
    .nullish();

/**
 * Characters that let a name read as someone else's (issue 12.15): C0 and C1 controls (tab, newline and
 * carriage return allowed where the text may span lines) and the bidi embeddings, overrides and isolates
 * U+202A–U+202E, U+2066–U+2069.
 */
export const hasSpoofingChars = (s: string, multiline = false) =>
  (multiline
    ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
    : /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
  ).test(s);

export const SPOOFING_MESSAGE = 'Có ký tự điều khiển hoặc ký tự đảo chiều chữ (không gõ được từ bàn phím); hãy gõ lại.';
