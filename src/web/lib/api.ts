import type { components, paths } from './api-types';

/** The API's stable error codes (the server's ERROR_CODES, through the OpenAPI document). */
export type ApiErrorCode = components['schemas']['Error']['error']['code'];

/** The user's words for the error codes, set by the dictionary in English mode; null keeps the server's Vietnamese. */
let errorWords: Partial<Record<string, string>> | null = null;
export function setErrorWords(words: Partial<Record<string, string>> | null) {
  errorWords = words;
}

/** The one way the staff app talks to the server: JSON, the session cookie, errors as ApiError. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    // The server says it in Vietnamese; in English mode the code says it (a field's own message stays).
    super(errorWords?.[code] ?? message);
  }
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    // FormData (file uploads) goes as multipart, with the boundary the browser sets; anything else as JSON.
    headers:
      body === undefined || body instanceof FormData ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (data as { error?: { code: string; message: string; fields?: Record<string, string> } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'http_error', e?.message ?? `HTTP ${res.status}`, e?.fields);
  }
  return data as T;
}

/** An endpoint not (yet) on this server answers a 404 naming no field: treat as "nothing yet". */
export async function orNullOn404<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && Object.keys(e.fields).length === 0) return null;
    throw e;
  }
}

/* ---------- The tenant structure and the caller, shapes every module uses (generated) ---------- */

export type Unit = ApiItem<'/api/v1/units', 'get'>;
export type UnitLevel = Unit['level'];
export type Organization = ApiItem<'/api/v1/organizations', 'get'>;
export type UserRole = Me['roles'][number];
export type RoleName = UserRole['role'];
export type Me = ApiResponse<'/api/v1/me', 'get'>;

/* ---------- Types from the OpenAPI document (lib/api-types/, `npm run gen:api`) ---------- */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type SuccessOf<R> = JsonOf<R[Extract<keyof R, 200 | 201>]>;

/** The JSON a route answers on success, e.g. `ApiResponse<'/api/v1/campaigns/{id}', 'get'>`. */
export type ApiResponse<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? SuccessOf<R>
  : never;

/** One element of a list route's `items`. */
export type ApiItem<P extends keyof paths, M extends Method & keyof paths[P]> =
  ApiResponse<P, M> extends { items: (infer I)[] } ? I : never;

/** A named schema of the document (`components.schemas`). */
export type ApiSchema<N extends keyof components['schemas']> = components['schemas'][N];
