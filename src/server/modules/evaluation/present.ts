import type { Actor } from '../../core/actor';
import { canActAt, canConfirmList, canDefineCriteria, canEvaluateVillage } from './policy';
import type { ScorecardRow } from './queries';
import { editableStages, isRecognised, maxTotalOf, nextStage, scoreActions } from './rules';
import type { CriteriaSet, EvaluationMeeting } from './schema';

type Counts = { registered: number; passed: number; exemplary: number; failed: number };
const NO_COUNTS: Counts = { registered: 0, passed: 0, exemplary: 0, failed: 0 };

export function presentMeeting(
  actor: Actor,
  m: EvaluationMeeting,
  extra: { villageName: string; communePath: string; counts?: Counts; documentNumber?: string | null },
) {
  const open = m.confirmedOn === null;
  return {
    id: m.id,
    communeId: m.communeId,
    villageId: m.villageId,
    villageName: extra.villageName,
    year: m.year,
    heldOn: m.heldOn,
    place: m.place,
    attendance: m.attendance,
    chairName: m.chairName,
    secretaryName: m.secretaryName,
    note: m.note,
    confirmedOn: m.confirmedOn,
    documentNumber: extra.documentNumber ?? null,
    counts: extra.counts ?? NO_COUNTS,
    minutesUrl: `/api/v1/evaluation-meetings/${m.id}/minutes.docx`,
    can: {
      edit: open && canEvaluateVillage(actor, m.unitPath),
      confirm: open && canConfirmList(actor, extra.communePath),
    },
  };
}

export function presentSet(actor: Actor, s: CriteriaSet, inUse: boolean) {
  return {
    id: s.id,
    provinceId: s.provinceId,
    year: s.year,
    target: s.target,
    title: s.title,
    passScore: s.passScore,
    maxTotal: maxTotalOf(s.groups),
    groups: s.groups,
    can: { edit: !inUse && canDefineCriteria(actor, s.provincePath) },
  };
}

/** A scorecard with what the caller may do: score while it holds an editable card, and the moves open to it. */
export function presentCard(actor: Actor, r: ScorecardRow) {
  const c = r.card;
  // A village's path is its commune's path and its own id: the commune's is the path without the last segment.
  const communePath = c.target === 'commune' ? c.unitPath : c.unitPath.replace(/[^/]+\/$/, '');
  const holds = canActAt(actor, c.stage, { unitPath: c.unitPath, communePath });
  return {
    id: c.id,
    setId: c.setId,
    year: r.year,
    target: c.target,
    unitId: c.unitId,
    unitName: r.unitName,
    communeId: c.communeId,
    communeName: r.communeName,
    scores: c.scores,
    total: c.total,
    passScore: r.passScore,
    stage: c.stage,
    recognised: isRecognised(c, r.passScore),
    returnComment: c.returnComment,
    note: c.note,
    history: c.history,
    can: {
      score: holds && editableStages.includes(c.stage),
      actions: holds ? scoreActions.filter((a) => nextStage(c.target, c.stage, a) !== null) : [],
    },
  };
}
