import type { CriteriaGroup, CriterionScore, ScoreStage, ScoreTarget } from './schema';

/*
 * The evaluation's rules as pure functions (the commands call them; rules.test.ts checks them): scores against a
 * criteria set, and the order of a scorecard's approval chain.
 */

export type Refusal = { field: string; message: string };
type Checked<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** Criteria as the set stores them: keys by position ("1", "1.2"), so a score names its criterion stably. */
export function keyGroups(
  groups: { title: string; maxPoints: number; criteria: { title: string; maxPoints: number; maxBonus?: number }[] }[],
): CriteriaGroup[] {
  return groups.map((g, gi) => ({
    key: String(gi + 1),
    title: g.title,
    maxPoints: g.maxPoints,
    criteria: g.criteria.map((c, ci) => ({
      key: `${gi + 1}.${ci + 1}`,
      title: c.title,
      maxPoints: c.maxPoints,
      maxBonus: c.maxBonus ?? 0,
    })),
  }));
}

/** The most a set can give: each group's maximum. */
export const maxTotalOf = (groups: CriteriaGroup[]) => groups.reduce((s, g) => s + g.maxPoints, 0);

/** The pass score must be reachable: at most the sum of the groups' maxima. */
export function checkSet(groups: CriteriaGroup[], passScore: number): Checked<object> {
  const max = maxTotalOf(groups);
  if (passScore > max)
    return {
      ok: false,
      refusal: { field: 'passScore', message: `Điểm đạt (${fmt(passScore)}) vượt tổng điểm tối đa ${fmt(max)}.` },
    };
  return { ok: true };
}

/**
 * Scores against the set: each names a criterion once; points never above the criterion's maximum nor bonus above its
 * bonus maximum; a group's points and bonus together never above the group's own maximum. The refusal names the
 * entry (`scores.N.points`) at which the group went over.
 */
export function checkScores(groups: CriteriaGroup[], scores: CriterionScore[]): Checked<{ total: number }> {
  const criteria = new Map(groups.flatMap((g) => g.criteria.map((c) => [c.key, { c, g }] as const)));
  const seen = new Set<string>();
  const groupSum = new Map<string, number>();
  for (const [i, s] of scores.entries()) {
    const hit = criteria.get(s.key);
    if (!hit) return { ok: false, refusal: { field: `scores.${i}.key`, message: `Không có tiêu chí ${s.key}.` } };
    if (seen.has(s.key))
      return { ok: false, refusal: { field: `scores.${i}.key`, message: `Tiêu chí ${s.key} được chấm hai lần.` } };
    seen.add(s.key);
    const { c, g } = hit;
    if (s.points > c.maxPoints)
      return {
        ok: false,
        refusal: {
          field: `scores.${i}.points`,
          message: `Tiêu chí ${c.key} tối đa ${fmt(c.maxPoints)} điểm (chấm ${fmt(s.points)}).`,
        },
      };
    if (s.bonus > c.maxBonus)
      return {
        ok: false,
        refusal: {
          field: `scores.${i}.bonus`,
          message: `Tiêu chí ${c.key} thưởng tối đa ${fmt(c.maxBonus)} điểm (chấm ${fmt(s.bonus)}).`,
        },
      };
    const sum = (groupSum.get(g.key) ?? 0) + s.points + s.bonus;
    if (sum > g.maxPoints)
      return {
        ok: false,
        refusal: {
          field: `scores.${i}.points`,
          message: `Nhóm ${g.key} "${g.title}" tối đa ${fmt(g.maxPoints)} điểm (đã chấm ${fmt(sum)}).`,
        },
      };
    groupSum.set(g.key, sum);
  }
  return { ok: true, total: [...groupSum.values()].reduce((a, b) => a + b, 0) };
}

export const scoreActions = ['submit', 'approve', 'return', 'publish'] as const;
export type ScoreAction = (typeof scoreActions)[number];

/** The stage a card is with its own unit (drafting, or returned to it). */
export const ownStage = (target: ScoreTarget): ScoreStage => target;

/** The stages that may still change the scores; approved and published results are locked. */
export const editableStages: readonly ScoreStage[] = ['village', 'commune', 'province'];

/**
 * The chain village → commune → province: the unit submits, each level above approves (passing it up) or returns it
 * to the unit with a comment, the province's approval is final and then published. Null: not from this stage.
 */
export function nextStage(target: ScoreTarget, stage: ScoreStage, action: ScoreAction): ScoreStage | null {
  const own = ownStage(target);
  switch (action) {
    case 'submit':
      return stage === own ? (target === 'village' ? 'commune' : 'province') : null;
    case 'approve':
      if (stage === 'commune' && target === 'village') return 'province';
      return stage === 'province' ? 'approved' : null;
    case 'return':
      return stage !== own && (stage === 'commune' || stage === 'province') ? own : null;
    case 'publish':
      return stage === 'approved' ? 'published' : null;
  }
}

/** Recognised (Thôn văn hóa, Xã tiêu biểu) once published with the pass score. */
export const isRecognised = (c: { stage: ScoreStage; total: number }, passScore: number) =>
  c.stage === 'published' && c.total >= passScore;
