import type { RequestMeta } from '../../../core/actor';
import type { Queryable } from '../../../db/client';
import { type AuditAction, recordAudit } from '../../audit/record-audit';
import { NUMBER_KIND, nextGoodsNumber } from '../numbering';
import { goodsLines, goodsSlips, type GoodsSlip, type SlipKind, type Warehouse } from '../schema';

export type SlipHeader = {
  date: string;
  donorName?: string | null;
  publicAnonymous?: boolean;
  villageId?: string | null;
  recipient?: string | null;
  decisionRef?: string | null;
  note?: string | null;
  unitPath: string;
};
export type SlipLineInput = {
  itemId: string;
  quantity: number;
  value: number;
  counted?: number | null;
  reason?: string | null;
};

const ACTION: Record<SlipKind, AuditAction> = {
  receipt: 'goods_receipt.record',
  issue: 'goods_issue.record',
  count: 'goods_count.record',
};

/** Numbers the slip (PN/PX/KK, gapless per warehouse and year), writes it, its lines and its audit row: one transaction. */
export async function writeSlip(
  tx: Queryable,
  meta: RequestMeta,
  warehouse: Warehouse,
  kind: SlipKind,
  header: SlipHeader,
  lines: SlipLineInput[],
): Promise<GoodsSlip> {
  const year = Number(header.date.slice(0, 4));
  const { seq, label } = await nextGoodsNumber(tx, warehouse.communeId, warehouse.id, year, NUMBER_KIND[kind]);
  const [slip] = await tx
    .insert(goodsSlips)
    .values({
      communeId: warehouse.communeId,
      warehouseId: warehouse.id,
      kind,
      year,
      seq,
      number: label,
      date: header.date,
      donorName: header.donorName ?? null,
      publicAnonymous: header.publicAnonymous ?? false,
      villageId: header.villageId ?? null,
      recipient: header.recipient ?? null,
      decisionRef: header.decisionRef ?? null,
      note: header.note ?? null,
      unitPath: header.unitPath,
      createdBy: meta.actorId,
    })
    .returning();
  if (!slip) throw new Error('insert returned nothing');
  await tx.insert(goodsLines).values(
    lines.map((l, position) => ({
      communeId: warehouse.communeId,
      slipId: slip.id,
      itemId: l.itemId,
      position,
      quantity: l.quantity,
      value: l.value,
      counted: l.counted ?? null,
      reason: l.reason ?? null,
    })),
  );
  await recordAudit(tx, meta, {
    action: ACTION[kind],
    entity: 'goods_slip',
    entityId: slip.id,
    communeId: warehouse.communeId,
    scopePath: header.unitPath,
    after: { number: slip.number, ...header, lines },
  });
  return slip;
}
