import type { Queryable } from '../../../db/client';
import { isUniqueViolation } from '../../../db/errors';
import { takenSlugs } from '../queries';
import { slugify } from '../sanitize';

/** The title's slug, or the first free "slug-2", "slug-3"… */
export async function freeSlug(db: Queryable, title: string, exceptPostId?: string): Promise<string> {
  const base = slugify(title);
  const taken = await takenSlugs(db, base, exceptPostId);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Two posts with one title saved at the same moment: the loser retries with the next suffix. */
export function isSlugClash(e: unknown): boolean {
  return isUniqueViolation(e, 'posts_slug_idx');
}

export async function retryOnSlugClash<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= 4 || !isSlugClash(e)) throw e;
    }
  }
}
