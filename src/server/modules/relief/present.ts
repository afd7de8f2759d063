import { amountInWords } from '../../../lib/amount-in-words';
import { formatInteger } from '../../../lib/numbers';
import type { Actor } from '../../core/actor';
import { canAddSomeSupport, canHandOver, canManageRelief } from './policy';
import type { householdYear, SupportRow } from './queries';
import type { ReliefProgram, ReliefSupport } from './schema';

type CommuneRef = { id: string; path: string };

/** What the caller may do with a programme: manage it, add gifts, pay them from a fund. */
export const programCan = (actor: Actor, commune: CommuneRef) => ({
  manage: canManageRelief(actor, commune),
  addSupport: canAddSomeSupport(actor, commune),
  payFromFund: canManageRelief(actor, commune),
});

/** What the caller may do with one gift. */
export const supportCan = (actor: Actor, commune: CommuneRef, s: ReliefSupport) => ({
  handOver: canHandOver(actor, commune, s.unitPath),
});

export function presentProgram(p: ReliefProgram, totals?: { households: number; value: number }) {
  return {
    id: p.id,
    communeId: p.communeId,
    name: p.name,
    date: p.date,
    partner: p.partner,
    targetCategories: p.targetCategories,
    note: p.note,
    ...(totals && { households: totals.households, value: totals.value }),
    createdAt: p.createdAt,
  };
}

export function presentSupport(
  s: ReliefSupport,
  extra: {
    headName?: string;
    villageId?: string;
    villageName?: string;
    fundName?: string | null;
    payoutNo?: string | null;
    categories?: string[];
  } = {},
) {
  return {
    id: s.id,
    programId: s.programId,
    householdId: s.householdId,
    ...(extra.headName !== undefined && { headName: extra.headName }),
    ...(extra.villageId !== undefined && { villageId: extra.villageId, villageName: extra.villageName }),
    ...(extra.categories && { categories: extra.categories }),
    kind: s.kind,
    value: s.value,
    valueInWords: amountInWords(s.value),
    description: s.description,
    sourceKind: s.sourceKind,
    fundId: s.fundId,
    fundName: extra.fundName ?? null,
    donorName: s.donorName,
    disbursementId: s.disbursementId,
    payoutNo: extra.payoutNo ?? null,
    overrideReason: s.overrideReason,
    handedOverAt: s.handedOverAt,
    handedOverBy: s.handedOverBy,
    createdAt: s.createdAt,
  };
}

export const presentSupportRow = (r: SupportRow) =>
  presentSupport(r.support, {
    headName: r.headName,
    villageId: r.villageId,
    villageName: r.villageName,
    fundName: r.fundName,
    payoutNo: r.payoutNo,
    categories: r.categories,
  });

/** A support row as the caller sees it, with what the caller may do with it. */
export const presentSupportRowFor = (actor: Actor, commune: CommuneRef, r: SupportRow) => ({
  ...presentSupportRow(r),
  can: supportCan(actor, commune, r.support),
});

export const presentYearRow = (r: Awaited<ReturnType<typeof householdYear>>[number]) => ({
  ...presentSupport(r.support, { fundName: r.fundName, payoutNo: r.payoutNo }),
  programName: r.programName,
  programDate: r.programDate,
  partner: r.partner,
});

/** "43 hộ, 21.500.000 đồng" — the phrase a report quotes. */
export function summaryText(households: number, value: number): string {
  return `${formatInteger(households)} hộ, ${formatInteger(value)} đồng`;
}
