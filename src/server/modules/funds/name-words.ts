import { foldVietnamese } from '../../../lib/vi-text';

/**
 * A text folded as foldVietnamese folds it, by the database with immutable functions only: decomposed (NFD), its
 * combining marks removed, đ to d, then lowercased (ASCII by then, which holds under any collation). Not a
 * translate() over the 134 marked letters: that scans the list for every character, 14 µs a name, which was a
 * second and a half of every 100,000-row statement; this takes 3.
 */
const foldExpr = (expr: string) =>
  `lower(translate(regexp_replace(normalize(${expr}, NFD), '[\\u0300-\\u036f]+', '', 'g'), 'đĐ', 'dd'))`;

/**
 * The SQL of `donations.name_words` (a stored generated column): the words of the folded name, as `nameWords` below.
 * Anonymous donors get null: their name is never searchable.
 */
export const NAME_WORDS_SQL = `case when "donor_kind" = 'anonymous' or "public_anonymous" then null else array_remove(regexp_split_to_array(${foldExpr('"donor_name"')}, '[^a-z]+'), '') end`;

/** The words of a name as the column stores them: "Nguyễn  Trọng-Nghĩa" → ["nguyen", "trong", "nghia"]. */
export function nameWords(name: string): string[] {
  return foldVietnamese(name)
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** SQL folding a text expression the same way, for searching the few rows of money out without a stored column. */
export const foldSql = foldExpr;
