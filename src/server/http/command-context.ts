import type { Context } from 'hono';
import { metaOf } from '../core/actor';
import type { CommandContext } from '../core/command';
import type { Db } from '../db/client';
import type { AppEnv } from './env';
import { actorOf } from './router';

/** The context a handler hands to a command: the signed-in actor (401 otherwise) and the request's ip. */
export function commandContext(c: Context<AppEnv>, db: Db): CommandContext {
  const actor = actorOf(c);
  return { db, actor, meta: metaOf(actor, c.get('ip')) };
}
