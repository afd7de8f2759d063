/**
 * Vietnamese text rules shared by server and web (ARCHITECTURE.md "Numbers": sort with vi collation, search ignoring
 * diacritics).
 */

export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export const compareVi = (a: string, b: string) => viCollator.compare(a, b);

/** "Hồng Sơn" → "hong son"; đ folds to d; input normalised to NFC first. */
export function foldVietnamese(s: string): string {
  // Plain ASCII (most bank texts) has nothing to fold: skip the two normalisations.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does `text` contain `query`, ignoring case and diacritics? */
export function matchesVi(text: string, query: string): boolean {
  const q = foldVietnamese(query);
  return q === '' || foldVietnamese(text).includes(q);
}
