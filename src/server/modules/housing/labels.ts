import type { FundingSource, HousingKind } from './schema';

export const KIND_LABELS: Record<HousingKind, string> = { new_build: 'Xây mới', repair: 'Sửa chữa' };

export const SOURCE_LABELS: Record<FundingSource, string> = {
  fund: 'Quỹ "Vì người nghèo"',
  budget: 'Ngân sách nhà nước',
  donor: 'Nhà tài trợ',
  household: 'Hộ gia đình đối ứng',
};

/** "Nhà tài trợ: Công ty Hồng Phát", "Quỹ Vì người nghèo xã (PC 03/2025)" — a funding line as documents print it. */
export function sourceText(l: {
  source: FundingSource;
  donorName: string | null;
  fundName?: string | null;
  payoutNo?: string | null;
}) {
  if (l.source === 'donor') return `${SOURCE_LABELS.donor}: ${l.donorName ?? ''}`;
  if (l.source === 'fund') {
    const name = l.fundName ?? 'Quỹ "Vì người nghèo"';
    return l.payoutNo ? `${name} (phiếu chi ${l.payoutNo})` : name;
  }
  return SOURCE_LABELS[l.source];
}
