import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import { canReadPosts } from './policy';
import { findMedia, isMediaPublic } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stored file behind /media/{id}/{variant} and how it may be cached: public when a published post
 * shows it (cached for a year: a file never changes under its id); otherwise only for staff who read the
 * commune (the editor's preview), never cached. Null = 404, whatever the reason.
 */
export async function mediaFileFor(
  db: Queryable,
  actor: Actor | null | undefined,
  storageDir: string,
  id: string,
  variant: string,
): Promise<{ path: string; mime: string; cache: string } | null> {
  const m =
    UUID.test(id) && (variant === 'large' || variant === 'thumb') ? await findMedia(db, id.toLowerCase()) : null;
  const key = m ? (variant === 'large' ? m.storageKey : m.variants.thumb?.key) : undefined;
  if (!m || !key || !existsSync(join(storageDir, key))) return null;
  const path = join(storageDir, key);
  if (await isMediaPublic(db, m)) return { path, mime: m.mime, cache: 'public, max-age=31536000, immutable' };
  const commune = actor ? await findUnit(db, m.communeId) : null;
  if (!actor || !commune || !canReadPosts(actor, commune)) return null;
  return { path, mime: m.mime, cache: 'private, no-store' };
}
