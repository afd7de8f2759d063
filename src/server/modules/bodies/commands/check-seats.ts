import type { Actor } from '../../../core/actor';
import { invalid } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { findPerson } from '../../members/queries';
import { visibleOrganization } from '../../units/lookup';
import { findUnit } from '../../units/queries';
import type { SeatInput } from '../fields';

/**
 * The references of seats about to be written: each organisation, village and person must be the body's
 * commune's own (a seat naming another commune's association is a 422 on that field, nothing written).
 */
export async function checkSeatReferences(
  db: Queryable,
  actor: Actor,
  communeId: string,
  seats: SeatInput[],
  key: (i: number) => string,
) {
  const errors: Record<string, string> = {};
  for (const [i, s] of seats.entries()) {
    if (s.organizationId) {
      const found = await visibleOrganization(db, actor, s.organizationId);
      if (found?.org.communeId !== communeId) errors[`${key(i)}.organizationId`] = 'Tổ chức phải thuộc xã này.';
    }
    if (s.villageId) {
      const village = await findUnit(db, s.villageId);
      if (village?.level !== 'village' || village.communeId !== communeId)
        errors[`${key(i)}.villageId`] = 'Thôn phải thuộc xã này.';
    }
    if (s.personId) {
      const person = await findPerson(db, s.personId);
      if (person?.communeId !== communeId) errors[`${key(i)}.personId`] = 'Người phải có trong danh sách của xã này.';
    }
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

/** Seats as rows of one body, starting on `from` unless each says otherwise. */
export const seatRows = (body: { id: string; communeId: string }, seats: SeatInput[], from: string) =>
  seats.map((s) => ({
    bodyId: body.id,
    communeId: body.communeId,
    fullName: s.fullName,
    position: s.position,
    personId: s.personId ?? null,
    organizationId: s.organizationId ?? null,
    villageId: s.villageId ?? null,
    title: s.title ?? null,
    fromDate: s.fromDate ?? from,
  }));
