import { foldVietnamese } from '../../../../lib/vi-text';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findCommuneUnitVisibleTo } from '../../units/lookup';
import { canWritePeopleAt } from '../policy';
import { people, type Sex } from '../schema';

export type PersonInput = { fullName: string; villageId: string; birthYear?: number; sex?: Sex; phone?: string };

/** A person of a village, kept to the minimum (name, village; birth year, sex and phone when given). */
export async function addPerson({ db, actor, meta }: CommandContext, input: PersonInput) {
  const village = await findCommuneUnitVisibleTo(db, actor, input.villageId, 'villageId');
  if (village.level !== 'village' || !village.communeId) throw invalid({ villageId: 'Chọn một thôn, tổ dân phố.' });
  if (village.endedOn) throw invalid({ villageId: 'Thôn này đã sáp nhập; chọn thôn hiện có.' });
  if (!canWritePeopleAt(actor, village.path)) throw forbidden({ villageId: 'Bạn không được thêm người ở thôn này.' });
  const communeId = village.communeId;
  return db.transaction(async (tx) => {
    const [person] = await tx
      .insert(people)
      .values({
        communeId,
        villageId: village.id,
        unitPath: village.path,
        fullName: input.fullName,
        nameFolded: foldVietnamese(input.fullName),
        birthYear: input.birthYear ?? null,
        sex: input.sex ?? null,
        phone: input.phone ?? null,
      })
      .returning();
    if (!person) throw new Error('insert returned nothing');
    // The audit keeps who and where, not the person's details (personal data stays at the source).
    await recordAudit(tx, meta, {
      action: 'person.create',
      entity: 'person',
      entityId: person.id,
      communeId,
      scopePath: village.path,
      after: { villageId: village.id },
    });
    return person;
  });
}
