import { addDays, todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { recordDisbursementInTx } from '../../funds/commands/move-money';
import { findFund } from '../../funds/queries';
import type { Fund } from '../../funds/schema';
import { type HouseholdRef, householdRefById } from '../../households/figures';
import { KIND_LABELS } from '../labels';
import { findProgramVisibleTo } from '../lookup';
import { canAddSupport, supportReadRoots } from '../policy';
import { programSupports } from '../queries';
import { reliefSupports, type ReliefProgram, type ReliefSupport } from '../schema';
import type { CommandContext } from '../../../core/command';

/** A gift as the request gives it: from a fund (a payout on its ledger), from a donor, or from another source. */
export type AddSupportInput = {
  householdId: string;
  kind: ReliefSupport['kind'];
  value: number;
  fundId?: string | null;
  donorName?: string | null;
  description?: string | null;
  overrideReason?: string | null;
  /** Date of the payout when a fund pays; default the programme's date. */
  date?: string;
  /** The payout decision ("02/QĐ-MTTQ") when a fund pays; default names the programme. */
  decisionRef?: string;
};

type Source =
  | { kind: 'fund'; fund: Fund; communePath: string; date: string; decisionRef: string }
  | { kind: 'donor'; donorName: string }
  | { kind: 'other' };

export const ALREADY_SUPPORTED =
  'Hộ này đã nhận hỗ trợ trong chương trình. Muốn trao thêm, ghi lý do (overrideReason).';

/**
 * One gift to one household in one programme (ARCHITECTURE.md, domain rule 4), in one transaction: the payout from
 * the fund when the fund pays (locked, balance-checked, numbered), the support, and the audit rows.
 * The "once per programme" rule is the partial unique index `relief_supports_once_idx`: a second add
 * without an override reason — even one racing the first — fails there, and the whole transaction,
 * payout and audit included, is rolled back.
 */
export async function addSupport({ db, actor, meta }: CommandContext, programId: string, input: AddSupportInput) {
  const { program, commune } = await findProgramVisibleTo(db, actor, programId);
  const household = await householdRefById(db, input.householdId, supportReadRoots(actor));
  if (!household || household.communeId !== program.communeId || household.erasedAt)
    throw unknownReference('householdId', 'Hộ gia đình');
  const fromFund = !!input.fundId;
  if (!canAddSupport(actor, commune, household.unitPath, fromFund)) {
    throw forbidden(
      fromFund && canAddSupport(actor, commune, household.unitPath, false)
        ? { fundId: 'Chi từ quỹ do Ban Thường trực xã lập.' }
        : { householdId: 'Bạn không được ghi hỗ trợ cho hộ này.' },
    );
  }
  const source = await sourceOf(db, program, input);
  const row = await writeSupport(db, meta, program, household, {
    kind: input.kind,
    value: input.value,
    description: input.description || null,
    overrideReason: input.overrideReason || null,
    source,
  });
  const [full] = await programSupports(db, program, null, row.id);
  return { program, commune, support: row, row: full };
}

/**
 * Where the gift comes from. A fund must be the programme's commune's, and its payout cannot be dated
 * after tomorrow (the programme's date by default: a programme planned ahead needs the real payout date).
 */
async function sourceOf(db: Db, program: ReliefProgram, input: AddSupportInput): Promise<Source> {
  if (!input.fundId) return input.donorName ? { kind: 'donor', donorName: input.donorName } : { kind: 'other' };
  const found = await findFund(db, input.fundId);
  if (!found || found.fund.communeId !== program.communeId) throw unknownReference('fundId', 'Quỹ');
  const date = input.date ?? program.date;
  if (date > addDays(todayVn(), 1))
    throw invalid({ date: 'Chương trình chưa đến ngày: ghi ngày chi (date) không sau hôm nay.' });
  return {
    kind: 'fund',
    fund: found.fund,
    communePath: found.communePath,
    date,
    decisionRef: input.decisionRef ?? `Chương trình "${program.name}"`,
  };
}

/** The support (and the fund's payout) in one transaction; the once-per-programme index decides races. */
async function writeSupport(
  db: Db,
  meta: RequestMeta,
  program: ReliefProgram,
  household: HouseholdRef,
  input: {
    kind: ReliefSupport['kind'];
    value: number;
    description: string | null;
    overrideReason: string | null;
    source: Source;
  },
) {
  try {
    return await db.transaction(async (tx) => {
      let disbursementId: string | null = null;
      if (input.source.kind === 'fund') {
        const payout = await recordDisbursementInTx(
          tx,
          meta,
          input.source.fund,
          input.source.communePath,
          {
            driveId: null,
            amount: input.value,
            date: input.source.date,
            purpose: `${program.name}: ${KIND_LABELS[input.kind].toLowerCase()} hỗ trợ hộ ${household.headName}`,
            recipient: household.headName,
            decisionRef: input.source.decisionRef,
            reliefProgramId: program.id,
          },
          'value',
        );
        disbursementId = payout.id;
      }
      const [row] = await tx
        .insert(reliefSupports)
        .values({
          programId: program.id,
          communeId: program.communeId,
          householdId: household.id,
          unitPath: household.unitPath,
          kind: input.kind,
          value: input.value,
          description: input.description,
          sourceKind: input.source.kind,
          fundId: input.source.kind === 'fund' ? input.source.fund.id : null,
          disbursementId,
          donorName: input.source.kind === 'donor' ? input.source.donorName : null,
          overrideReason: input.overrideReason,
          createdBy: meta.actorId,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: input.overrideReason ? 'relief_support.add_override' : 'relief_support.add',
        entity: 'relief_support',
        entityId: row.id,
        communeId: program.communeId,
        scopePath: household.unitPath,
        after: row,
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'relief_supports_once_idx'))
      throw conflict('already_supported', ALREADY_SUPPORTED, { householdId: ALREADY_SUPPORTED });
    throw err;
  }
}
