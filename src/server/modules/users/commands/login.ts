import { AppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { dummyHash, hashToken, newToken, verifyPassword } from '../password';
import { findUserByUsername, recentFailures } from '../queries';
import { loginAttempts, sessions } from '../schema';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_FAILURES = 10;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Seconds until enough failures leave the window to allow another try; 0 when not throttled. */
function retryAfter(failures: Date[], now: number): number {
  if (failures.length < THROTTLE_MAX_FAILURES) return 0;
  const gate = failures[failures.length - THROTTLE_MAX_FAILURES];
  return gate ? Math.max(1, Math.ceil((gate.getTime() + THROTTLE_WINDOW_MS - now) / 1000)) : 0;
}

export async function login(
  db: Db,
  input: { username: string; password: string },
  client: { ip: string; userAgent: string | null },
) {
  const username = input.username.trim().toLowerCase();
  const now = Date.now();
  const failures = await recentFailures(db, username, client.ip, new Date(now - THROTTLE_WINDOW_MS));
  const wait = Math.max(retryAfter(failures.byUsername, now), retryAfter(failures.byIp, now));
  if (wait > 0) {
    throw new AppError(
      429,
      'too_many_attempts',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`,
      undefined,
      { 'Retry-After': String(wait) },
    );
  }
  const user = await findUserByUsername(db, username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? dummyHash);
  if (!user || !ok) {
    await db.insert(loginAttempts).values({ username, ip: client.ip, succeeded: false });
    throw new AppError(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.', {
      password: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  }
  if (user.disabledAt) {
    throw new AppError(403, 'account_disabled', 'Tài khoản đã bị khóa. Liên hệ quản trị viên.');
  }
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username, ip: client.ip, succeeded: true });
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
