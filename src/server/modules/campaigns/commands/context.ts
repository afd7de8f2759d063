import type { Actor, RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';

/** What every command receives: the database, who asks, and what goes on the audit row. */
export type CommandCtx = { db: Db; actor: Actor; meta: RequestMeta };
