/**
 * Every error code the API answers with (stable: clients and tests match on them, the staff app words
 * them in English); a new code is added here, so a typo in a command fails the type check.
 */
export const ERROR_CODES = [
  'account_disabled',
  'already_acknowledged',
  'already_issued',
  'already_submitted',
  'already_supported',
  'already_voided',
  'bad_request',
  'bad_transition',
  'bank_row_ignored',
  'bank_row_receipted',
  'conclusion_has_task',
  'consultation_closed',
  'deadline_passed',
  'duplicate_code',
  'duplicate_name',
  'duplicate_national',
  'unit_ended',
  'already_member',
  'already_left',
  'body_exists',
  'body_ended',
  'seat_ended',
  'transfer_pending',
  'transfer_decided',
  'done_tasks',
  'dues_already_paid',
  'duplicate_rule',
  'duplicate_short_name',
  'evaluation_locked',
  'file_too_large',
  'forbidden',
  'household_erased',
  'idempotency_key_reused',
  'idempotency_retry',
  'insufficient_balance',
  'insufficient_stock',
  'internal',
  'invalid_credentials',
  'invalid_json',
  'invalid_transition',
  'invitation_issued',
  'job_input_missing',
  'job_interrupted',
  'meeting_cancelled',
  'meeting_not_held',
  'minutes_issued',
  'not_concluded',
  'mail_not_configured',
  'not_found',
  'nothing_to_remind',
  'not_open',
  'not_submitted',
  'pdf_unavailable',
  'petition_out_of_order',
  'period_already_reported',
  'report_issued',
  'report_not_issued',
  'report_submitted',
  'request_in_progress',
  'round_locked',
  'scorecard_exists',
  'status_order',
  'supervision_not_started',
  'too_large',
  'too_many_attempts',
  'transition_order',
  'unauthorized',
  'username_taken',
  'validation_failed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type: a stable code, an HTTP status and a Vietnamese message, mapped at the edge. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    readonly code: ErrorCode,
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

export const conflict = (code: ErrorCode, message: string, fields?: Record<string, string>) =>
  new AppError(409, code, message, fields);

/**
 * A referenced id that does not exist or is outside the caller's scope: a 404 naming the field, without saying which.
 */
export const unknownReference = (field: string, what = 'Bản ghi') => {
  const message = `${what} không tồn tại hoặc nằm ngoài phạm vi của bạn.`;
  return new AppError(404, 'not_found', message, { [field]: message });
};
