import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { paragraphKeys } from '../build-model';
import { findReportVisibleTo } from '../lookup';
import { canManageReports } from '../policy';
import { lockReport } from '../queries';
import { modelOf } from '../report-model';
import { reports, type ReportSettings } from '../schema';

export type ReportPatch = {
  /** Paragraph key → new text; null puts the generated text back. */
  edits?: Record<string, string | null>;
  tasks?: string[] | null;
  recipients?: string[] | null;
  signerName?: string | null;
  signerPosition?: string | null;
  title?: string;
};

/** Settings after a patch: null clears a setting (back to the generated default). */
export function patchSettings(s: ReportSettings, p: ReportPatch): ReportSettings {
  const next: ReportSettings = { ...s };
  if (p.edits) {
    const edits = { ...(s.edits ?? {}) };
    for (const [k, v] of Object.entries(p.edits)) {
      if (v === null) delete edits[k];
      else edits[k] = v;
    }
    next.edits = edits;
  }
  for (const k of ['tasks', 'recipients', 'signerName', 'signerPosition'] as const) {
    const v = p[k];
    if (v === null) delete next[k];
    else if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  }
  return next;
}

/**
 * Edits a draft: only the unit's writer (403), only while it is a draft (409), and only paragraphs the
 * report has (422). An issued report is frozen.
 */
export async function editReport({ db, actor, meta }: CommandContext, id: string, patch: ReportPatch) {
  const { report, unit } = await findReportVisibleTo(db, actor, id);
  if (!canManageReports(actor, unit)) throw forbidden();
  if (report.status !== 'draft') throw conflict('report_issued', 'Báo cáo đã ban hành, không sửa được nữa.');
  if (patch.edits) {
    const keys = new Set(paragraphKeys(await modelOf(db, report, unit)));
    const unknown = Object.keys(patch.edits).filter((k) => !keys.has(k));
    if (unknown.length)
      throw invalid(Object.fromEntries(unknown.map((k) => [`edits.${k}`, 'Báo cáo không có đoạn văn với mã này.'])));
  }
  const row = await db.transaction(async (tx) => {
    const before = await lockReport(tx, id);
    if (!before) throw notFound('Báo cáo');
    if (before.status !== 'draft') throw conflict('report_issued', 'Báo cáo đã ban hành, không sửa được nữa.');
    const [row] = await tx
      .update(reports)
      .set({
        settings: patchSettings(before.settings, patch),
        ...(patch.title && { title: patch.title }),
        updatedAt: new Date(),
      })
      .where(eq(reports.id, id))
      .returning();
    if (!row) throw notFound('Báo cáo');
    await recordAudit(tx, meta, {
      action: 'report.edit',
      entity: 'report',
      entityId: id,
      communeId: unit.communeId,
      scopePath: row.unitPath,
      before: { title: before.title, settings: before.settings },
      after: { title: row.title, settings: row.settings },
    });
    return row;
  });
  return { report: row, unit };
}
