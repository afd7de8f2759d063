import { z } from '@hono/zod-openapi';
import { foldVietnamese } from '../../../lib/vi-text';
import { householdCategories, type HouseholdCategory } from './schema';

/** What an erased household shows instead of its head's name (ARCHITECTURE.md, domain rule 6: erasure on request). */
export const ERASED_NAME = 'Hộ đã xóa thông tin';

export const MIN_YEAR = 2000;
/** Categories are decided for the current year, or next year at the end of a year. */
export const maxYear = (now = new Date()) => now.getUTCFullYear() + 1;

/** Vietnamese labels, as decisions and the staff write them. */
export const categoryLabels: Record<HouseholdCategory, string> = {
  poor: 'Hộ nghèo',
  near_poor: 'Hộ cận nghèo',
  policy: 'Gia đình chính sách',
  hardship: 'Hoàn cảnh khó khăn',
  lonely_elderly: 'Người cao tuổi cô đơn',
  disability: 'Người khuyết tật',
  other: 'Khác',
};

/** Folded spellings accepted in an imported file, besides the code and the label. */
const CATEGORY_ALIASES: Record<HouseholdCategory, string[]> = {
  poor: ['ngheo', 'ho ngheo', 'poor'],
  near_poor: ['can ngheo', 'ho can ngheo', 'near poor', 'near_poor'],
  policy: ['chinh sach', 'gia dinh chinh sach', 'ho chinh sach', 'policy', 'policy family'],
  hardship: ['kho khan', 'hoan canh kho khan', 'ho kho khan', 'ho co hoan canh kho khan', 'hardship'],
  lonely_elderly: [
    'nguoi cao tuoi co don',
    'cao tuoi co don',
    'nguoi gia co don',
    'neo don',
    'nguoi cao tuoi neo don',
    'lonely elderly',
    'lonely_elderly',
  ],
  disability: ['khuyet tat', 'nguoi khuyet tat', 'ho co nguoi khuyet tat', 'disability'],
  other: ['khac', 'other'],
};

const categoryByKey = new Map<string, HouseholdCategory>();
for (const c of householdCategories) {
  for (const k of [c, categoryLabels[c], ...CATEGORY_ALIASES[c]])
    categoryByKey.set(
      foldVietnamese(k)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
      c,
    );
}

/** "Hộ cận nghèo", "can ngheo", "near_poor" → 'near_poor'; null when unknown. */
export function parseCategory(text: string): HouseholdCategory | null {
  return (
    categoryByKey.get(
      foldVietnamese(text)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    ) ?? null
  );
}

/** Head names are stored NFC with single spaces; the folded form drives search and duplicate checks. */
export const normaliseName = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export const HEAD_NAME_MAX = 200;
export const ADDRESS_MAX = 300;
export const PHONE_MAX = 20;
export const DECISION_MAX = 100;
export const PHONE_RE = /^\+?[0-9 .()-]{6,20}$/;

export const headName = z
  .string({ message: 'Nhập họ tên chủ hộ.' })
  .transform(normaliseName)
  .pipe(z.string().min(1, 'Nhập họ tên chủ hộ.').max(HEAD_NAME_MAX, `Họ tên chủ hộ tối đa ${HEAD_NAME_MAX} ký tự.`));

export const address = z
  .string({ message: 'Địa chỉ phải là chuỗi.' })
  .transform((s) => normaliseName(s))
  .pipe(z.string().max(ADDRESS_MAX, `Địa chỉ tối đa ${ADDRESS_MAX} ký tự.`));

export const phone = z
  .string({ message: 'Số điện thoại phải là chuỗi.' })
  .trim()
  .refine((s) => s === '' || PHONE_RE.test(s), 'Số điện thoại chỉ gồm chữ số và + ( ) . - (6–20 ký tự).');

export const members = z
  .number({ message: 'Số nhân khẩu phải là số nguyên.' })
  .int('Số nhân khẩu phải là số nguyên.')
  .min(1, 'Số nhân khẩu từ 1 đến 100.')
  .max(100, 'Số nhân khẩu từ 1 đến 100.');

export const year = z
  .number({ message: 'Năm phải là số nguyên.' })
  .int('Năm phải là số nguyên.')
  .min(MIN_YEAR, `Năm từ ${MIN_YEAR} trở đi.`)
  .refine((y) => y <= maxYear(), 'Năm không được sau năm tới.');

export const category = z.enum(householdCategories, {
  message: `Diện hộ là một trong: ${householdCategories.join(', ')}.`,
});

export const decisionRef = z
  .string({ message: 'Số quyết định phải là chuỗi.' })
  .trim()
  .max(DECISION_MAX, `Số quyết định tối đa ${DECISION_MAX} ký tự.`);

/** Blank optional strings mean "none". */
export const blankToNull = (s: string | null | undefined) =>
  s === undefined ? undefined : s === null || s.trim() === '' ? null : s;
