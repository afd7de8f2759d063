/** The one error type: a stable code, an HTTP status and a Vietnamese message, mapped at the edge. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthorized = () => new AppError(401, 'unauthorized', 'Bạn chưa đăng nhập hoặc phiên đã hết hạn.');

export const forbidden = (fields?: Record<string, string>) =>
  new AppError(403, 'forbidden', 'Bạn không có quyền thực hiện thao tác này.', fields);

export const notFound = (what = 'Bản ghi') =>
  new AppError(404, 'not_found', `${what} không tồn tại hoặc nằm ngoài phạm vi của bạn.`);

export const invalid = (fields: Record<string, string>, message = 'Dữ liệu không hợp lệ.') =>
  new AppError(422, 'validation_failed', message, fields);

export const conflict = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(409, code, message, fields);

/** A referenced id that does not exist or is outside the caller's scope: a 404 naming the field, without saying which. */
export const unknownReference = (field: string, what = 'Bản ghi') => {
  const message = `${what} không tồn tại hoặc nằm ngoài phạm vi của bạn.`;
  return new AppError(404, 'not_found', message, { [field]: message });
};
