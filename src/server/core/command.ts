import type { Db } from '../db/client';
import type { Actor, RequestMeta } from './actor';

/**
 * What every command is given: the database, who asks (their grants decide scope and permission), and what to
 * write on the audit row. Commands take `(ctx, input)` so a route only parses, calls one command and presents.
 */
export type CommandContext = { db: Db; actor: Actor; meta: RequestMeta };
