import { registerIndicatorSource } from '../targets/sources';
import { petitionFigures } from './figures';

/**
 * Petitions feed indicators ("Số ý kiến, kiến nghị cử tri được tiếp nhận / được trả lời"): counted
 * per unit subtree (the petition's village, or its commune) over the indicator's period.
 */
export function registerPetitionSources(): void {
  registerIndicatorSource({
    key: 'petitions.received',
    label: 'Số ý kiến, kiến nghị cử tri tiếp nhận trong kỳ',
    params: [],
    compute: async (db, q) => ({ value: (await petitionFigures(db, q.unitPath, q.from, q.to)).received }),
  });
  registerIndicatorSource({
    key: 'petitions.answered',
    label: 'Số ý kiến, kiến nghị cử tri (tiếp nhận trong kỳ) đã được trả lời; mẫu số là số tiếp nhận',
    params: [],
    compute: async (db, q) => {
      const f = await petitionFigures(db, q.unitPath, q.from, q.to);
      return { value: f.answered, denominator: f.received };
    },
  });
}
