import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, invalid, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { NEXT_STATUS, STATUS_LABELS } from '../labels';
import { lockSupervision } from '../queries';
import { supervisions, type Supervision } from '../schema';
import type { SupervisionDetails } from './create-supervision';

export type SupervisionPatch = Partial<SupervisionDetails> & {
  status?: Supervision['status'];
  findings?: string | null;
};

/**
 * Edits details, records findings, and moves the status one step (planned → in_progress →
 * concluded). The row is locked first, so two people moving it at once queue: the second sees the
 * new status and gets a 409. A concluded supervision keeps its findings (422 naming findings).
 */
export async function updateSupervision(db: Db, meta: RequestMeta, id: string, patch: SupervisionPatch) {
  return db.transaction(async (tx) => {
    const before = await lockSupervision(tx, id);
    if (!before) throw notFound('Cuộc giám sát');
    const next = { ...before, ...patch };
    if (patch.status !== undefined && patch.status !== before.status && NEXT_STATUS[before.status] !== patch.status) {
      const step = NEXT_STATUS[before.status];
      const message = step
        ? `Cuộc giám sát đang ở bước "${STATUS_LABELS[before.status]}": chỉ chuyển tiếp sang "${STATUS_LABELS[step]}".`
        : `Cuộc giám sát đã kết thúc, không chuyển trạng thái được nữa.`;
      throw conflict('status_order', message, { status: message });
    }
    if (next.endDate < next.startDate) throw invalid({ endDate: 'Ngày kết thúc không được trước ngày bắt đầu.' });
    if (next.status === 'concluded' && !next.findings?.trim()) {
      throw invalid({
        findings:
          before.status === 'concluded'
            ? 'Cuộc giám sát đã kết thúc phải có kết quả (findings).'
            : 'Ghi kết quả giám sát (findings) trước khi kết thúc.',
      });
    }
    const [row] = await tx
      .update(supervisions)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(supervisions.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const action =
      patch.status && patch.status !== before.status
        ? (`supervision.${patch.status === 'in_progress' ? 'start' : 'conclude'}` as const)
        : 'supervision.update';
    await recordAudit(tx, meta, {
      action,
      entity: 'supervision',
      entityId: id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before,
      after: row,
    });
    return row;
  });
}
