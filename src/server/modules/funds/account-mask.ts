/* Pure (no database, no schema): the statement worker thread imports it. */

/**
 * A payer's account as staff may see it: a number the statement already masks ("0501000016xxx") stays as it
 * is; a full one loses its last three digits, as banks print them. Never on a public page.
 */
export function maskAccount(account: string): string {
  const a = account.trim();
  if (/[x*]/i.test(a)) return a;
  return a.length <= 3 ? 'xxx' : `${a.slice(0, -3)}xxx`;
}
