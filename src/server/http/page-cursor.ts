import { z } from '@hono/zod-openapi';
import { AppError } from '../core/errors';

/** A query string the server cannot read: 400 naming the parameter, as zod answers for a malformed query. */
export const badParam = (field: string, message: string) =>
  new AppError(400, 'validation_failed', 'Dữ liệu không hợp lệ.', { [field]: message });

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a real day, or null (30/02 is no day). */
export function validDate(y: number, m: number, d: number): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.getUTCMonth() + 1 !== m || t.getUTCDate() !== d ? null : iso;
}

/**
 * A position in a list ordered newest first by (date, key): after it (next page) or before it (previous page). The
 * key is a number (a receipt's or a slip's number in its year) or a row's id. Opaque to clients: they pass back the
 * `nextCursor` (or `prevCursor`) the last page gave.
 */
export type Cursor = { dir: 'after' | 'before'; date: string; key: string };

/** The longest cursor a page gives, with room to spare. */
export const MAX_CURSOR = 80;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.dir === 'after' ? 'a' : 'b'}.${c.date}.${c.key}`).toString('base64url');
}

/** The cursor a page link carried, or a 400 naming `field` (a link edited by hand, cut short, or from elsewhere). */
export function decodeCursor(raw: string, key: 'seq' | 'id', field = 'cursor'): Cursor {
  const bad = () => badParam(field, 'Con trỏ trang không hợp lệ; hãy mở lại trang đầu.');
  // A row id's cursor is 66 characters ("a.2024-09-20." and a UUID, in base64url).
  if (raw.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(raw)) throw bad();
  const m = Buffer.from(raw, 'base64url')
    .toString('utf8')
    .match(/^([ab])\.(\d{4})-(\d{2})-(\d{2})\.([0-9a-f-]{1,36})$/);
  if (!m?.[1] || !m[5]) throw bad();
  const date = validDate(Number(m[2]), Number(m[3]), Number(m[4]));
  const keyOk =
    key === 'seq'
      ? /^\d{1,9}$/.test(m[5])
      : /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(m[5]);
  if (!date || !keyOk) throw bad();
  return { dir: m[1] === 'a' ? 'after' : 'before', date, key: m[5] };
}

/** Rows of one staff page by default, and at most: a list is never an unbounded answer. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

/** A page's `limit` query parameter: an integer within 1–max, or a 422 naming `limit` (zod's answer). */
export function limitParam(max: number, fallback: number) {
  return z.coerce
    .number({ message: 'Số dòng một trang là số.' })
    .int('Số dòng một trang là số nguyên.')
    .min(1, 'Ít nhất 1 dòng một trang.')
    .max(max, `Tối đa ${max} dòng một trang.`)
    .optional()
    .openapi({ description: `Số dòng một trang (mặc định ${fallback}, tối đa ${max}).` });
}

/**
 * The `cursor` and `limit` of a paged staff list (spread into the route's query schema). The cursor is read where it
 * is used (decodeCursor: 400 naming `cursor`); a limit outside 1–500 is refused by zod naming `limit`.
 */
export const pageQueryFields = {
  // Any string: decodeCursor refuses a bad one (400 naming `cursor`), however it is bad — too long included.
  cursor: z.string().optional().openapi({ description: '`nextCursor` của trang trước; bỏ trống: trang đầu.' }),
  limit: limitParam(MAX_PAGE, DEFAULT_PAGE),
};

/** The page's size: the asked limit within 1–max, `fallback` (a staff list's DEFAULT_PAGE) when none was asked. */
export const pageSize = (limit?: number, fallback = DEFAULT_PAGE, max = MAX_PAGE) =>
  Math.min(Math.max(limit ?? fallback, 1), max);

/**
 * One page of a newest-first keyset list read with one row more than the page (`limit + 1`): the page, and the cursor
 * after its last row when another page follows (null on the last page).
 */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => { date: string; key: string }) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ dir: 'after', ...keyOf(last) }) : null;
  return { items, nextCursor };
}
