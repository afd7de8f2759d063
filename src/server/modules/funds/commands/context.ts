import type { Actor, RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';

/** What every funds command receives: the database, who acts (its scope bounds every lookup), the audit facts. */
export type CommandContext = { db: Db; actor: Actor; meta: RequestMeta };
