import { recordAudit } from '../../audit/record-audit';
import { fileSlug } from '../../../http/files';
import { renderDocx } from '../../documents/render-docx';
import { docxToPdf } from '../../documents/render-pdf';
import { findProgramVisibleTo } from '../lookup';
import { supportReadRoots } from '../policy';
import { programSupports } from '../queries';
import { signOffDocument, signOffXlsx } from '../sign-off-document';
import type { CommandContext } from '../../../core/command';

export type SignOffFormat = 'docx' | 'xlsx' | 'pdf';

/**
 * Danh sách ký nhận as Word, Excel or PDF, with the rows the actor may see. A list of names is personal data:
 * the export is logged (ARCHITECTURE.md, domain rule 6) once the file exists.
 */
export async function exportSignOff({ db, actor, meta }: CommandContext, programId: string, format: SignOffFormat) {
  const { program, communePath, communeName, communeKind } = await findProgramVisibleTo(db, actor, programId);
  const commune = { name: communeName, kind: communeKind };
  const rows = await programSupports(db, program, supportReadRoots(actor));
  let body: Uint8Array;
  if (format === 'xlsx') body = await signOffXlsx(program, commune, rows, program.date);
  else {
    const docx = await renderDocx(signOffDocument(program, commune, rows, program.date));
    body =
      format === 'docx'
        ? new Uint8Array(docx)
        : new Uint8Array(await docxToPdf(docx, { inputName: 'danh-sach-ky-nhan' }));
  }
  await recordAudit(db, meta, {
    action: 'relief_program.sign_off_export',
    entity: 'relief_program',
    entityId: program.id,
    communeId: program.communeId,
    scopePath: communePath,
    after: { format, rows: rows.length },
  });
  return { body, fileName: `danh-sach-ky-nhan-${fileSlug(program.name, 'chuong-trinh')}.${format}` };
}
