import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../core/errors';
import { SESSION_COOKIE } from './auth';
import type { AppEnv } from './env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request's own host as the browser addressed it (the proxy's X-Forwarded-Host when trusted). */
function ownHost(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  return (forwarded || c.req.header('host') || new URL(c.req.url).host).toLowerCase();
}

/** Our own origin: the host the request was addressed to, or the configured PUBLIC_URL (a proxy may rewrite Host). */
function isOwnOrigin(origin: string, c: Context, deps: CsrfDeps): boolean {
  try {
    const url = new URL(origin);
    if (deps.publicUrl && url.origin === new URL(deps.publicUrl).origin) return true;
    return url.host.toLowerCase() === ownHost(c, deps.trustProxy);
  } catch {
    return false; // "null" (sandboxed frames, redirects) or garbage
  }
}

type CsrfDeps = { trustProxy: boolean; publicUrl?: string };

/**
 * CSRF guard for cookie-authenticated changes. SameSite=Lax still lets a cross-site top-level form POST carry no
 * cookie, but a same-site page or an old browser may; so an unsafe request that carries the session cookie (and no
 * bearer token) must come from our own pages: Sec-Fetch-Site same-origin, else an Origin of this host. Bearer-token
 * calls are not forgeable by a third-party page and pass; a client that sends neither header is not a browser and
 * passes too. The public portal's forms are anonymous (no authentication there), so they are not concerned.
 */
export function csrfGuard(deps: CsrfDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (/^Bearer\s+\S/i.test(c.req.header('authorization') ?? '') || !getCookie(c, SESSION_COOKIE)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const allowed =
      site !== undefined
        ? site === 'same-origin' || site === 'none'
        : origin === undefined || isOwnOrigin(origin, c, deps);
    if (!allowed) {
      throw new AppError(403, 'forbidden', 'Yêu cầu đến từ trang web khác nên bị từ chối (chống giả mạo yêu cầu).');
    }
    return next();
  };
}
