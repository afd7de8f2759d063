import { registerIndicatorSource } from '../targets/sources';
import { evaluationFiguresOf } from './figures';

/**
 * The evaluation feeds indicators ("… % hộ đạt danh hiệu Gia đình văn hóa", "… thôn đạt Thôn văn hóa"): families
 * recognised over those registered, villages and communes recognised, in the indicator's period and unit subtree.
 */
export function registerEvaluationSources() {
  registerIndicatorSource({
    key: 'evaluation.families',
    label: 'Số hộ đạt danh hiệu "Gia đình văn hóa" (danh sách xã đã xác nhận) trên số hộ đăng ký',
    params: [],
    compute: async (db, q) => {
      const f = await evaluationFiguresOf(db, q.unitPath, q.from, q.to);
      return { value: f.familiesRecognised, denominator: f.familiesRegistered };
    },
  });
  registerIndicatorSource({
    key: 'evaluation.villages',
    label: 'Số thôn, tổ dân phố đạt danh hiệu "Thôn/Tổ dân phố văn hóa" (kết quả đã công bố)',
    params: [],
    compute: async (db, q) => ({ value: (await evaluationFiguresOf(db, q.unitPath, q.from, q.to)).villagesRecognised }),
  });
  registerIndicatorSource({
    key: 'evaluation.communes',
    label: 'Số xã, phường đạt "Xã/Phường tiêu biểu" (kết quả đã công bố)',
    params: [],
    compute: async (db, q) => ({ value: (await evaluationFiguresOf(db, q.unitPath, q.from, q.to)).communesRecognised }),
  });
}
