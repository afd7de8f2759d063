import { figure, type FigureInput, isMet, metText, percentOf } from '../../../lib/figure';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { forbidden, invalid } from '../../core/errors';
import { readTogether } from '../../db/read-together';
import type { Queryable } from '../../db/client';
import { findUnitVisibleTo } from '../units/lookup';
import type { Unit } from '../units/schema';
import { canReadProgress } from './policy';
import {
  childUnits,
  communesUnder,
  indicatorsApplyingTo,
  organizationsOf,
  sumsByChildAndOrganization,
  sumsByCommune,
  targetsOverlapping,
  type Sums,
} from './queries';
import type { Indicator, Target } from './schema';
import { indicatorSource } from './sources';

export type Period = { from: string; to: string };
type Figure = { value: number; denominator: number };
type AssignedBy = { unitId: string; name: string } | { body: string };
type TargetRow = { target: Target; assignedByUnitName: string | null; assignedByUnitKind: string | null };

const CHILD_LABEL: Record<string, string> = { village: 'thôn', commune: 'xã', district: 'huyện', province: 'tỉnh' };

const index = (rows: Sums[]) =>
  new Map(rows.map((r) => [`${r.indicatorId}|${r.key}`, { value: r.value, denominator: r.denominator }]));
const zero: Figure = { value: 0, denominator: 0 };

function assignedBy(t: TargetRow): AssignedBy {
  return t.target.assignedByUnitId
    ? { unitId: t.target.assignedByUnitId, name: `${t.assignedByUnitKind ?? ''} ${t.assignedByUnitName ?? ''}`.trim() }
    : { body: t.target.assignedByBody ?? '' };
}

/** An indicator's result against a target, as lib/figure.ts reads it. */
const figureInput = (ind: Indicator, f: Figure, target?: number | null): FigureInput => ({
  aggregation: ind.aggregation,
  unitLabel: ind.unitLabel,
  actual: f.value,
  denominator: f.denominator,
  target,
});

/** The figure of a result against a target (percent, met, phrase): computed in lib/figure.ts only. */
const judge = (ind: Indicator, f: Figure, target?: number | null, decimals: 0 | 2 = 0) =>
  figure(figureInput(ind, f, target), { decimals });

/** The one target that judges a sub-unit: the one its parent assigned, else the newest. */
function pickTarget(rows: TargetRow[], parentId: string): TargetRow | undefined {
  return rows.find((r) => r.target.assignedByUnitId === parentId) ?? rows[rows.length - 1];
}

/** Figures of module-fed indicators, computed by their source for each subtree asked. */
async function sourceFigure(db: Queryable, ind: Indicator, path: string, p: Period): Promise<Figure> {
  const src = indicatorSource(ind.source);
  if (!src) return zero;
  const f = await src.compute(db, { params: ind.sourceParams, unitPath: path, ...p });
  return { value: f.value, denominator: f.denominator ?? 0 };
}

/**
 * GET /api/v1/progress: for each indicator the unit reports on, the actual over its subtree within the
 * dates, each target with "đạt N%", the direct sub-units and organisations with their own targets,
 * and how many of them met theirs.
 */
export async function computeProgress(
  db: Queryable,
  unit: Unit,
  p: Period,
  decimals: 0 | 2 = 0,
  onlyIndicatorIds?: string[],
) {
  const inds = await indicatorsApplyingTo(db, unit.path, onlyIndicatorIds);
  const ids = inds.map((i) => i.id);
  const subtree = { path: unit.path, communeId: unit.communeId };
  const [children, orgs, sums] = await readTogether(
    db,
    () => childUnits(db, unit.id),
    () => (unit.level === 'commune' ? organizationsOf(db, unit.id) : Promise.resolve([])),
    () => sumsByChildAndOrganization(db, ids, subtree, p),
  );
  children.sort((a, b) => compareVi(a.name, b.name));
  const tRows = await targetsOverlapping(db, ids, [unit.id, ...children.map((c) => c.id)], p);
  // The subtree's total is the sum over its children plus what was entered at the unit itself.
  const ownSums = new Map<string, Figure>();
  for (const r of sums.byChild) {
    const cur = ownSums.get(`${r.indicatorId}|`) ?? { value: 0, denominator: 0 };
    ownSums.set(`${r.indicatorId}|`, { value: cur.value + r.value, denominator: cur.denominator + r.denominator });
  }
  const childSums = index(sums.byChild);
  const orgSums = index(sums.byOrg);
  const childLabel = CHILD_LABEL[children[0]?.level ?? 'village'] ?? 'đơn vị';

  const items = [];
  for (const ind of inds) {
    const manual = ind.source === 'manual';
    const actual = manual ? (ownSums.get(`${ind.id}|`) ?? zero) : await sourceFigure(db, ind, unit.path, p);
    const mine = tRows.filter((t) => t.target.indicatorId === ind.id);
    const unitTargets = mine.filter((t) => t.target.unitId === unit.id && t.target.organizationId === null);

    const childRows = [];
    for (const c of children) {
      const f = manual ? (childSums.get(`${ind.id}|${c.id}`) ?? zero) : await sourceFigure(db, ind, c.path, p);
      const t = pickTarget(
        mine.filter((r) => r.target.unitId === c.id && r.target.organizationId === null),
        unit.id,
      );
      const fig = judge(ind, f, t?.target.value, decimals);
      childRows.push({
        unitId: c.id,
        name: c.name,
        actual: f.value,
        ...(ind.aggregation === 'ratio' && { denominator: f.denominator }),
        ...(t && { target: t.target.value, percent: fig.percent, met: fig.met ?? false }),
        text: fig.text,
      });
    }
    const orgRows = orgs.map((o) => {
      const f = orgSums.get(`${ind.id}|${o.id}`) ?? zero;
      const t = pickTarget(
        mine.filter((r) => r.target.unitId === unit.id && r.target.organizationId === o.id),
        unit.id,
      );
      const fig = judge(ind, f, t?.target.value);
      return {
        organizationId: o.id,
        name: o.shortName,
        actual: f.value,
        ...(ind.aggregation === 'ratio' && { denominator: f.denominator }),
        ...(t && { target: t.target.value, percent: fig.percent, met: fig.met ?? false }),
      };
    });
    const judged = childRows.filter((c) => c.target !== undefined);
    const judgedOrgs = orgRows.filter((o) => o.target !== undefined);
    const allocated = [...judged, ...judgedOrgs].reduce((s, r) => s + (r.target ?? 0), 0);

    items.push({
      indicatorId: ind.id,
      code: ind.code,
      name: ind.name,
      unitLabel: ind.unitLabel,
      aggregation: ind.aggregation,
      source: ind.source,
      actual: actual.value,
      ...(ind.aggregation === 'ratio' && { denominator: actual.denominator }),
      text: judge(ind, actual, null, decimals).text,
      targets: unitTargets.map((t) => {
        const fig = judge(ind, actual, t.target.value, decimals);
        return {
          targetId: t.target.id,
          value: t.target.value,
          from: t.target.periodFrom,
          to: t.target.periodTo,
          assignedBy: assignedBy(t),
          percent: fig.percent,
          met: fig.met ?? false,
          text: fig.text,
        };
      }),
      allocated,
      children: childRows,
      ...(judged.length > 0 && {
        met: {
          count: judged.filter((c) => c.met).length,
          of: judged.length,
          text: metText(judged.filter((c) => c.met).length, judged.length, childLabel),
          // Sub-units are never national (the national unit has no parent), which the narrowing states for the type.
          ...(children[0] && children[0].level !== 'national' && { level: children[0].level }),
        },
      }),
      organizations: orgRows,
      ...(judgedOrgs.length > 0 && {
        organizationsMet: {
          count: judgedOrgs.filter((o) => o.met).length,
          of: judgedOrgs.length,
          text: metText(judgedOrgs.filter((o) => o.met).length, judgedOrgs.length, 'tổ chức'),
        },
      }),
    });
  }
  return { unitId: unit.id, from: p.from, to: p.to, items };
}

