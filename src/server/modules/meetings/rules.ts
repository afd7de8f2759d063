import { conflict } from '../../core/errors';
import type { Meeting, MeetingDelegate } from './schema';

/**
 * Lifecycle rules checked inside each command's transaction, against the locked meeting row.
 * A meeting is planned, then held or cancelled; nothing goes back. Documents once numbered are
 * frozen (ARCHITECTURE.md, domain rule 8): after the invitation is issued, what it prints (title, time, place,
 * agenda, chair, the delegates invited) no longer changes; after the minutes are issued, nothing
 * the minutes print changes either.
 */
export type MeetingStatus = Meeting['status'];

export function checkTransition(from: MeetingStatus, to: MeetingStatus): void {
  if (from === to) return;
  if (from === 'planned') return;
  const now = from === 'held' ? 'đã tổ chức' : 'đã hủy';
  throw conflict('bad_transition', `Hội nghị ${now}, không chuyển sang trạng thái khác được.`, {
    status: `Hội nghị ${now}.`,
  });
}

/** Fields the invitation prints. */
export const INVITATION_FIELDS = [
  'type',
  'title',
  'date',
  'startTime',
  'place',
  'chair',
  'chairTitle',
  'agenda',
  'villageId',
  'delegates',
] as const;

export function checkNotFrozen(
  m: Meeting,
  changed: string[],
  invitationNumber?: string | null,
  minutesNumber?: string | null,
): void {
  if (changed.length === 0) return;
  if (m.minutesDocId) {
    const msg = `Biên bản đã phát hành${minutesNumber ? ` số ${minutesNumber}` : ''}, không sửa hội nghị được nữa.`;
    throw conflict('minutes_issued', msg, Object.fromEntries(changed.map((f) => [f, msg])));
  }
  if (m.invitationDocId) {
    const locked = changed.filter((f) => (INVITATION_FIELDS as readonly string[]).includes(f));
    if (locked.length) {
      const msg = `Giấy mời đã phát hành${invitationNumber ? ` số ${invitationNumber}` : ''}: không đổi được thông tin đã in trên giấy mời.`;
      throw conflict('invitation_issued', msg, Object.fromEntries(locked.map((f) => [f, msg])));
    }
  }
}

export function checkNotCancelled(m: Meeting, field: string): void {
  if (m.status === 'cancelled')
    throw conflict('meeting_cancelled', 'Hội nghị đã hủy.', { [field]: 'Hội nghị đã hủy.' });
}

export function checkHeld(m: Meeting, field: string, what: string): void {
  if (m.status !== 'held')
    throw conflict('meeting_not_held', `Hội nghị chưa tổ chức: chưa ${what} được.`, {
      [field]: 'Đánh dấu hội nghị đã tổ chức trước.',
    });
}

type DelegateShape = Pick<MeetingDelegate, 'name' | 'title' | 'organization' | 'organizationId' | 'userId'>;
const delegateKey = (d: DelegateShape) =>
  JSON.stringify([d.name, d.title ?? null, d.organization ?? null, d.organizationId ?? null, d.userId ?? null]);

/** Whether the invited list (ignoring attendance) differs. */
export function delegatesDiffer(a: DelegateShape[], b: DelegateShape[]): boolean {
  return a.length !== b.length || a.some((d, i) => delegateKey(d) !== delegateKey(b[i] as DelegateShape));
}
