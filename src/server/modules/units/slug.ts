import { eq, isNotNull, sql } from 'drizzle-orm';
import { foldVietnamese } from '../../../lib/vi-text';
import type { Queryable } from '../../db/client';
import { units } from './schema';

/** "Hồng Sơn" → "hong-son"; "Đặc khu Côn Đảo" → "dac-khu-con-dao". Empty when nothing readable is left. */
export const slugPart = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A readable commune address as the portal's routes accept it (never a uuid: those are ids). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SlugRequest = { name: string; provinceName: string | null; code: string | null };

/**
 * The slug a new commune gets, the same ladder as migration 0015 used for the communes before it: its name
 * ("hong-son"); taken, with its province ("hong-son-ha-noi"); taken again (two "Tân Thanh" in one province), with its
 * official code, or the first free counter. `taken` is updated, so a batch gets distinct slugs.
 */
export function nextSlug(req: SlugRequest, taken: Set<string>): string {
  const base = slugPart(req.name) || 'xa';
  const province = req.provinceName ? slugPart(req.provinceName) : '';
  const withProvince = province ? `${base}-${province}` : base;
  const ladder = [base, withProvince, ...(req.code ? [`${withProvince}-${req.code}`] : [])];
  let slug = ladder.find((s) => !taken.has(s));
  for (let n = 2; !slug; n++) if (!taken.has(`${withProvince}-${n}`)) slug = `${withProvince}-${n}`;
  taken.add(slug);
  return slug;
}

/** An arbitrary key of the transaction lock under which communes are given slugs. */
const SLUG_LOCK = 727_275;

/**
 * Every slug in use (a few thousand communes nationwide): batches of new communes are given theirs against it. Called
 * inside the creating transaction, it first takes a transaction lock, so two communes made at once never pick the same
 * slug (the second waits until the first is committed; communes are made rarely, by administrators).
 */
export async function takenSlugs(db: Queryable): Promise<Set<string>> {
  await db.execute(sql`select pg_advisory_xact_lock(${SLUG_LOCK})`);
  const rows = await db.select({ slug: units.slug }).from(units).where(isNotNull(units.slug));
  return new Set(rows.map((r) => r.slug as string));
}

/** The province's name above a unit path ("/<province>/…/"), for slugs; null when the path starts elsewhere. */
export async function provinceNameOf(db: Queryable, path: string): Promise<string | null> {
  const id = path.split('/')[1];
  if (!id) return null;
  const [row] = await db.select({ name: units.name, level: units.level }).from(units).where(eq(units.id, id));
  return row?.level === 'province' ? row.name : null;
}
