import type { CommandContext } from '../../../core/command';
import { fileSlug } from '../../../http/files';
import { recordAudit } from '../../audit/record-audit';
import { renderDocx } from '../../documents/render-docx';
import { findFestivalVisibleTo } from '../lookup';
import { festivalReportOf } from '../report';
import { festivalReportDocument } from '../report-document';

/**
 * The report read at the festival as .docx, for whoever reads the festival. It names the commended households and
 * people: the export is logged (DOMAIN.md rule 6).
 */
export async function exportFestivalReport({ db, actor, meta }: CommandContext, id: string) {
  const v = await findFestivalVisibleTo(db, actor, id);
  const { facts, report } = await festivalReportOf(db, v);
  const body = new Uint8Array(await renderDocx(festivalReportDocument(facts, report)));
  await recordAudit(db, meta, {
    action: 'festival.report_export',
    entity: 'festival',
    entityId: v.festival.id,
    communeId: v.festival.communeId,
    scopePath: v.festival.unitPath,
  });
  return { body, fileName: `bao-cao-ngay-hoi-${fileSlug(v.village.name, 'thon')}-${v.festival.year}.docx` };
}
