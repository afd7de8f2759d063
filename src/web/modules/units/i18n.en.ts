// English strings, fetched only when a user switches to English (src/web/i18n-en.ts).
import type { unitsVi } from './i18n';

export const unitsEn: Record<keyof typeof unitsVi, string> = {
  unFromOfficial: 'Add a province from the official list',
  unOfficialProvince: 'Province',
  unOfficialHint:
    'Creates the province with all its communes, wards and special zones as listed since 1 July 2025. Units already there get their code instead of a duplicate.',
  unOfficialCount: 'communes and wards',
  unOfficialDone: 'The province has all its official communes; newly created',
  unCode: 'Official code',
  unEnded: 'Merged',
  unEndedOn: 'Ended on',
};
