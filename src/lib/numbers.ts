/** Numbers the way a Vietnamese report writes them: dot thousands, comma decimals (ARCHITECTURE.md "Numbers"). */

/** 72925000 → '72.925.000'. Integers only (money, counts). */
export function formatInteger(n: number | bigint): string {
  const s = BigInt(n).toString();
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 72925000 → '72.925.000 đồng'. */
export function formatMoney(n: number | bigint): string {
  return `${formatInteger(n)} đồng`;
}

/**
 * numerator / denominator × 100, rounded half-up (away from zero) to `decimals` places, computed
 * exactly on integers: 105.375 → '105,38', never '105,37' from a binary float. Null when denominator is 0.
 */
export function roundedPercent(
  numerator: number | bigint,
  denominator: number | bigint,
  decimals: 0 | 1 | 2 = 0,
): string | null {
  const den = BigInt(denominator);
  if (den === 0n) return null;
  const scale = 10n ** BigInt(decimals);
  let num = BigInt(numerator) * 100n * scale;
  const negative = num < 0n !== den < 0n && num !== 0n;
  num = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (num * 2n + d) / (2n * d); // half-up
  const whole = (q / scale).toString();
  const frac = decimals ? `,${(q % scale).toString().padStart(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${formatInteger(BigInt(whole))}${frac}`;
}

/** The exact percentage as a number (API `percent`), or null when the base is 0. */
export function exactPercent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator * 100) / denominator;
}

/**
 * Reads an integer typed the Vietnamese way ('72.925.000', '72 925 000', '1000') or a plain number
 * from a spreadsheet cell. Null when it is not a whole number (decimals, text, empty).
 */
export function parseInteger(input: unknown): number | null {
  if (typeof input === 'number') return Number.isSafeInteger(input) ? input : null;
  if (typeof input !== 'string') return null;
  const s = input
    .trim()
    .replace(/\s+/g, '')
    .replace(/(đồng|đ)$/i, '');
  if (!/^-?\d{1,3}(\.\d{3})*$|^-?\d+$/.test(s)) return null;
  const n = Number(s.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * A number typed into a form, the Vietnamese way: dots and spaces ignored, a leading minus kept (a typed "-3" is
 * -3, which the server refuses naming the field, never a silent 3); undefined when no digit was typed.
 */
export function parseTyped(v: string | undefined): number | undefined {
  const text = v ?? '';
  const digits = text.replace(/\D/g, '');
  if (digits === '') return undefined;
  return /^\s*[-−]/.test(text) ? -Number(digits) : Number(digits);
}
