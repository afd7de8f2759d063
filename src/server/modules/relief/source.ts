import { registerIndicatorSource } from '../targets/sources';
import { reliefTotals } from './figures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const totals = (
  db: Parameters<typeof reliefTotals>[0],
  q: { params: Record<string, string>; unitPath: string; from: string; to: string },
) => {
  const programId = q.params.programId?.trim();
  if (programId && !UUID.test(programId)) return Promise.resolve({ households: 0, value: 0 });
  return reliefTotals(db, q.unitPath, { programId: programId || undefined, from: q.from, to: q.to });
};

/**
 * Relief feeds indicators ("Hộ nghèo, cận nghèo, khó khăn được hỗ trợ"): households served and the
 * total value, per unit subtree (the household's village), for one programme (`programId`) or, when
 * no programme is named, every programme dated within the indicator's period.
 */
export function registerReliefSources() {
  registerIndicatorSource({
    key: 'relief.households',
    label: 'Số hộ được trợ giúp (từ danh sách trợ giúp; một chương trình hoặc mọi chương trình trong kỳ)',
    params: ['programId'],
    compute: async (db, q) => ({ value: (await totals(db, q)).households }),
  });
  registerIndicatorSource({
    key: 'relief.value',
    label: 'Tổng giá trị trợ giúp hộ gia đình (đồng)',
    params: ['programId'],
    compute: async (db, q) => ({ value: (await totals(db, q)).value }),
  });
}
