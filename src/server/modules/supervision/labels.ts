import type { Supervision, SupervisionRecommendation } from './schema';

export const KIND_LABELS: Record<Supervision['kind'], string> = {
  supervision: 'Giám sát',
  social_criticism: 'Phản biện xã hội',
};

export const STATUS_LABELS: Record<Supervision['status'], string> = {
  planned: 'Đã lập kế hoạch',
  in_progress: 'Đang thực hiện',
  concluded: 'Đã kết thúc',
};

export const REC_STATUS_LABELS: Record<SupervisionRecommendation['status'], string> = {
  issued: 'Đã nêu kiến nghị',
  sent: 'Đã gửi',
  answered: 'Đã trả lời',
  closed: 'Đã kết thúc theo dõi',
};

/** Each status and the one step that may follow it. */
export const NEXT_STATUS = {
  planned: 'in_progress',
  in_progress: 'concluded',
  concluded: null,
} as const satisfies Record<Supervision['status'], Supervision['status'] | null>;

/** The step a recommendation must be at before moving to `to`. */
export const REC_FROM = { sent: 'issued', answered: 'sent', closed: 'answered' } as const;
export type RecTarget = keyof typeof REC_FROM;

/** Not answered (or closed) and past its due date. */
export function isOverdue(r: Pick<SupervisionRecommendation, 'status' | 'dueDate'>, today: string): boolean {
  return (r.status === 'issued' || r.status === 'sent') && r.dueDate !== null && r.dueDate < today;
}
