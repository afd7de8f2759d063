import type { Actor } from '../../core/actor';
import { slipCan } from './policy';
import type { SlipWithLines } from './queries';

type UnitRef = { id: string; path: string };

/**
 * A slip as JSON: receipt and issue quantities and values are shown as the positive amounts the paper slip prints
 * (the ledger keeps them signed); a count's lines show what was counted and the signed difference.
 */
export function presentSlip(actor: Actor, commune: UnitRef, s: SlipWithLines) {
  const sign = s.kind === 'count' ? 1 : s.kind === 'issue' ? -1 : 1;
  const lines = s.lines.map((l) => ({
    itemId: l.itemId,
    name: l.name,
    unit: l.unit,
    quantity: sign * l.quantity,
    value: sign * l.value,
    counted: l.counted,
    reason: l.reason,
  }));
  return {
    id: s.id,
    kind: s.kind,
    number: s.number,
    date: s.date,
    donorName: s.donorName,
    publicAnonymous: s.publicAnonymous,
    villageId: s.villageId,
    villageName: s.villageName,
    recipient: s.recipient,
    decisionRef: s.decisionRef,
    note: s.note,
    totalValue: lines.reduce((a, l) => a + l.value, 0),
    lines,
    voidedAt: s.voidedAt ? s.voidedAt.toISOString() : null,
    voidReason: s.voidReason,
    can: slipCan(actor, commune, s),
  };
}
