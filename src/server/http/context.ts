import type { Context } from 'hono';
import { metaOf } from '../core/actor';
import type { CommandContext } from '../core/command';
import type { Db } from '../db/client';
import type { AppEnv } from './env';
import { actorOf } from './router';

/** The command context of a request: its authenticated actor (or 401) and the audit meta (actor, ip). */
export function commandContext(c: Context<AppEnv>, db: Db): CommandContext {
  const actor = actorOf(c);
  return { db, actor, meta: metaOf(actor, c.get('ip')) };
}
