import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };

/**
 * Funds, drives, payouts, transfers and voids belong to the unit that owns the fund: a commune's to its standing
 * committee; a province's (or the national unit's) own funds to an `upper` grant on exactly that unit. An upper grant
 * reads the funds of the communes below it but never manages them (the commune keeps its own books), and a commune
 * never reaches a province's fund (its path lies above the commune's).
 */
export function canManageFunds(actor: Actor, owner: UnitRef): boolean {
  return (
    isAdmin(actor) ||
    manageRoots(actor).some(
      (m) => (m.role === 'standing' && isWithin(owner.path, m.root)) || (m.role === 'upper' && owner.path === m.root),
    )
  );
}

/**
 * Receipts are written by the standing committee anywhere in the commune, by a village head for
 * money collected in their village, by an organisation head for their organisation's collection.
 */
export function canRecordDonation(
  actor: Actor,
  commune: UnitRef,
  collectedAt: UnitRef | null,
  organizationId: string | null,
): boolean {
  if (canManageFunds(actor, commune)) return true;
  return actor.grants.some((g) => {
    if (g.role === 'village_lead')
      return (
        collectedAt !== null && g.unitPath !== null && isWithin(collectedAt.path, g.unitPath) && organizationId === null
      );
    if (g.role === 'org_lead') return organizationId !== null && g.organizationId === organizationId;
    return false;
  });
}

/** Where a non-manager may write receipts in this commune: the villages they head, the organisations they lead. */
export function recordPlaces(actor: Actor, communeId: string) {
  const inCommune = actor.grants.filter((g) => g.communeId === communeId);
  return {
    villageIds: inCommune.flatMap((g) => (g.role === 'village_lead' && g.unitId ? [g.unitId] : [])),
    organizationIds: inCommune.flatMap((g) => (g.role === 'org_lead' && g.organizationId ? [g.organizationId] : [])),
  };
}

/** What the actor may do with a fund: the `can` flags of its JSON, so the staff app need not re-derive roles. */
export function fundCan(actor: Actor, commune: UnitRef) {
  const manage = canManageFunds(actor, commune);
  const recordAt = recordPlaces(actor, commune.id);
  return {
    /** Drives, payouts, transfers, voids and bank statements: the standing committee. */
    manage,
    /** Receipts and pledges, anywhere (manage) or in `recordAt`. */
    recordDonations: manage || recordAt.villageIds.length > 0 || recordAt.organizationIds.length > 0,
    voidDonations: manage,
    recordAt,
  };
}

/** A live receipt may be voided by whoever manages the fund; a voided one cannot be voided again. */
export function donationCan(actor: Actor, commune: UnitRef, donation: { voidedAt: Date | null }) {
  return { void: donation.voidedAt === null && canManageFunds(actor, commune) };
}

/**
 * A bank row without a live receipt may be assigned (or ignored), and one counted to the fund without a drive may be
 * given its drive, by whoever manages the fund.
 */
export function bankRowCan(
  actor: Actor,
  commune: UnitRef,
  row: { donationId: string | null; receiptVoided: boolean; driveId?: string | null },
) {
  const open = row.donationId === null || row.receiptVoided || row.driveId === null;
  return { assign: open && canManageFunds(actor, commune) };
}
