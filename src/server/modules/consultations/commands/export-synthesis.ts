import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { renderDocx } from '../../documents/render-docx';
import { docxToPdf } from '../../documents/render-pdf';
import { fileSlug } from '../../../http/files';
import { synthesisSource } from '../documents';
import { findConsultationVisibleTo } from '../lookup';

/**
 * BÁO CÁO tổng hợp ý kiến góp ý as .docx or .pdf, dated the day it was closed (or today). It names the
 * people who commented, so every export is logged (ARCHITECTURE.md, domain rule 6).
 */
export async function exportSynthesis(ctx: CommandContext, input: { id: string; format: 'docx' | 'pdf' }) {
  const found = await findConsultationVisibleTo(ctx.db, ctx.actor, input.id);
  const cons = found.consultation;
  const { comments, document } = await synthesisSource(ctx.db, found);
  const docx = await renderDocx(document(cons.closedAt ? todayVn(cons.closedAt) : todayVn()));
  const bytes = input.format === 'docx' ? docx : await docxToPdf(docx, { inputName: 'tong-hop-gop-y' });
  await recordAudit(ctx.db, ctx.meta, {
    action: 'consultation.synthesis_export',
    entity: 'consultation',
    entityId: cons.id,
    communeId: cons.communeId,
    scopePath: found.communePath,
    after: { format: input.format, comments: comments.length },
  });
  return {
    bytes: new Uint8Array(bytes),
    fileName: `tong-hop-gop-y-${fileSlug(cons.title, 'du-thao')}.${input.format}`,
  };
}
