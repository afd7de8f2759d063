import type { CommandContext } from '../../../core/command';
import { notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { renderDocx } from '../../documents/render-docx';
import { findUnit } from '../../units/queries';
import { findSlipVisibleTo } from '../lookup';
import { findSlipWithLines } from '../queries';
import { slipDocument } from '../slip-document';

/** The printable slip as Word, for whoever may see the slip; each copy is logged (a receipt names its donor). */
export async function exportSlipDocument({ db, actor, meta }: CommandContext, id: string) {
  const { warehouse } = await findSlipVisibleTo(db, actor, id);
  const slip = await findSlipWithLines(db, id);
  const commune = await findUnit(db, warehouse.communeId);
  if (!slip || !commune) throw notFound('Phiếu kho');
  const bytes = await renderDocx(slipDocument(slip, warehouse, commune));
  await recordAudit(db, meta, {
    action: 'goods_slip.export',
    entity: 'goods_slip',
    entityId: slip.id,
    communeId: slip.communeId,
    scopePath: slip.unitPath,
    after: { number: slip.number, format: 'docx' },
  });
  return { bytes, fileName: `${slip.number}.docx` };
}
