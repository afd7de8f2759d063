import { foldVietnamese } from '../../../lib/vi-text';

/** Vietnamese letters with their marks, upper and lower case, and the plain letter each folds to. */
const MARKED =
  'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';
const PLAIN = [...MARKED]
  .map((c) => (c === 'Đ' || c === 'đ' ? 'd' : c.normalize('NFD').charAt(0).toLowerCase()))
  .join('');

/**
 * The SQL of `donations.name_words` (a stored generated column): the same folding as `nameWords` below, done by the
 * database with immutable functions only (translate, then lower for ASCII, which holds under any collation).
 * Anonymous donors get null: their name is never searchable.
 */
export const NAME_WORDS_SQL = `case when "donor_kind" = 'anonymous' or "public_anonymous" then null else array_remove(regexp_split_to_array(lower(translate(normalize("donor_name", NFC), '${MARKED}', '${PLAIN}')), '[^a-z]+'), '') end`;

/** The words of a name as the column stores them: "Nguyễn  Trọng-Nghĩa" → ["nguyen", "trong", "nghia"]. */
export function nameWords(name: string): string[] {
  return foldVietnamese(name)
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** SQL folding a text expression the same way, for searching the few rows of money out without a stored column. */
export const foldSql = (expr: string) => `lower(translate(normalize(${expr}, NFC), '${MARKED}', '${PLAIN}'))`;
