import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden, notFound } from '../../../core/errors';
import { isAdmin, isWithin } from '../../../core/scope';
import { recordAudit } from '../../audit/record-audit';
import { canSeePerson } from '../policy';
import { findPerson } from '../queries';
import { people } from '../schema';

/** What an erased person shows instead of their name. */
export const ERASED_PERSON = 'Người đã xóa thông tin';

/**
 * A person's erasure on their request (Law 91/2025): name, birth year, sex, ethnicity and phone are removed; the
 * memberships stay, nameless, so that the counts of past periods do not change. The standing committee of the
 * person's commune decides it, with a reason; the audit row keeps the reason, never the name.
 */
export async function erasePerson({ db, actor, meta }: CommandContext, input: { id: string; reason: string }) {
  const person = await findPerson(db, input.id);
  if (!person || !canSeePerson(actor, person)) throw notFound('Người');
  const allowed =
    isAdmin(actor) ||
    actor.grants.some((g) => g.role === 'standing' && g.unitPath !== null && isWithin(person.unitPath, g.unitPath));
  if (!allowed) throw forbidden({ id: 'Chỉ Ban Thường trực xã xóa thông tin một người theo yêu cầu.' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(people)
      .set({ fullName: ERASED_PERSON, nameFolded: '', birthYear: null, sex: null, ethnicity: null, phone: null })
      .where(eq(people.id, person.id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'person.erase',
      entity: 'person',
      entityId: person.id,
      communeId: person.communeId,
      scopePath: person.unitPath,
      after: { reason: input.reason },
    });
    return row;
  });
}
