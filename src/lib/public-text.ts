/**
 * Text bound for a public page or file (disclosure, Decree 93/2021) keeps no phone or account number
 * (ARCHITECTURE.md, domain rule 3): bank texts typed or imported into a name or a description often carry them
 * ("NGUYEN VAN A chuyen khoan tu 0501000016789", "LH 0912 345 678").
 *
 * - a Vietnamese phone number (0 or +84, then nine digits, spaces, dots or dashes between) becomes `xxxxxxxxxx`;
 * - any other run of nine or more digits keeps all but its last three, as banks print them: `0501000016xxx`.
 * Shorter numbers (amounts, years, receipt numbers) are kept.
 */
const PHONE = /(?<![\d+])(?:\+84|84|0)[ .-]?[1-9](?:[ .-]?\d){8}(?!\d)/g;
const DIGITS = /\d{9,}/g;

export function maskPersonalNumbers(text: string): string {
  return text.replace(PHONE, 'xxxxxxxxxx').replace(DIGITS, (run) => `${run.slice(0, -3)}xxx`);
}
