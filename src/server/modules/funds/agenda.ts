import { formatMoney } from '../../../lib/numbers';
import { type AgendaSource, ITEMS_PER_GROUP, groupOf } from '../today/agenda';
import { pendingLinesForCommunes } from './allocation-queries';

/**
 * Funds offer "Lập phiếu thu" to those who write receipts in their own right (policy.canRecordDonation): the standing
 * committee and organisation heads. A village head's receipts go through the commune's office, off the village's short
 * menu. The one piece of work they put on the start page: allocations from the province waiting for the commune's
 * standing committee to acknowledge them (the same rule as canManageFunds: a standing grant of that commune).
 */
export const fundsAgenda: AgendaSource = {
  keys: ['allocations.acknowledge'],
  groups: async ({ db, actor }) => {
    // A province acknowledges what the national level allocated to it (an upper grant on exactly that province).
    const communes = actor.grants.flatMap((g) =>
      (g.role === 'standing' || g.role === 'upper') && g.unitId ? [g.unitId] : [],
    );
    const { count, rows } = await pendingLinesForCommunes(db, communes, ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.line.id,
      title: `${r.owner.name} phân bổ ${formatMoney(r.line.amount)} (${r.allocation.decisionRef})`,
      detail: `${r.recipient.name} · ${r.allocation.purpose}`,
      dueDate: null,
      state: 'waiting' as const,
    }));
    return groupOf('allocations.acknowledge', items, count);
  },
  actions: (actor) => (actor.grants.some((g) => g.role === 'standing' || g.role === 'org_lead') ? ['receipt'] : []),
};
