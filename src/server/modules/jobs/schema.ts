import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from '../units/schema';
import { users } from '../users/schema';

export const jobStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * Long work (a big import) asked for by a request and done by a job runner in an app process: its state
 * lives here, so any process on the database can claim it and any can answer its progress (DESIGN.md rule 9).
 * An uploaded file waits under the storage directory (`jobs/<id>`) until the job ends.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `<module>.<work>`, e.g. `members.import`: the handler a module registered in its manifest. */
    kind: text('kind').notNull(),
    /** The commune whose data the work touches (null for work above a commune). */
    communeId: uuid('commune_id').references(() => units.id),
    /** Unit path of that work: who may read that unit's records may follow the job. */
    scopePath: text('scope_path').notNull(),
    /** Null for the system's own work (a public PDF made after a ledger change), which nobody asked for by name. */
    createdBy: uuid('created_by').references(() => users.id),
    /** The request's facts for the audit rows the job writes: the job acts as the person who asked. */
    actorUsername: text('actor_username').notNull(),
    ip: text('ip'),
    status: text('status', { enum: jobStatuses }).notNull().default('queued'),
    /** The request's fields the work needs (no file content). */
    input: jsonb('input').notNull().default({}),
    /** The uploaded file's name as sent (its bytes are in the storage directory), or null. */
    fileName: text('file_name'),
    stage: text('stage').notNull().default(''),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    /** When done: exactly the body the synchronous request answers. */
    result: jsonb('result'),
    /** When failed: `{status, code, message, fields?, errors?}`, the synchronous request's error answer. */
    error: jsonb('error'),
    /** Claims so far: a job interrupted by a crash is queued again once, then failed. */
    attempts: integer('attempts').notNull().default(0),
    /** The runner that claimed it (a random token per runner); its updates name it. */
    runner: text('runner'),
    /** Set inside the work's own write transaction: its rows are committed, never to be written twice. */
    writtenAt: timestamp('written_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_queue_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
    index('jobs_running_idx').on(t.heartbeatAt).where(sql`${t.status} = 'running'`),
    index('jobs_created_by_idx').on(t.createdBy),
    index('jobs_finished_idx').on(t.finishedAt),
    check('jobs_progress_check', sql`${t.progressDone} >= 0 and ${t.progressTotal} >= 0`),
  ],
);

export type Job = typeof jobs.$inferSelect;
