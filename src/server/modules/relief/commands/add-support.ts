import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Fund } from '../../funds/schema';
import type { Household } from '../../households/schema';
import { KIND_LABELS } from '../labels';
import { reliefSupports, type ReliefProgram, type ReliefSupport } from '../schema';
import { recordDisbursementInTx } from '../../funds/commands/move-money';

export type SupportInput = {
  kind: ReliefSupport['kind'];
  value: number;
  description: string | null;
  overrideReason: string | null;
  source:
    | { kind: 'fund'; fund: Fund; communePath: string; date: string; decisionRef: string }
    | { kind: 'donor'; donorName: string }
    | { kind: 'other' };
};

export const ALREADY_SUPPORTED =
  'Hộ này đã nhận hỗ trợ trong chương trình. Muốn trao thêm, ghi lý do (overrideReason).';

/**
 * One gift to one household in one programme (DOMAIN.md rule 4), in one transaction: the payout from
 * the fund when the fund pays (locked, balance-checked, numbered), the support, and the audit rows.
 * The "once per programme" rule is the partial unique index `relief_supports_once_idx`: a second add
 * without an override reason — even one racing the first — fails there, and the whole transaction,
 * payout and audit included, is rolled back.
 */
export async function addSupport(
  db: Db,
  meta: RequestMeta,
  program: ReliefProgram,
  household: Household,
  input: SupportInput,
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
