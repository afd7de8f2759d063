import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Request size limits, checked while the body streams in (hono's bodyLimit refuses at once on a large
 * Content-Length and stops reading a chunked body past the limit), so nothing big is parsed or kept.
 */

/** Any JSON (or other non-upload) body of the API: forms of text, far below a megabyte. */
export const API_JSON_MAX_BYTES = 1024 * 1024;
/** The largest upload any route accepts (a video, plus the multipart envelope); each route sets its own below. */
export const API_UPLOAD_MAX_BYTES = 201 * 1024 * 1024;
/** What the multipart envelope and its text fields add to a file. */
export const MULTIPART_ENVELOPE_BYTES = 256 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(c: Context, message: string, field: string) {
  return c.json({ error: { code: 'too_large', message, fields: { [field]: message } } }, 413);
}

/**
 * The limit on every `/api/*` body: 1 MB unless it is a multipart upload. An upload's own route
 * limits it while it streams ({@link uploadLimit}); here only a declared length beyond any upload is refused.
 */
export function apiBodyLimit(jsonMax = API_JSON_MAX_BYTES): MiddlewareHandler {
  const json = bodyLimit({
    maxSize: jsonMax,
    onError: (c) => tooLarge(c, `Nội dung gửi lên quá lớn (tối đa ${megabytes(jsonMax)}).`, 'body'),
  });
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^multipart\/form-data/i.test(type)) return json(c, next);
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > API_UPLOAD_MAX_BYTES) {
      return tooLarge(c, `Tệp quá lớn (tối đa ${megabytes(API_UPLOAD_MAX_BYTES)}).`, 'file');
    }
    return next();
  };
}

/** An upload route's limit (the file plus the envelope), in force before the form is parsed. */
export function uploadLimit(fileMax: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: fileMax + MULTIPART_ENVELOPE_BYTES,
    onError: (c) => tooLarge(c, `Tệp quá lớn (tối đa ${megabytes(fileMax)}).`, 'file'),
  });
}
