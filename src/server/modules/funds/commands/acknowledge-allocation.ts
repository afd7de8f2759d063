import { conflict, forbidden, invalid } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findAllocationLineVisibleTo } from '../allocation-queries';
import { allocationReceipts, fundTransfers } from '../schema';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';

export type AcknowledgeRequest = { lineId: string; fundId: string; date: string };

const ALREADY = 'Khoản phân bổ này đã được xác nhận đã nhận.';

/**
 * A commune's standing committee acknowledges its share of an allocation (xác nhận đã nhận) into one of its own
 * funds. The money is written in as a `down` transfer (received from the level above), not as a receipt: a receipt
 * (phiếu thu) is a donor's gift — it would take a PT number, count to drives and appear as a donor on the public
 * disclosure — while the commune's fund book and balance already read `down` transfers as money in from above
 * ("transferredIn"). Exactly once: the unique index on the line refuses a second acknowledgment, even a concurrent one
 * (409).
 */
export async function acknowledgeAllocation(ctx: CommandContext, input: AcknowledgeRequest) {
  const { db, actor, meta } = ctx;
  const row = await findAllocationLineVisibleTo(db, actor, input.lineId);
  const recipient = { id: row.recipient.id, path: row.recipient.path };
  if (!canManageFunds(actor, recipient))
    throw forbidden({ fundId: 'Chỉ đơn vị nhận (Ban Thường trực xã, hoặc tỉnh) xác nhận đã nhận.' });
  if (row.receipt?.id) throw conflict('already_acknowledged', ALREADY, { id: ALREADY });
  const { fund, communePath } = await findFundVisibleTo(db, actor, input.fundId, 'fundId');
  if (fund.communeId !== recipient.id) throw invalid({ fundId: 'Chọn một quỹ của chính xã nhận.' });
  if (input.date < row.allocation.date) throw invalid({ date: 'Ngày nhận không được trước ngày quyết định phân bổ.' });

  try {
    return await db.transaction(async (tx) => {
      const [transfer] = await tx
        .insert(fundTransfers)
        .values({
          communeId: fund.communeId,
          fundId: fund.id,
          direction: 'down',
          amount: row.line.amount,
          date: input.date,
          counterparty: row.owner.name,
          documentRef: row.allocation.decisionRef,
          note: `Phân bổ từ ${row.fundName}: ${row.allocation.purpose}`,
          createdBy: meta.actorId,
        })
        .returning();
      if (!transfer) throw new Error('insert returned nothing');
      const [receipt] = await tx
        .insert(allocationReceipts)
        .values({
          communeId: recipient.id,
          lineId: row.line.id,
          fundId: fund.id,
          transferId: transfer.id,
          date: input.date,
          acknowledgedBy: meta.actorId,
        })
        .returning();
      if (!receipt) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'transfer.down',
        entity: 'fund_transfer',
        entityId: transfer.id,
        communeId: fund.communeId,
        scopePath: communePath,
        after: transfer,
      });
      await recordAudit(tx, meta, {
        action: 'allocation.acknowledge',
        entity: 'allocation_line',
        entityId: row.line.id,
        communeId: recipient.id,
        scopePath: recipient.path,
        after: { ...receipt, amount: row.line.amount, decisionRef: row.allocation.decisionRef },
      });
      return receipt;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'allocation_receipts_line_idx'))
      throw conflict('already_acknowledged', ALREADY, { id: ALREADY });
    throw err;
  }
}
