import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { lockReport } from '../queries';
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

/** Edits a draft; an issued report is frozen (409). */
export async function editReport(
  db: Db,
  meta: RequestMeta,
  id: string,
  patch: ReportPatch,
  scope: { communeId: string | null },
) {
  return db.transaction(async (tx) => {
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
      communeId: scope.communeId,
      scopePath: row.unitPath,
      before: { title: before.title, settings: before.settings },
      after: { title: row.title, settings: row.settings },
    });
    return row;
  });
}
