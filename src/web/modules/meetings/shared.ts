import type { Key } from '../../i18n';
import type { MeetingStatus, MeetingType } from './api';

export const typeKey = (t: MeetingType) => `mtType_${t}` as Key;
export const statusKey = (s: MeetingStatus) => `mtStatus_${s}` as Key;
export const STATUS_COLOR: Record<MeetingStatus, string> = { planned: 'blue', held: 'green', cancelled: 'default' };

export const fileUrl = (id: string, kind: 'invitation' | 'minutes', ext: 'docx' | 'pdf') =>
  `/api/v1/meetings/${id}/${kind}.${ext}`;
