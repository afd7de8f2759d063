/**
 * What the server and the staff app's form builder agree on about a report form's fields and table columns: the
 * server enforces it (report-forms/fields.ts, rules.ts); the builder says it before sending.
 */

/** A field's or a column's code: ASCII letters, digits and underscores, starting with a letter, at most 40. */
export const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['number', 'money', 'count']);

/** The types that hold a number: they are totalled, summed from below and may be an "of which" of one another. */
export const isNumericType = (type: string | null | undefined) => !!type && NUMERIC_TYPES.has(type);
