import { unknownReference } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { isIndicatorVisibleTo } from '../policy';
import { findIndicators } from '../queries';

/** Each requested indicator must exist and belong to the commune or a unit above it (else 404 naming the first). */
export async function checkIndicators(db: Queryable, commune: { id: string; path: string }, ids: string[] | undefined) {
  if (!ids?.length) return;
  const found = new Map((await findIndicators(db, ids)).map((i) => [i.id, i]));
  const bad = ids.findIndex((id) => {
    const ind = found.get(id);
    return !ind || !isIndicatorVisibleTo(commune, ind);
  });
  if (bad >= 0) throw unknownReference(`indicatorIds.${bad}`, 'Chỉ tiêu');
}

export const periodError = 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.';
