import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../core/errors';
import { clientIp } from './auth';
import type { AppDeps } from './env';

/**
 * Guards for the portal's public forms (a citizen's petition, a comment on a draft): a size limit on
 * the request, a per-IP rate limit, and a honeypot field that people never see and bots fill in.
 * What gets through is stored as text and escaped wherever it is shown.
 */

/** Name of the hidden field; a form with anything in it is dropped (answered as if accepted). */
export const HONEYPOT_FIELD = 'website';

/** Largest accepted form body: a petition or a comment is text, 64 KB is pages of it. */
export const PUBLIC_FORM_MAX_BYTES = 64 * 1024;

export function publicFormBodyLimit(maxBytes = PUBLIC_FORM_MAX_BYTES) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.text('Nội dung gửi quá dài (tối đa 64 KB).', 413),
  });
}

export type RateLimiter = {
  /** Counts one submission for `key`; `ok: false` with seconds to wait when over the limit. */
  hit(key: string, now?: number): { ok: true } | { ok: false; retryAfter: number };
};

/** A fixed window per key, in memory (one server process serves a commune's portal). */
export function createRateLimiter(opts: { max: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now = Date.now()) {
      if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= opts.windowMs) windows.delete(k);
      const w = windows.get(key);
      if (!w || now - w.start >= opts.windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { ok: true };
      }
      if (w.count >= opts.max) return { ok: false, retryAfter: Math.ceil((w.start + opts.windowMs - now) / 1000) };
      w.count += 1;
      return { ok: true };
    },
  };
}

/** The key a public submission is counted under: the client's address (or one shared bucket without one). */
export function submitterKey(c: Context, deps: Pick<AppDeps, 'trustProxy' | 'trustedProxies'>): string {
  return clientIp(c, deps) ?? 'unknown';
}

/** True when the honeypot field was filled in: a bot. */
export function isBot(form: Record<string, unknown>): boolean {
  const v = form[HONEYPOT_FIELD];
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

/**
 * A public read (no login) bounded per visitor: over `max` requests a minute, a 429 with Retry-After. Each call makes
 * its own window, so one list's visitors do not use up another's.
 */
export function publicReadLimit(deps: Pick<AppDeps, 'trustProxy' | 'trustedProxies'>, max = 120): MiddlewareHandler {
  const limiter = createRateLimiter({ max, windowMs: 60_000 });
  return async (c, next) => {
    const hit = limiter.hit(submitterKey(c, deps));
    if (!hit.ok)
      throw new AppError(429, 'too_many_attempts', 'Bạn truy cập quá nhanh; vui lòng thử lại sau ít giây.', undefined, {
        'Retry-After': String(hit.retryAfter),
      });
    await next();
  };
}
