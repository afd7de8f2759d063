import type { AgendaSource } from '../today/agenda';

/**
 * Funds put no work on the start page (it shows the balance and the latest receipts itself); they offer "Lập phiếu
 * thu" to those who write receipts in their own right (policy.canRecordDonation): the standing committee and
 * organisation heads. A village head's receipts go through the commune's office, off the village's short menu.
 */
export const fundsAgenda: AgendaSource = {
  keys: [],
  groups: async () => [],
  actions: (actor) => (actor.grants.some((g) => g.role === 'standing' || g.role === 'org_lead') ? ['receipt'] : []),
};
