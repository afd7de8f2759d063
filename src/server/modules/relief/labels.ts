import type { HouseholdCategory } from '../households/schema';
import type { ReliefSupport } from './schema';

export const KIND_LABELS: Record<ReliefSupport['kind'], string> = {
  cash: 'Tiền mặt',
  goods: 'Hàng hóa, quà',
  house: 'Nhà ở',
  scholarship: 'Học bổng',
};

export const CATEGORY_LABELS: Record<HouseholdCategory, string> = {
  poor: 'Hộ nghèo',
  near_poor: 'Hộ cận nghèo',
  policy: 'Hộ chính sách',
  hardship: 'Hộ có hoàn cảnh khó khăn',
  lonely_elderly: 'Người cao tuổi cô đơn',
  disability: 'Hộ có người khuyết tật',
  other: 'Khác',
};

export const SOURCE_LABELS: Record<ReliefSupport['sourceKind'], string> = {
  fund: 'Quỹ',
  donor: 'Nhà hảo tâm',
  other: 'Nguồn khác',
};

/** "Hàng hóa, quà (10 kg gạo, 1 thùng mì)" — the kind with what was given. */
export function kindText(kind: ReliefSupport['kind'], description: string | null): string {
  return description ? `${KIND_LABELS[kind]} (${description})` : KIND_LABELS[kind];
}
