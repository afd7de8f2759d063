import type { Db } from '../db/client';
import type { Actor, RequestMeta } from './actor';
import { metaOf } from './actor';

/** What every command receives: the database, who asks, and what the audit row records of the request. */
export type CommandContext = { db: Db; actor: Actor; meta: RequestMeta };

export const commandContext = (db: Db, actor: Actor, ip: string | null): CommandContext => ({
  db,
  actor,
  meta: metaOf(actor, ip),
});
