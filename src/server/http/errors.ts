import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorCode } from '../core/errors';
import type { Logger } from '../logger';

type Body = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } };

/** The one place errors become HTTP: AppError keeps its status; anything else is a logged 500. */
export function errorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) {
      const body: Body = { error: { code: err.code, message: err.message } };
      if (err.fields) body.error.fields = err.fields;
      for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
      return c.json(body, err.status);
    }
    if (err instanceof HTTPException && err.status < 500) {
      const malformed = /json/i.test(err.message);
      const body: Body = malformed
        ? { error: { code: 'invalid_json', message: 'Nội dung gửi lên không phải JSON hợp lệ.' } }
        : { error: { code: 'bad_request', message: 'Yêu cầu không hợp lệ.' } };
      return c.json(body, err.status);
    }
    if (err.name === 'DocumentRenderError' && (err as Error & { code?: string }).code === 'SOFFICE_MISSING') {
      return c.json(
        {
          error: {
            code: 'pdf_unavailable',
            message: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản Word (.docx).',
          },
        },
        503,
      );
    }
    logger.error({ err, path: c.req.path, method: c.req.method }, 'unhandled error');
    return c.json(
      { error: { code: 'internal', message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' } },
      500,
    );
  };
}

export function notFoundHandler(c: Context) {
  return c.json({ error: { code: 'not_found', message: 'Không tìm thấy đường dẫn này.' } }, 404);
}
