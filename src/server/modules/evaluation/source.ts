import { registerFestivalEvaluationFigures } from '../festival/evaluation-slot';
import { registerIndicatorSource } from '../targets/sources';
import { evaluationFiguresOf, villageEvaluationAsOf } from './figures';

/**
 * The evaluation fills the festival report's slot (the village's latest confirmed results) and feeds indicators
 * ("… % hộ đạt danh hiệu Gia đình văn hóa", "… thôn đạt Thôn văn hóa"): families recognised over those registered,
 * villages and communes recognised, in the indicator's period and unit subtree.
 */
export function registerEvaluationSources() {
  // The festival report's slot: the festival module leaves it and never imports this one (no cycle between them).
  registerFestivalEvaluationFigures((db, village, asOf) => villageEvaluationAsOf(db, village.id, asOf));
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
