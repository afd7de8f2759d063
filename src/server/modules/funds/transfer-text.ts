/**
 * PLACEHOLDER until the `banktext` branch lands (take that branch's file on merge): the signature the import
 * codes against, with a crude reading of the most common shapes so that the import works meanwhile.
 */
export type TransferText = {
  payerName: string | null;
  bankRef: string | null;
  payerAccount: string | null;
  payerBank: string | null;
  anonymous: boolean;
  driveText: string;
};

export function readTransferText(text: string): TransferText {
  const ref = /\b(FT\d{8,}|MBVCB\.\d+\.\d+|\d{6,}\.\d{6,})\b/.exec(text)?.[1] ?? null;
  const account = /\b(\d{6,}x{2,})\b/i.exec(text)?.[1] ?? null;
  const anonymous = /\b(an danh|nha hao tam)\b/i.test(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  return { payerName: null, bankRef: ref, payerAccount: account, payerBank: null, anonymous, driveText: text };
}
