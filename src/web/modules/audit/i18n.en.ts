// English strings, fetched only when a user switches to English (src/web/i18n-en.ts).
import type { auditVi } from './i18n';

export const auditEn: Record<keyof typeof auditVi, string> = {
  auChanges: 'Changes',
  auRecord: 'Record',
  auRecordId: 'Record id',
  auHistory: 'History of this record',
  auExport: 'Export to Excel',
  auNoChange: 'No field changed',
  auClearRecord: 'Clear the record filter',
  auFrom: 'From',
  auTo: 'To',
};
