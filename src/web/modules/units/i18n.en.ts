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
  unAddOne: 'One unit',
  unAddMany: 'Paste many lines',
  unPaste: 'Units (one name a line)',
  unPasteHint:
    'Paste from Excel or a document: one name a line; a line starting with a kind (“Tổ dân phố 3”) takes that kind; two columns “kind ⇥ name” work too.',
  unPasteKind: 'Default kind',
  unPasteKindHint: 'For lines that name no kind.',
  unPasteEmpty: 'No lines yet.',
  unLineError: 'Error',
  unNoChildren: 'This level has no units below it.',
};
