import type { Db } from '../db/client';
import { type Actor, type RequestMeta, systemMeta } from './actor';
import type { Progress } from './progress';

/**
 * What every command receives: the database, who acts (its scope decides what it may look up) and the
 * request facts written on the audit row. Long commands (imports) also take `progress`: a job passes its
 * own; without it they only yield to the event loop between chunks (core/progress.ts).
 */
export type CommandContext = { db: Db; actor: Actor; meta: RequestMeta; progress?: Progress };

/** Trusted jobs (the demo loader) act with an administrator's scope; their audit rows name "system". */
export const systemActor: Actor = {
  id: 'system',
  username: 'system',
  fullName: 'Hệ thống',
  sessionId: null,
  grants: [{ role: 'admin', unitId: null, unitPath: null, unitLevel: null, communeId: null, organizationId: null }],
};

export const systemContext = (db: Db): CommandContext => ({ db, actor: systemActor, meta: systemMeta });
