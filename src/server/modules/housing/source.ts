import { registerIndicatorSource } from '../targets/sources';
import { housingFiguresOf } from './figures';

/**
 * Housing feeds indicators ("Xây mới, sửa chữa nhà Đại đoàn kết"): houses handed over in the indicator's period in the
 * unit's subtree — all of them, or one kind (`kind` = new_build | repair) — and the money that built them.
 */
export function registerHousingSources() {
  registerIndicatorSource({
    key: 'housing.houses',
    label: 'Số nhà Đại đoàn kết đã bàn giao trong kỳ (kind: new_build xây mới, repair sửa chữa; trống = cả hai)',
    params: ['kind'],
    compute: async (db, q) => {
      const f = await housingFiguresOf(db, q.unitPath, q.from, q.to);
      const kind = q.params.kind?.trim();
      return { value: kind === 'new_build' ? f.newBuild : kind === 'repair' ? f.repair : f.houses };
    },
  });
  registerIndicatorSource({
    key: 'housing.amount',
    label: 'Tổng kinh phí các nhà Đại đoàn kết đã bàn giao trong kỳ (đồng)',
    params: [],
    compute: async (db, q) => ({ value: (await housingFiguresOf(db, q.unitPath, q.from, q.to)).amount }),
  });
}
