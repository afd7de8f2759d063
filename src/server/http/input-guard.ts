import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../core/errors';
import { hasForbiddenChars } from './fields';

/**
 * The one text rule at the door (issue 12.13): no NUL (PostgreSQL refuses it in text) and no lone surrogate
 * (not a character) in any query parameter of any page, nor in any string of an API's JSON body, whatever
 * the route's own schema says. A module's `text()` fields say the same with their own wording; this guard
 * covers the fields that are still plain strings (search terms, filters, enums compared in SQL) so that such
 * input is a 4xx naming the field, never a 500.
 *
 * And one rule for every PATCH: a body with no field is a 422, not an update of nothing (found by the
 * fuzz: some commands answered 500 to `{}`, others wrote an audit row for a change that did not happen).
 */

/** The first string inside `value` (by path "a.0.b") that breaks the text rule, or null. */
export function forbiddenPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasForbiddenChars(value) ? path.join('.') || '_' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = forbiddenPath(v, [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (hasForbiddenChars(k)) return [...path, '_'].join('.');
      const found = forbiddenPath(v, [...path, k]);
      if (found !== null) return found;
    }
  }
  return null;
}

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

const MESSAGE = 'Chứa ký tự không hợp lệ (ký tự NUL hoặc mã UTF-16 lẻ).';

function refuse(c: Context, field: string): Response {
  if (c.req.path.startsWith('/api/')) {
    throw new AppError(422, 'validation_failed', 'Dữ liệu không hợp lệ.', { [field]: MESSAGE });
  }
  return c.text(`Ô "${field}": ${MESSAGE}`, 400);
}

export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    const query = forbiddenPath(c.req.queries());
    if (query !== null) return refuse(c, query.replace(/\.\d+$/, ''));
    const type = c.req.header('content-type') ?? '';
    if (c.req.path.startsWith('/api/') && c.req.method !== 'GET' && /^application\/json\b/i.test(type)) {
      let body: unknown;
      try {
        // A clone: the body stays unread for the idempotency hash and the route's validator.
        body = JSON.parse(await c.req.raw.clone().text());
      } catch {
        return next(); // malformed JSON: the route's validator answers 400
      }
      const field = forbiddenPath(body);
      if (field !== null) return refuse(c, field);
      if (c.req.method === 'PATCH' && isEmptyObject(body)) {
        throw new AppError(422, 'validation_failed', 'Dữ liệu không hợp lệ.', { _: 'Không có trường nào để sửa.' });
      }
    }
    return next();
  };
}
