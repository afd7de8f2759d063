import { formatInteger } from '../../../lib/numbers';
import type { HousingStage, OpenStage } from './schema';

/**
 * The life of a house, as pure rules (checked by the commands against the locked row, tested alone):
 * surveyed → approved → building → handed_over, one step at a time and never back; any open stage may be paused
 * (with a reason) and resumed to the stage it left; a handed-over house is done. From approval on a case carries
 * the amount required; a house is handed over only once its funding lines cover that amount.
 */
export const OPEN_STAGES: readonly OpenStage[] = ['surveyed', 'approved', 'building'];
export const FLOW: readonly HousingStage[] = ['surveyed', 'approved', 'building', 'handed_over'];

export type Move = 'approve' | 'start' | 'hand_over' | 'pause' | 'resume';
export const moves = ['approve', 'start', 'hand_over', 'pause', 'resume'] as const;

/** The stage each forward move reaches, and the stage it starts from. */
const FORWARD: Record<Exclude<Move, 'pause' | 'resume'>, { from: OpenStage; to: HousingStage }> = {
  approve: { from: 'surveyed', to: 'approved' },
  start: { from: 'approved', to: 'building' },
  hand_over: { from: 'building', to: 'handed_over' },
};

export const STAGE_LABELS: Record<HousingStage, string> = {
  surveyed: 'Đã khảo sát',
  approved: 'Đã phê duyệt',
  building: 'Đang thi công',
  handed_over: 'Đã bàn giao',
  paused: 'Tạm dừng',
};

export type CaseState = {
  stage: HousingStage;
  pausedFrom: HousingStage | null;
  requiredAmount: number | null;
  /** The date the current stage was reached (the latest stage date). */
  lastDate: string;
};

export type MoveInput = { date: string; requiredAmount?: number | null; reason?: string | null; funded: number };

export type Refusal = { code: 'bad_transition' | 'validation_failed'; message: string; field: string };

export type Outcome =
  | { ok: true; stage: HousingStage; pausedFrom: HousingStage | null; requiredAmount: number | null }
  | { ok: false; refusal: Refusal };

const refuse = (code: Refusal['code'], field: string, message: string): Outcome => ({
  ok: false,
  refusal: { code, field, message },
});

/** What a move does to a case, or why it is refused (naming the field to fix). */
export function applyMove(state: CaseState, move: Move, input: MoveInput): Outcome {
  const label = STAGE_LABELS[state.stage].toLowerCase();
  if (input.date < state.lastDate)
    return refuse('validation_failed', 'date', `Ngày không được trước ngày của bước trước (${state.lastDate}).`);
  if (move === 'pause') {
    if (!OPEN_STAGES.includes(state.stage as OpenStage))
      return refuse('bad_transition', 'move', `Hồ sơ ${label}, không tạm dừng được.`);
    if (!input.reason?.trim()) return refuse('validation_failed', 'reason', 'Nêu lý do tạm dừng.');
    return { ok: true, stage: 'paused', pausedFrom: state.stage, requiredAmount: state.requiredAmount };
  }
  if (move === 'resume') {
    if (state.stage !== 'paused' || !state.pausedFrom)
      return refuse('bad_transition', 'move', `Hồ sơ ${label}, không có gì để tiếp tục.`);
    return { ok: true, stage: state.pausedFrom, pausedFrom: null, requiredAmount: state.requiredAmount };
  }
  const step = FORWARD[move];
  if (state.stage !== step.from)
    return refuse(
      'bad_transition',
      'move',
      `Hồ sơ ${label}: bước này chỉ làm được khi hồ sơ ${STAGE_LABELS[step.from].toLowerCase()}.`,
    );
  const required = input.requiredAmount ?? state.requiredAmount;
  if (!required || required <= 0)
    return refuse(
      'validation_failed',
      'requiredAmount',
      'Nhập tổng kinh phí cần (requiredAmount) trước khi phê duyệt.',
    );
  if (move === 'hand_over' && input.funded < required)
    return refuse(
      'validation_failed',
      'fundings',
      'Các nguồn kinh phí chưa đủ tổng kinh phí cần; ghi thêm nguồn trước khi bàn giao.',
    );
  return { ok: true, stage: step.to, pausedFrom: null, requiredAmount: required };
}

/** The date column a move writes. */
export function dateColumnOf(move: Move): 'approvedOn' | 'buildingOn' | 'handedOverOn' | 'pausedOn' | null {
  if (move === 'approve') return 'approvedOn';
  if (move === 'start') return 'buildingOn';
  if (move === 'hand_over') return 'handedOverOn';
  if (move === 'pause') return 'pausedOn';
  return null;
}

/** The stage the case works at: its own, or for a paused case the stage it left. */
export const effectiveStage = (c: { stage: HousingStage; pausedFrom: HousingStage | null }): HousingStage =>
  c.stage === 'paused' && c.pausedFrom ? c.pausedFrom : c.stage;

/** The minutes a case can print at its stage: the survey always, acceptance and hand-over once building. */
export type MinutesKind = 'survey' | 'acceptance' | 'handover';
export const minutesKinds = ['survey', 'acceptance', 'handover'] as const;
export function minutesAvailable(c: { stage: HousingStage; pausedFrom: HousingStage | null }, kind: MinutesKind) {
  if (kind === 'survey') return true;
  const s = effectiveStage(c);
  return s === 'building' || s === 'handed_over';
}

/** Fields that may no longer change once a case is handed over (the minutes printed them). */
export function canEditCase(c: { stage: HousingStage }) {
  return c.stage !== 'handed_over';
}

/** "xây mới 12 nhà, sửa chữa 5 nhà" — the phrase a report quotes. */
export function housesText(newBuild: number, repair: number): string {
  return `xây mới ${formatInteger(newBuild)} nhà, sửa chữa ${formatInteger(repair)} nhà`;
}