/**
 * The province view: every commune under the unit × every indicator the unit shares, with the
 * commune's actual, its target and the percentage. Three queries whatever the size.
 */
export async function computeOverview(db: Queryable, unit: Unit, p: Period) {
  const inds = (await indicatorsApplyingTo(db, unit.path)).filter((i) => i.ownerPath.length <= unit.path.length);
  const ids = inds.map((i) => i.id);
  const communes = await communesUnder(db, unit.path);
  const [sums, tRows] = await readTogether(
    db,
    () => sumsByCommune(db, ids, { path: unit.path, communeId: unit.communeId }, p),
    () =>
      targetsOverlapping(
        db,
        ids,
        communes.map((c) => c.id),
        p,
      ),
  );
  const byKey = index(sums);
  const manualOnly = inds.filter((i) => i.source === 'manual');
  // Grouped once: a filter per cell over every target is 16 million checks for 100 communes × 40 indicators.
  const targetsByCell = new Map<string, TargetRow[]>();
  for (const r of tRows) {
    if (r.target.organizationId !== null) continue;
    const k = `${r.target.indicatorId}|${r.target.unitId}`;
    targetsByCell.set(k, [...(targetsByCell.get(k) ?? []), r]);
  }
  const rows = [];
  for (const c of communes) {
    const cells = [];
    for (const ind of inds) {
      const f =
        ind.source === 'manual' ? (byKey.get(`${ind.id}|${c.id}`) ?? zero) : await sourceFigure(db, ind, c.path, p);
      const t = pickTarget(targetsByCell.get(`${ind.id}|${c.id}`) ?? [], unit.id);
      // Numbers only: a province table has thousands of cells and shows no sentence.
      const input = figureInput(ind, f, t?.target.value);
      cells.push({
        indicatorId: ind.id,
        actual: f.value,
        ...(ind.aggregation === 'ratio' && { denominator: f.denominator }),
        ...(t && { target: t.target.value, percent: percentOf(input), met: isMet(input) ?? false }),
      });
    }
    rows.push({ unitId: c.id, name: c.name, kind: c.kind, cells });
  }
  return {
    unitId: unit.id,
    from: p.from,
    to: p.to,
    indicators: inds.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unitLabel: i.unitLabel,
      aggregation: i.aggregation,
      manual: manualOnly.includes(i),
    })),
    rows,
  };
}

/** The unit whose progress the actor asked for, over a period that runs forwards. */
async function progressUnit(db: Queryable, actor: Actor, q: Period & { unitId: string }) {
  if (q.from > q.to) throw invalid({ to: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  const unit = await findUnitVisibleTo(db, actor, q.unitId, 'unitId');
  if (!canReadProgress(actor, unit)) throw forbidden();
  return unit;
}

/** GET /progress for the actor: the unit must be within their reach. */
export async function progressFor(db: Queryable, actor: Actor, q: Period & { unitId: string; decimals?: '0' | '2' }) {
  const unit = await progressUnit(db, actor, q);
  return computeProgress(db, unit, { from: q.from, to: q.to }, q.decimals === '2' ? 2 : 0);
}

export async function overviewFor(db: Queryable, actor: Actor, q: Period & { unitId: string }) {
  return computeOverview(db, await progressUnit(db, actor, q), { from: q.from, to: q.to });
}
