import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/errors';
import type { Db } from '../db/client';
import { idempotencyKeys } from './idempotency-schema';
import type { AppEnv } from './env';

const STALE_MS = 60_000;

/**
 * `Idempotency-Key` on money POSTs: the first request with a key claims it (a row with status 0),
 * runs, and stores its answer; a retry with the same key and body gets that answer again instead of
 * a second receipt. The same key with a different body is refused. A claim left by a crashed request
 * is taken over after a minute.
 */
export function idempotent(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    const actor = c.get('actor');
    if (!key || !actor || c.req.method !== 'POST') return next();
    if (key.length > 200)
      throw new AppError(422, 'validation_failed', 'Idempotency-Key quá dài (tối đa 200 ký tự).', {
        'Idempotency-Key': 'Tối đa 200 ký tự.',
      });
    const hash = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n${await c.req.raw.clone().text()}`)
      .digest('hex');

    await db
      .delete(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.actorId, actor.id),
          eq(idempotencyKeys.key, key),
          eq(idempotencyKeys.status, 0),
          lt(idempotencyKeys.createdAt, new Date(Date.now() - STALE_MS)),
        ),
      );
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ actorId: actor.id, key, requestHash: hash, status: 0, body: {} })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [prev] = await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.actorId, actor.id), eq(idempotencyKeys.key, key)));
      if (!prev) throw new AppError(409, 'idempotency_retry', 'Yêu cầu trùng khóa vừa được xử lý xong; hãy gửi lại.');
      if (prev.requestHash !== hash) {
        throw new AppError(422, 'idempotency_key_reused', 'Idempotency-Key này đã dùng cho một yêu cầu khác.', {
          'Idempotency-Key': 'Đã dùng cho nội dung khác.',
        });
      }
      if (prev.status === 0) throw new AppError(409, 'request_in_progress', 'Yêu cầu với khóa này đang được xử lý.');
      c.header('Idempotent-Replayed', 'true');
      return c.json(prev.body, prev.status as 200);
    }
    try {
      await next();
    } catch (e) {
      await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.actorId, actor.id), eq(idempotencyKeys.key, key)));
      throw e;
    }
    // Hono has already turned a handler's error into its response here: keep only successes, so a refused request does
    // not burn the key.
    if (c.res.status >= 200 && c.res.status < 300) {
      const body: unknown = await c.res
        .clone()
        .json()
        .catch(() => null);
      await db
        .update(idempotencyKeys)
        .set({ status: c.res.status, body: body ?? {} })
        .where(and(eq(idempotencyKeys.actorId, actor.id), eq(idempotencyKeys.key, key)));
    } else {
      await db
        .delete(idempotencyKeys)
        .where(
          and(eq(idempotencyKeys.actorId, actor.id), eq(idempotencyKeys.key, key), eq(idempotencyKeys.status, sql`0`)),
        );
    }
  };
}
