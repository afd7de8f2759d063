/**
 * Amount of money in Vietnamese words, as written on a receipt (phiếu thu):
 * 72_925_000 → "Bảy mươi hai triệu chín trăm hai mươi lăm nghìn đồng".
 *
 * Shared by server and browser: no Node-only APIs, no dependencies.
 *
 * Reading rules implemented here:
 * - digits are read in groups of three (nghìn, triệu); "tỷ" is handled
 *   recursively so that larger amounts read naturally: 2.005.000.000.000 is
 *   "Hai nghìn không trăm linh năm tỷ", 10^15 is "Một triệu tỷ";
 * - whole zero groups are skipped (1.000.000.000 → "Một tỷ");
 * - a non-zero group that follows a higher group is read in full, including
 *   "không trăm" when its hundreds digit is 0 (1.050.000 → "Một triệu không
 *   trăm năm mươi nghìn"; 1.000.005 → "Một triệu không trăm linh năm");
 * - a zero tens digit before a non-zero unit reads "linh" (not "lẻ");
 * - tens 1 → "mười", tens ≥ 2 → "<digit> mươi";
 * - unit 1 → "mốt" after "mươi", but "một" after "mười" or standalone;
 * - unit 5 → "lăm" after "mười"/"mươi", but "năm" standalone or after "linh";
 * - unit 4 is always "bốn". Spoken Vietnamese often says "tư" after "mươi"
 *   ("hai mươi tư"), but "bốn" is what official receipts and accounting
 *   software commonly print and it is never wrong, so we use it everywhere.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Largest supported amount: 10^15 đồng ("Một triệu tỷ đồng"). */
export const AMOUNT_IN_WORDS_MAX = 1_000_000_000_000_000;

const BILLION = 1_000_000_000;

function digit(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new RangeError(`not a digit: ${d}`);
  return word;
}

/**
 * Words for one group of three digits (1..999).
 * `full` = a higher non-zero group has already been read, so the hundreds
 * place must be spoken even when it is 0 ("không trăm").
 */
function readTriplet(value: number, full: boolean): string[] {
  const h = Math.floor(value / 100);
  const t = Math.floor(value / 10) % 10;
  const u = value % 10;
  const words: string[] = [];
  const hundredsSpoken = full || h > 0;

  if (hundredsSpoken) words.push(digit(h), 'trăm');

  if (t === 0) {
    if (u > 0) {
      if (hundredsSpoken) words.push('linh');
      words.push(digit(u)); // standalone or after "linh": "một", "năm", "bốn"
    }
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u)); // "mười một", "mười bốn"
  } else {
    words.push(digit(t), 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u)); // "hai mươi bốn" (not "tư"; see above)
  }
  return words;
}

/** Words for 1..999_999_999 (triệu / nghìn / units); zero groups skipped. */
function readBelowBillion(n: number, hasHigher: boolean): string[] {
  const groups: Array<[number, string]> = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1_000) % 1_000, 'nghìn'],
    [n % 1_000, ''],
  ];
  const words: string[] = [];
  let full = hasHigher;
  for (const [value, unit] of groups) {
    if (value === 0) continue;
    words.push(...readTriplet(value, full));
    if (unit) words.push(unit);
    full = true;
  }
  return words;
}

/** Words for 1..10^15: "tỷ" is applied to the (recursively read) number of billions. */
function readPositive(n: number): string[] {
  if (n < BILLION) return readBelowBillion(n, false);
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  const words = [...readPositive(billions), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

function toSafeAmount(n: number | bigint): number {
  if (typeof n === 'bigint') {
    if (n < 0n) throw new RangeError(`amount must not be negative: ${n}`);
    if (n > BigInt(AMOUNT_IN_WORDS_MAX)) throw new RangeError(`amount too large (max 10^15): ${n}`);
    return Number(n);
  }
  if (!Number.isFinite(n) || !Number.isInteger(n)) {
    throw new RangeError(`amount must be a whole number of đồng: ${n}`);
  }
  if (n < 0) throw new RangeError(`amount must not be negative: ${n}`);
  if (n > AMOUNT_IN_WORDS_MAX) throw new RangeError(`amount too large (max 10^15): ${n}`);
  return n === 0 ? 0 : n; // normalise -0
}

/**
 * The amount in Vietnamese words, first letter capitalised, ending in " đồng".
 * Throws RangeError for negative, non-integer, non-finite or > 10^15 amounts.
 */
export function amountInWords(n: number | bigint): string {
  const value = toSafeAmount(n);
  const text = value === 0 ? 'không' : readPositive(value).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} đồng`;
}
