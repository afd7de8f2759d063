import type { Key } from '../../i18n';
import type { AuthorKind, Status } from './api';

export const statusKey = (s: Status): Key => `csStatus_${s}`;
export const kindKey = (k: AuthorKind): Key => `csKind_${k}`;
export const statusColor = (s: Status) => (s === 'open' ? 'green' : s === 'upcoming' ? 'blue' : 'default');
export const synthesisUrl = (id: string, ext: 'docx' | 'pdf') => `/api/v1/consultations/${id}/synthesis.${ext}`;
export const articleTitle = (a: { ref: string; heading: string | null }) =>
  a.heading ? `${a.ref}. ${a.heading}` : a.ref;
/** The comment form's choice for a comment on the draft as a whole: sent without `articleRef`. */
export const GENERAL = '__general';
