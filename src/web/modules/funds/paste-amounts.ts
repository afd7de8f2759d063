/**
 * Amounts pasted from a spreadsheet column ("30.000.000", "30,000,000", "30000000 đ", one a line), in whole đồng: a
 * cell that holds no positive number gives null, kept in place so the rows still line up with the communes. Of a row
 * copied with several cells, the last one is taken (the amount column is usually the rightmost).
 */
export function parsePastedAmounts(text: string): (number | null)[] {
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => {
    const digits = (line.split('\t').at(-1) ?? '').replace(/\D/g, '');
    const n = Number(digits);
    return digits && Number.isSafeInteger(n) && n > 0 ? n : null;
  });
}
