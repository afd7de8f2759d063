import { amountInWords } from '../../../lib/amount-in-words';
import type { Actor } from '../../core/actor';
import { canAddPhoto, canEditCaseAt, canManageHousing, canProposeSome } from './policy';
import type { FundingRow } from './queries';
import { FLOW, minutesAvailable, minutesKinds } from './rules';
import type { HousingCase, HousingPhoto } from './schema';

type CommuneRef = { id: string; path: string };

/** What the caller may do with a case. */
export function caseCan(actor: Actor, commune: CommuneRef, c: HousingCase) {
  const manage = canManageHousing(actor, commune);
  return {
    edit: canEditCaseAt(actor, commune, c) && c.stage !== 'handed_over',
    move: manage && c.stage !== 'handed_over',
    fund: manage && c.stage !== 'handed_over',
    addPhoto: canAddPhoto(actor, commune, c),
  };
}

export const listCan = (actor: Actor, commune: CommuneRef) => ({ propose: canProposeSome(actor, commune) });

export function presentCase(c: HousingCase, extra: { villageName: string; funded: number }) {
  return {
    id: c.id,
    communeId: c.communeId,
    villageId: c.villageId,
    villageName: extra.villageName,
    householdId: c.householdId,
    headName: c.headName,
    kind: c.kind,
    stage: c.stage,
    pausedFrom: c.pausedFrom,
    pauseReason: c.pauseReason,
    requiredAmount: c.requiredAmount,
    funded: extra.funded,
    description: c.description,
    participants: c.participants,
    surveyedOn: c.surveyedOn,
    approvedOn: c.approvedOn,
    buildingOn: c.buildingOn,
    handedOverOn: c.handedOverOn,
    pausedOn: c.pausedOn,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentFunding(r: FundingRow) {
  const f = r.funding;
  return {
    id: f.id,
    source: f.source,
    amount: f.amount,
    fundId: f.fundId,
    fundName: r.fundName,
    disbursementId: f.disbursementId,
    payoutNo: r.payoutNo,
    donorName: f.donorName,
    note: f.note,
    createdAt: f.createdAt.toISOString(),
  };
}

export function presentPhoto(caseId: string, p: HousingPhoto) {
  const base = `/api/v1/housing-cases/${caseId}/photos/${p.id}`;
  return {
    id: p.id,
    stage: p.stage,
    caption: p.caption,
    width: p.width,
    height: p.height,
    url: `${base}/large`,
    thumbUrl: `${base}/thumb`,
    createdAt: p.createdAt.toISOString(),
  };
}

/** The stages timeline: each step of the flow with its date (null = not reached). */
export function timelineOf(c: HousingCase) {
  const dates: Record<(typeof FLOW)[number], string | null> = {
    surveyed: c.surveyedOn,
    approved: c.approvedOn,
    building: c.buildingOn,
    handed_over: c.handedOverOn,
    paused: null,
  };
  return FLOW.map((stage) => ({ stage, date: dates[stage] }));
}

export function presentDetail(
  actor: Actor,
  commune: CommuneRef,
  c: HousingCase,
  villageName: string,
  lines: FundingRow[],
  photos: HousingPhoto[],
) {
  const funded = lines.reduce((s, l) => s + l.funding.amount, 0);
  return {
    ...presentCase(c, { villageName, funded }),
    fundedInWords: amountInWords(funded),
    fundings: lines.map(presentFunding),
    photos: photos.map((p) => presentPhoto(c.id, p)),
    timeline: timelineOf(c),
    minutes: minutesKinds.map((kind) => ({
      kind,
      available: minutesAvailable(c, kind),
      url: `/api/v1/housing-cases/${c.id}/minutes/${kind}.docx`,
    })),
    can: caseCan(actor, commune, c),
  };
}
