/**
 * What the database said, read through the wrappers: PostgreSQL and PGlite report SQLSTATE codes,
 * and drizzle wraps the driver's error in `cause` (sometimes twice).
 */

type DbError = { code?: string; constraint?: string; message?: string; cause?: unknown };

/** The first error in the `cause` chain with this SQLSTATE code. */
function withSqlState(err: unknown, code: string): DbError | null {
  let e = err as DbError | undefined;
  for (let i = 0; e && i < 5; e = e.cause as DbError | undefined, i++) if (e.code === code) return e;
  return null;
}

/** A unique violation (SQLSTATE 23505), of `constraint` when given (PGlite names it only in the message). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = withSqlState(err, '23505');
  if (!e) return false;
  return !constraint || e.constraint === constraint || String(e.message ?? '').includes(constraint);
}
