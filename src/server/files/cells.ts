/** What a spreadsheet cell holds once read (read-sheet.ts, xlsx-grids.ts). */

/** A cell that held a formula, when the caller refuses formulas (its value could hide what is imported). */
export const FORMULA = Symbol('formula');
export type Cell = string | number | Date | null;
export type MarkedCell = Cell | typeof FORMULA;
export type SheetRow<C extends MarkedCell = Cell> = { row: number; cells: C[] };
