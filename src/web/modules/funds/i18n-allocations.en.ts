// English strings of allocations, fetched with the rest of English (src/web/i18n-en.ts through fundsEn).
import type { allocationsVi } from './i18n-allocations';

export const allocationsEn: Record<keyof typeof allocationsVi, string> = {
  fundAllocTab: 'Allocations to communes',
  fundAllocNew: 'Allocation decision',
  fundAllocDecision: 'Decision number',
  fundAllocPurpose: 'Purpose',
  fundAllocPurposeHint: 'E.g. Support after typhoon no. 3',
  fundAllocCommune: 'Commune',
  fundAllocAmount: 'Amount (VND)',
  fundAllocTotal: 'Total allocated',
  fundAllocPasteHint:
    "Paste a column of amounts from Excel into the first commune's cell: the cells below fill in order.",
  fundAllocNoCommunes: 'This unit has no communes.',
  fundAllocNoneFilled: 'Enter an amount for at least one commune.',
  fundAllocSubmit: 'Allocate and write the payment vouchers',
  fundAllocSaved: 'Allocated; {count} payment vouchers written',
  fundAllocList: 'Allocations made',
  fundAllocEmpty: 'Nothing allocated yet',
  fundAllocState_pending: 'Awaiting the commune',
  fundAllocState_acknowledged: 'Received by the commune',
  fundAllocPayoutNo: 'Voucher',
  fundAllocReceived: 'Allocations from the level above',
  fundAllocFrom: 'Allocated by',
  fundAllocAcknowledge: 'Acknowledge receipt',
  fundAllocAcknowledgeInto: 'Into fund',
  fundAllocAcknowledged: 'Receipt acknowledged',
  fundAllocReceivedOn: 'Received on',
  fundReadOnly: 'Read only',
  fundUnit: 'Unit',
};
