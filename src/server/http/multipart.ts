import type { Context } from 'hono';
import { AppError } from '../core/errors';

const NOT_MULTIPART = 'Cần gửi tệp dạng multipart/form-data.';

/** A request's multipart form, or a 400 saying what to send (an upload form names its fields). */
export function readForm(c: Context, message = NOT_MULTIPART) {
  return c.req.parseBody().catch(() => {
    throw new AppError(400, 'bad_request', message);
  });
}

/**
 * The form read lazily: a command reads it once it has found the record the upload is for, so an unknown
 * record is a 404 whatever was sent.
 */
export const lazyForm = (c: Context, message?: string) => () => readForm(c, message);
