import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { receiptFile } from '../receipt-document';

/** The printable receipt (the donor's name and address); every copy made is logged (ARCHITECTURE.md, domain rule 6). */
export async function exportReceipt({ db, actor, meta }: CommandContext, id: string, ext: 'docx' | 'pdf') {
  const file = await receiptFile(db, actor, id, ext);
  await recordAudit(db, meta, {
    action: 'donation.receipt_export',
    entity: 'donation',
    entityId: file.donation.id,
    communeId: file.donation.communeId,
    scopePath: file.donation.unitPath,
    after: { receiptNo: file.donation.receiptNo, format: ext },
  });
  return { bytes: file.bytes, fileName: file.fileName };
}
