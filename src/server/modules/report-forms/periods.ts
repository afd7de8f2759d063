/** The reporting periods live in src/lib: the staff app's period pickers use the same calendar. */
export * from '../../../lib/report-periods';
