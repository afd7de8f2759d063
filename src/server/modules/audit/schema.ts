import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    ip: text('ip'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** The commune the changed record belongs to, when it belongs to one. */
    communeId: uuid('commune_id'),
    /** Unit path of the changed record, so an upper unit can read its subtree's rows with one prefix match. */
    scopePath: text('scope_path'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_scope_idx').on(t.scopePath),
    index('audit_log_actor_idx').on(t.actorId),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
