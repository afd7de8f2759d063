import { forbidden, invalid, unknownReference } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findUnit } from '../../units/queries';
import { findDrive } from '../queries';
import { findFundVisibleTo } from '../lookup';
import { canRecordDonation } from '../policy';
import { type Donation, pledges } from '../schema';
import type { CommandContext } from '../../../core/command';

export type PledgeInput = {
  fundId: string;
  driveId?: string | null;
  donorKind: Donation['donorKind'];
  donorName: string;
  amount: number;
  date: string;
  /** The village the pledge was taken in; none: the commune. */
  unitId?: string | null;
  note?: string | null;
};

/** A pledge (đăng ký ủng hộ): written by whoever may write receipts at that place, fulfilled by later receipts. */
export async function recordPledge(ctx: CommandContext, input: PledgeInput) {
  const { db, actor, meta } = ctx;
  const { fund, communePath } = await findFundVisibleTo(db, actor, input.fundId, 'fundId');
  if (input.donorKind !== 'anonymous' && !input.donorName) throw invalid({ donorName: 'Nhập tên người đăng ký.' });
  // A drive of another fund (another commune's, even) is refused as the receipt form refuses it; found by the fuzz.
  if (input.driveId) {
    const drive = await findDrive(db, input.driveId);
    if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
  }
  let unitPath = communePath;
  if (input.unitId) {
    const unit = await findUnit(db, input.unitId);
    if (!unit || unit.communeId !== fund.communeId) throw unknownReference('unitId', 'Thôn');
    unitPath = unit.path;
  }
  const commune = { id: fund.communeId, path: communePath };
  if (!canRecordDonation(actor, commune, input.unitId ? { id: input.unitId, path: unitPath } : null, null))
    throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pledges)
      .values({
        communeId: fund.communeId,
        fundId: fund.id,
        driveId: input.driveId ?? null,
        donorKind: input.donorKind,
        donorName: input.donorKind === 'anonymous' ? 'Nhà hảo tâm' : input.donorName,
        amount: input.amount,
        date: input.date,
        unitPath,
        note: input.note ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'pledge.record',
      entity: 'pledge',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: unitPath,
      after: row,
    });
    return row;
  });
}
