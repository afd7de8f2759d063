/**
 * Text that a spreadsheet would run as a formula when someone edits or re-saves the cell (it starts with
 * = + - @, or with a tab or CR that some programs strip first) gets a leading apostrophe, so an exported
 * list never executes what someone typed into the app. Server and web exports both use it.
 */
export function neutraliseFormula(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
