import { foldVietnamese } from '../../../../lib/vi-text';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { isWithin } from '../../../core/scope';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findIndicator } from '../../targets/queries';
import { findUnit } from '../../units/queries';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { presentDrive } from '../present';
import { findDriveByCode } from '../queries';
import { drives, type Fund } from '../schema';
import type { CommandContext } from '../../../core/command';

export type DriveInput = {
  name: string;
  /** The code donors put in a transfer; null: made from the name and the year, the first one free in the commune. */
  code: string | null;
  from: string;
  to: string;
  target: number | null;
  assignedBy: { unitId: string } | { body: string } | null;
  indicatorId: string | null;
};

/** Drive codes donors type into a transfer: initials of the name, plus the year (VNN2026). */
export function driveCode(name: string, from: string) {
  const initials = foldVietnamese(name)
    .replace(/[^a-z ]/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .toUpperCase()
    .slice(0, 8);
  return `${initials || 'QUY'}${from.slice(0, 4)}`;
}

/** The made-up code, numbered from 2 when the commune already has it (VNN2026, VNN20262, …). */
async function freeDriveCode(db: Queryable, communeId: string, name: string, from: string) {
  const base = driveCode(name, from);
  let code = base;
  for (let i = 2; await findDriveByCode(db, communeId, code); i++) code = `${base}${i}`;
  return code;
}

/**
 * A fund's new drive: the standing committee opens it; a linked indicator must be one the commune
 * reports on (owned by the commune or above); a code is unique in the commune.
 */
export type DriveRequest = Pick<DriveInput, 'name' | 'from' | 'to'> & {
  fundId: string;
  code?: string;
  target?: number;
  assignedBy?: DriveInput['assignedBy'];
  indicatorId?: string;
};

export async function createDrive(ctx: CommandContext, input: DriveRequest) {
  const { fundId, ...rest } = input;
  const drive: DriveInput = {
    name: rest.name,
    code: rest.code ?? null,
    from: rest.from,
    to: rest.to,
    target: rest.target ?? null,
    assignedBy: rest.assignedBy ?? null,
    indicatorId: rest.indicatorId ?? null,
  };
  const { fund, communePath } = await findFundVisibleTo(ctx.db, ctx.actor, fundId, 'fundId');
  if (!canManageFunds(ctx.actor, { id: fund.communeId, path: communePath }))
    throw forbidden({ fundId: 'Chỉ Ban Thường trực xã lập đợt vận động.' });
  if (drive.indicatorId) {
    const indicator = await findIndicator(ctx.db, drive.indicatorId);
    if (!indicator || !communePath.startsWith(indicator.ownerPath)) throw unknownReference('indicatorId', 'Chỉ tiêu');
  }
  // As for targets: the assigning unit is the commune or a unit above it (found by the fuzz: an unknown id was a 500).
  if (drive.assignedBy && 'unitId' in drive.assignedBy) {
    const assigner = await findUnit(ctx.db, drive.assignedBy.unitId);
    if (!assigner) throw unknownReference('assignedBy.unitId', 'Đơn vị giao');
    if (!isWithin(communePath, assigner.path))
      throw invalid({ 'assignedBy.unitId': 'Đơn vị giao phải là xã đó hoặc cấp trên của xã.' });
  }
  return writeDrive(ctx.db, ctx.meta, fund, communePath, drive);
}

/** The write itself, with its audit row (the demo loader calls it as the system). */
export async function writeDrive(db: Db, meta: RequestMeta, fund: Fund, communePath: string, input: DriveInput) {
  return db.transaction(async (tx) => {
    const code = input.code?.toUpperCase() ?? (await freeDriveCode(tx, fund.communeId, input.name, input.from));
    if (await findDriveByCode(tx, fund.communeId, code)) {
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
        code,
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
