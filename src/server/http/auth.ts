import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie } from 'hono/cookie';
import { hashToken } from '../modules/users/password';
import { findActorByTokenHash } from '../modules/users/queries';
import type { AppDeps, AppEnv } from './env';
import { resolveClientIp, trustedProxies } from './proxies';

export const SESSION_COOKIE = 'mattran_session';

const loopback = trustedProxies();

/** The client's address: the socket's peer, or behind trusted proxies the rightmost untrusted hop. */
export function clientIp(c: Context, deps: Pick<AppDeps, 'trustProxy' | 'trustedProxies'>): string | null {
  let peer: string | null;
  try {
    peer = getConnInfo(c).remote.address ?? null;
  } catch {
    peer = null; // app.request() in tests has no socket
  }
  if (!deps.trustProxy) return peer;
  return resolveClientIp(peer, c.req.header('x-forwarded-for'), deps.trustedProxies ?? loopback);
}

/** Resolves the caller from `Authorization: Bearer` or the session cookie; never rejects by itself. */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('ip', clientIp(c, deps));
    const proto = deps.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
    c.set('secure', (proto ?? new URL(c.req.url).protocol.replace(':', '')) === 'https');
    const header = c.req.header('authorization');
    const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
    const token = bearer ?? getCookie(c, SESSION_COOKIE);
    c.set('actor', token ? await findActorByTokenHash(deps.db, hashToken(token)) : null);
    await next();
  };
}
