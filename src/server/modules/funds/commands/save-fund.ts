import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { presentDrive, presentFund } from '../present';
import { findDriveByCode } from '../queries';
import { drives, funds, pledges, type Fund } from '../schema';
import { and, eq, sql } from 'drizzle-orm';

export async function createFund(
  db: Db,
  meta: RequestMeta,
  commune: Unit,
  input: { name: string; bankBin?: string; bankAccount?: string; bankAccountName?: string },
) {
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: funds.id })
      .from(funds)
      .where(and(eq(funds.communeId, commune.id), sql`lower(${funds.name}) = lower(${input.name})`));
    if (dup) throw conflict('duplicate_name', 'Xã đã có quỹ cùng tên.', { name: 'Xã đã có quỹ cùng tên.' });
    const [row] = await tx
      .insert(funds)
      .values({ communeId: commune.id, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'fund.create',
      entity: 'fund',
      entityId: row.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: presentFund(row),
    });
    return row;
  });
}

export type DriveInput = {
  name: string;
  code: string;
  from: string;
  to: string;
  target: number | null;
  assignedBy: { unitId: string } | { body: string } | null;
  indicatorId: string | null;
};

export async function createDrive(db: Db, meta: RequestMeta, fund: Fund, communePath: string, input: DriveInput) {
  return db.transaction(async (tx) => {
    if (await findDriveByCode(tx, fund.communeId, input.code)) {
      throw conflict('duplicate_code', 'Mã đợt vận động đã dùng trong xã.', {
        code: 'Mã đợt vận động đã dùng trong xã.',
      });
    }
    const [row] = await tx
      .insert(drives)
      .values({
        fundId: fund.id,
        communeId: fund.communeId,
        name: input.name,
        code: input.code.toUpperCase(),
        periodFrom: input.from,
        periodTo: input.to,
        target: input.target,
        assignedByUnitId: input.assignedBy && 'unitId' in input.assignedBy ? input.assignedBy.unitId : null,
        assignedByBody: input.assignedBy && 'body' in input.assignedBy ? input.assignedBy.body : null,
        indicatorId: input.indicatorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'drive.create',
      entity: 'drive',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: communePath,
      after: presentDrive(row),
    });
    return row;
  });
}

export type PledgeInput = {
  driveId: string | null;
  donorKind: 'person' | 'household' | 'organization' | 'business' | 'anonymous';
  donorName: string;
  amount: number;
  date: string;
  unitPath: string;
  note: string | null;
};

export async function recordPledge(db: Db, meta: RequestMeta, fund: Fund, input: PledgeInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pledges)
      .values({
        communeId: fund.communeId,
        fundId: fund.id,
        ...input,
        donorName: input.donorKind === 'anonymous' ? 'Nhà hảo tâm' : input.donorName,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'pledge.record',
      entity: 'pledge',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: input.unitPath,
      after: row,
    });
    return row;
  });
}
