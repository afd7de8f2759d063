import type { Key } from '../../i18n';
import type { Kind, RecStatus, Status } from './api';

/* ---------- Labels ---------- */

export const kindKey = (k: Kind): Key => `svKind_${k}`;
export const statusKey = (s: Status): Key => `svStatus_${s}`;
export const recStatusKey = (s: RecStatus): Key => `svRecStatus_${s}`;
export const NEXT_REC: Record<RecStatus, Exclude<RecStatus, 'issued'> | null> = {
  issued: 'sent',
  sent: 'answered',
  answered: 'closed',
  closed: null,
};
export const nextKey = (s: Exclude<RecStatus, 'issued'>): Key => `svNext_${s}`;
export const statusColor: Record<Status, string> = {
  planned: 'default',
  in_progress: 'processing',
  concluded: 'success',
};
export const recColor: Record<RecStatus, string> = {
  issued: 'default',
  sent: 'blue',
  answered: 'green',
  closed: 'default',
};
export const docUrl = (id: string, which: 'plan' | 'report', ext: 'docx' | 'pdf') =>
  `/api/v1/supervisions/${id}/${which}.${ext}`;
