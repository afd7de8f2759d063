import type { CommandContext } from '../../../core/command';
import { fileSlug } from '../../../http/files';
import { recordAudit } from '../../audit/record-audit';
import { renderDocx } from '../../documents/render-docx';
import { frozenDocument } from '../../register/queries';
import type { Queryable } from '../../../db/client';
import { findFestivalVisibleTo, type VisibleFestival } from '../lookup';
import { festivalReportOf } from '../report';
import { festivalReportDocument } from '../report-document';

async function draftDocument(db: Queryable, v: VisibleFestival) {
  const { facts, report } = await festivalReportOf(db, v);
  return festivalReportDocument(facts, report);
}

/**
 * The report read at the festival as .docx, for whoever reads the festival: once issued, the document exactly as it was
 * issued (frozen with its register entry, whatever the records say now); before, a draft from the records. It names
 * the commended households and people: the export is logged (DOMAIN.md rule 6).
 */
export async function exportFestivalReport({ db, actor, meta }: CommandContext, id: string) {
  const v = await findFestivalVisibleTo(db, actor, id);
  const issued = v.festival.documentId ? await frozenDocument(db, v.festival.documentId) : null;
  const document = issued ?? (await draftDocument(db, v));
  const body = new Uint8Array(await renderDocx(document));
  await recordAudit(db, meta, {
    action: 'festival.report_export',
    entity: 'festival',
    entityId: v.festival.id,
    communeId: v.festival.communeId,
    scopePath: v.festival.unitPath,
  });
  return { body, fileName: `bao-cao-ngay-hoi-${fileSlug(v.village.name, 'thon')}-${v.festival.year}.docx` };
}
