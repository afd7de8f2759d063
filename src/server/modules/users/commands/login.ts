import { AppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { dummyHash, hashToken, newToken, verifyPassword } from '../password';
import { findUserByUsername, recentAttemptsFrom } from '../queries';
import { loginAttempts, sessions } from '../schema';

/**
 * Throttling (issue 12 item 3): wrong passwords slow down the address that typed them, never the
 * account. Per (username, address) the first few failures are free, then each waits twice as long as
 * the one before (1 s, 2 s, 4 s … up to 15 minutes); a success from that address clears them. Each
 * address also has an overall limit across usernames. The right password from another address always
 * goes through, so an attacker cannot lock a commune out of its own system.
 */
export const PAIR_FREE_FAILURES = 5;
export const PAIR_WINDOW_MS = 60 * 60 * 1000;
export const PAIR_MAX_DELAY_S = 15 * 60;
export const IP_WINDOW_MS = 15 * 60 * 1000;
export const IP_MAX_FAILURES = 30;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The one spelling a username is counted and looked up under: "HOIND" and " hoind " are one account. */
export function foldUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/** Seconds to wait after the last of `failures` failures of one username from one address. */
export function pairDelaySeconds(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  return Math.min(PAIR_MAX_DELAY_S, 2 ** (failures - PAIR_FREE_FAILURES));
}

type Attempt = { username: string; succeeded: boolean; at: Date };

/** Seconds this address must wait before trying `username` again; 0 when it may try now. */
export function throttleSeconds(attempts: Attempt[], username: string, now: number): number {
  // Overall limit per address: the oldest failure that keeps it at the limit must leave the window.
  const ipFailures = attempts.filter((a) => !a.succeeded && a.at.getTime() > now - IP_WINDOW_MS);
  const gate = ipFailures[ipFailures.length - IP_MAX_FAILURES];
  const ipWait =
    ipFailures.length >= IP_MAX_FAILURES && gate ? Math.ceil((gate.at.getTime() + IP_WINDOW_MS - now) / 1000) : 0;
  // Growing delay per (username, address), counted since the pair's last success.
  let failures = 0;
  let last = 0;
  for (const a of attempts) {
    if (a.username !== username || a.at.getTime() <= now - PAIR_WINDOW_MS) continue;
    if (a.succeeded) failures = 0;
    else {
      failures += 1;
      last = a.at.getTime();
    }
  }
  const pairWait = Math.ceil((last + pairDelaySeconds(failures) * 1000 - now) / 1000);
  return Math.max(ipWait, pairWait, 0);
}

export async function login(
  db: Db,
  input: { username: string; password: string },
  client: { ip: string; userAgent: string | null },
  now = Date.now(),
) {
  const username = foldUsername(input.username);
  const since = new Date(now - Math.max(PAIR_WINDOW_MS, IP_WINDOW_MS));
  const wait = throttleSeconds(await recentAttemptsFrom(db, client.ip, since), username, now);
  if (wait > 0) {
    const after = wait < 60 ? `${wait} giây` : `${Math.ceil(wait / 60)} phút`;
    throw new AppError(
      429,
      'too_many_attempts',
      `Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau ${after}.`,
      undefined,
      { 'Retry-After': String(wait) },
    );
  }
  const user = await findUserByUsername(db, username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? dummyHash);
  if (!user || !ok) {
    await db.insert(loginAttempts).values({ username, ip: client.ip, succeeded: false, at: new Date(now) });
    throw new AppError(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.', {
      password: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  }
  if (user.disabledAt) {
    throw new AppError(403, 'account_disabled', 'Tài khoản đã bị khóa. Liên hệ quản trị viên.');
  }
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username, ip: client.ip, succeeded: true, at: new Date(now) });
    const [s] = await tx
      .insert(sessions)
      .values({
        tokenHash: hashToken(token),
        userId: user.id,
        ip: client.ip,
        userAgent: client.userAgent,
        expiresAt: new Date(now + SESSION_TTL_MS),
      })
      .returning({ id: sessions.id });
    await recordAudit(
      tx,
      { actorId: user.id, actorUsername: user.username, ip: client.ip },
      {
        action: 'auth.login',
        entity: 'session',
        entityId: s?.id ?? null,
      },
    );
  });
  return { token, userId: user.id };
}
