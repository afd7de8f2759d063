import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { canReadRegister, registerReadRoots } from './policy';
import { outgoingDocuments } from './schema';

/** The issuing unit named in a request field when the actor reads its register; an unknown reference otherwise. */
export async function findIssuerVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  field = 'issuerId',
  levels?: readonly string[],
): Promise<Unit> {
  const issuer = await findUnit(db, id);
  if (!issuer || (levels && !levels.includes(issuer.level)) || !canReadRegister(actor, issuer))
    throw unknownReference(field, 'Đơn vị');
  return issuer;
}

/** A register entry in the reader's subtrees (scope in the WHERE clause); 404 otherwise. */
export async function findRegisterEntryVisibleTo(db: Queryable, actor: Actor, id: string) {
  const roots = registerReadRoots(actor);
  const [row] = await db
    .select()
    .from(outgoingDocuments)
    .where(
      and(eq(outgoingDocuments.id, id), roots === null ? undefined : inSubtrees(outgoingDocuments.issuerPath, roots)),
    )
    .limit(1);
  if (!row) throw notFound('Văn bản');
  return row;
}
