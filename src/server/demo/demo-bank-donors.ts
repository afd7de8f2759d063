import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { writeDonation } from '../modules/funds/commands/record-donation';
import type { Fund } from '../modules/funds/schema';
import type { Unit } from '../modules/units/schema';

/** A named donor's bank transfer in the demo: name, kind, amount in đồng, value date. */
export type DemoBankDonor = [string, 'business' | 'organization' | 'person', number, string];

/**
 * The named donors of a province or national relief drive, each a public bank transfer collected at the fund's own
 * unit: written through the fund's command, so numbers and the ledger are what the app writes.
 */
export async function writeDemoBankDonors(db: Db, fund: Fund, driveId: string, unit: Unit, donors: DemoBankDonor[]) {
  for (const [donorName, donorKind, amount, date] of donors) {
    await writeDonation(db, systemMeta, fund, {
      driveId,
      donorKind,
      donorName,
      donorAddress: null,
      publicAnonymous: false,
      method: 'bank_transfer',
      amount,
      inKindDescription: null,
      inKindValue: 0,
      collectedAt: unit,
      organizationId: null,
      pledgeId: null,
      bankRowId: null,
      date,
      note: null,
    });
  }
}
