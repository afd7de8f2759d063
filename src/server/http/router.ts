import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError, ERROR_CODES } from '../core/errors';
import type { AppEnv } from './env';

// Validation messages we do not write ourselves come out in Vietnamese too.
z.config(z.locales.vi());

/** zod issues → { "roles.0.unitId": "message" }, the shape every 422 of the API has. */
export function fieldsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) fields[[...base, k].join('.')] = 'Trường này không được hỗ trợ.';
      continue;
    }
    const key = base.join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError(422, 'validation_failed', 'Dữ liệu không hợp lệ.', fieldsOf(result.error.issues));
      }
    },
  });
}

export function actorOf(c: Context<AppEnv>) {
  const actor = c.get('actor');
  if (!actor) throw new AppError(401, 'unauthorized', 'Bạn chưa đăng nhập hoặc phiên đã hết hạn.');
  return actor;
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi('Error');

export const err = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

/** The error responses every authenticated route may give, described once in the document's components. */
const ERROR_RESPONSES = {
  400: ['BadRequest', 'Nội dung yêu cầu không đọc được (JSON sai)'],
  401: ['Unauthorized', 'Chưa đăng nhập'],
  403: ['Forbidden', 'Không có quyền'],
  404: ['NotFound', 'Không tìm thấy hoặc ngoài phạm vi'],
  409: ['Conflict', 'Xung đột'],
  422: ['Invalid', 'Dữ liệu không hợp lệ; `fields` nêu trường sai'],
} as const;

type ErrorStatus = keyof typeof ERROR_RESPONSES;
const ref = (status: ErrorStatus) => ({ $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` });

/**
 * Each route names them by reference: written out in every route, they were half of the document and of the staff
 * app's generated types (six identical blocks per route).
 */
export const errorResponses = {
  400: ref(400),
  401: ref(401),
  403: ref(403),
  404: ref(404),
  409: ref(409),
  422: ref(422),
} as const;

/** Puts the shared error responses, and the Error schema they answer, into the document's components. */
export function registerErrorResponses(registry: OpenAPIHono['openAPIRegistry']) {
  registry.register('Error', errorSchema);
  const schema = { $ref: '#/components/schemas/Error' };
  for (const [name, description] of Object.values(ERROR_RESPONSES))
    registry.registerComponent('responses', name, { description, content: { 'application/json': { schema } } });
}

export const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];

export const idParam = z.object({
  id: z.uuid({ message: 'Mã không hợp lệ' }).openapi({ param: { name: 'id', in: 'path' } }),
});

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

/** A JSON response. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
