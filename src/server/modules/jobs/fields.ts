import { z } from '@hono/zod-openapi';

const rowError = z.object({ row: z.number(), field: z.string(), message: z.string() });

export const jobErrorSchema = z
  .object({
    status: z.number().openapi({ description: 'Mã HTTP mà yêu cầu đồng bộ đã trả' }),
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    errors: z.array(rowError).optional().openapi({ description: 'Lỗi theo dòng (nhập tệp), như câu trả lời 422' }),
  })
  .openapi('JobError');

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z
      .string()
      .openapi({ description: 'Loại việc, ví dụ `members.import`, `households.import`, `funds.bank_statement`' }),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.object({
      done: z.number(),
      total: z.number().openapi({ description: '0 khi chưa biết' }),
      stage: z.string().openapi({ description: '`reading` (đọc tệp), `checking` (kiểm tra dòng), `writing` (ghi)' }),
    }),
    result: z.unknown().openapi({ description: 'Khi xong: đúng nội dung mà yêu cầu đồng bộ trả về' }),
    error: jobErrorSchema.nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Job');

/** The header a client sends to get 202 and a job instead of waiting (RFC 7240), and the answer's headers. */
export const respondAsyncHeader = z.object({
  Prefer: z
    .string()
    .optional()
    .openapi({ param: { in: 'header' }, description: '`respond-async`: trả 202 và một việc chạy nền' }),
});

export const acceptedResponse = {
  description: 'Đã nhận (với `Prefer: respond-async`): việc chạy nền; theo dõi tại `Location` (GET /api/v1/jobs/{id})',
  headers: { Location: { schema: { type: 'string' as const }, description: '/api/v1/jobs/{id}' } },
  content: { 'application/json': { schema: jobSchema } },
};
