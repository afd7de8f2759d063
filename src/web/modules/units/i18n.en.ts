// English strings, fetched only when a user switches to English (src/web/i18n-en.ts).
import type { unitsVi } from './i18n';

export const unitsEn: Record<keyof typeof unitsVi, string> = {
  unPortalNav: 'Portal settings',
  unPortalCommune: 'Commune',
  unPortalNone: 'You manage no commune’s portal.',
  unPortalLogo: 'Emblem (logo)',
  unPortalLogoHint:
    'PNG, JPEG or WebP image, at most 5 MB; a square image on a transparent background works best. Shown at the top of every page.',
  unPortalLogoNone: 'No emblem yet',
  unPortalLogoPick: 'Upload an emblem',
  unPortalLogoRemove: 'Remove the emblem',
  unPortalLogoSaved: 'Emblem saved',
  unPortalLogoRemoved: 'Emblem removed',
  unPortalIntro: 'Introduction',
  unPortalIntroHint:
    'Shown on the portal’s “Giới thiệu” page: who the committee is, what it does, reception hours… One paragraph a line.',
  unPortalResponsible: 'Responsible for the content',
  unPortalResponsibleHint:
    'For example: Mr Nguyễn Văn A, Chair of the Fatherland Front Committee of Hồng Sơn commune. Shown at the foot of every page.',
  unPortalAddress: 'Portal address',
  unPortalView: 'Open the portal',
  unPortalViewIntro: 'Open the “Giới thiệu” page',
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
