import type { BodyKind, BodyPosition } from './schema';

/**
 * The rules of the front's bodies, pure and unit-tested: where each kind sits, which positions it has, how big
 * its roster may be (Decree 59/2023 for the two boards), and the notice an inspection plan needs.
 */
export const kindLevel: Record<BodyKind, 'commune' | 'village'> = {
  committee: 'commune',
  standing: 'commune',
  village_board: 'village',
  people_inspection: 'commune',
  investment_supervision: 'commune',
};

export const kindPositions: Record<BodyKind, readonly BodyPosition[]> = {
  committee: ['chair', 'vice_chair', 'standing_member', 'member'],
  standing: ['chair', 'vice_chair', 'standing_member'],
  village_board: ['head', 'deputy_head', 'member'],
  people_inspection: ['head', 'deputy_head', 'member'],
  investment_supervision: ['head', 'deputy_head', 'member'],
};

/** The one seat per body: a second chair or head is refused while the first sits. */
const SINGLE: readonly BodyPosition[] = ['chair', 'head'];

export const kindNameVi: Record<BodyKind, string> = {
  committee: 'Ủy ban MTTQ Việt Nam',
  standing: 'Ban Thường trực Ủy ban MTTQ Việt Nam',
  village_board: 'Ban công tác Mặt trận',
  people_inspection: 'Ban Thanh tra nhân dân',
  investment_supervision: 'Ban Giám sát đầu tư của cộng đồng',
};

export const positionNameVi: Record<BodyPosition, string> = {
  chair: 'Chủ tịch',
  vice_chair: 'Phó Chủ tịch',
  standing_member: 'Ủy viên Thường trực',
  head: 'Trưởng ban',
  deputy_head: 'Phó Trưởng ban',
  member: 'Ủy viên',
};

/** Ban Thanh tra nhân dân: at least 5 members (Decree 59/2023, art. 12). */
export const INSPECTION_MIN_MEMBERS = 5;
/** Ban Giám sát đầu tư của cộng đồng: at most 5 residents, at most 2 deputy heads (Decree 59/2023, art. 35). */
export const SUPERVISION_MAX_MEMBERS = 5;
export const SUPERVISION_MAX_DEPUTIES = 2;
/** An inspection plan reaches the inspected at least 5 working days before it starts. */
export const PLAN_NOTICE_WORKING_DAYS = 5;

type Seat = { position: BodyPosition; villageId?: string | null };

/**
 * What a roster may not be once a seat is added: field errors keyed as the caller names them (`members.3.position`
 * for a roster sent whole, `position` for one seat). `seats` are the sitting seats, the new ones last.
 */
export function rosterErrors(kind: BodyKind, seats: Seat[], key: (i: number) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  const allowed = kindPositions[kind];
  seats.forEach((s, i) => {
    if (!allowed.includes(s.position))
      errors[`${key(i)}.position`] = `${kindNameVi[kind]} chỉ có: ${allowed.map((p) => positionNameVi[p]).join(', ')}.`;
  });
  for (const single of SINGLE) {
    const at = seats.flatMap((s, i) => (s.position === single ? [i] : []));
    for (const i of at.slice(1))
      errors[`${key(i)}.position`] = `${kindNameVi[kind]} chỉ có một ${positionNameVi[single]}.`;
  }
  if (kind === 'investment_supervision') {
    if (seats.length > SUPERVISION_MAX_MEMBERS)
      errors[key(SUPERVISION_MAX_MEMBERS)] =
        `Ban Giám sát đầu tư của cộng đồng tối đa ${SUPERVISION_MAX_MEMBERS} thành viên.`;
    const deputies = seats.flatMap((s, i) => (s.position === 'deputy_head' ? [i] : []));
    for (const i of deputies.slice(SUPERVISION_MAX_DEPUTIES))
      errors[`${key(i)}.position`] =
        `Ban Giám sát đầu tư của cộng đồng tối đa ${SUPERVISION_MAX_DEPUTIES} Phó Trưởng ban.`;
  }
  return errors;
}

/** A roster elected whole (a new board, a new term) must also be big enough. */
export function electedRosterErrors(kind: BodyKind, seats: Seat[]): Record<string, string> {
  const errors = rosterErrors(kind, seats, (i) => `members.${i}`);
  if (kind === 'people_inspection' && seats.length < INSPECTION_MIN_MEMBERS)
    errors.members = `Ban Thanh tra nhân dân cần ít nhất ${INSPECTION_MIN_MEMBERS} thành viên (có ${seats.length}).`;
  if (kind === 'investment_supervision' && seats.length === 0)
    errors.members = 'Ban Giám sát đầu tư của cộng đồng cần danh sách thành viên.';
  return errors;
}

/**
 * What the standing committee should see about a sitting roster (not errors: members leave between elections):
 * a Ban Thanh tra nhân dân below 5 or with a village unrepresented, a body without its chair or head.
 */
export function rosterIssues(kind: BodyKind, seats: Seat[], villages: { id: string; name: string }[]): RosterIssue[] {
  const out: RosterIssue[] = [];
  const lead = kind === 'committee' || kind === 'standing' ? 'chair' : 'head';
  if (!seats.some((s) => s.position === lead)) out.push({ code: 'no_lead', position: lead });
  if (kind === 'people_inspection') {
    if (seats.length < INSPECTION_MIN_MEMBERS)
      out.push({ code: 'too_few_members', count: seats.length, min: INSPECTION_MIN_MEMBERS });
    const missing = villages.filter((v) => !seats.some((s) => s.villageId === v.id));
    if (missing.length > 0) out.push({ code: 'villages_unrepresented', villages: missing.map((v) => v.name) });
  }
  return out;
}

/**
 * A roster warning as data, for a client to word in its own language (the API's `issues`), beside
 * the Vietnamese sentence of `warningVi` (the API's `warnings`).
 */
export type RosterIssue =
  | { code: 'no_lead'; position: 'chair' | 'head' }
  | { code: 'too_few_members'; count: number; min: number }
  | { code: 'villages_unrepresented'; villages: string[] };

export function warningVi(i: RosterIssue): string {
  if (i.code === 'no_lead') return `Chưa có ${positionNameVi[i.position]}.`;
  if (i.code === 'too_few_members') return `Còn ${i.count} thành viên, cần ít nhất ${i.min}.`;
  return `Chưa có thành viên ở: ${i.villages.join(', ')}.`;
}

export const rosterWarnings = (kind: BodyKind, seats: Seat[], villages: { id: string; name: string }[]): string[] =>
  rosterIssues(kind, seats, villages).map(warningVi);

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The date `n` working days before `iso` (Monday–Friday; public holidays are not known to the product, so a plan
 * sent across Tết should be sent earlier than this says).
 */
export function workingDaysBefore(iso: string, n: number): string {
  let d = iso;
  let left = n;
  while (left > 0) {
    d = shift(d, -1);
    const w = weekday(d);
    if (w !== 0 && w !== 6) left -= 1;
  }
  return d;
}

/** The latest day an inspection starting on `start` may have its plan sent, or null when `sentOn` is in time. */
export function lateNotice(sentOn: string, start: string): string | null {
  const latest = workingDaysBefore(start, PLAN_NOTICE_WORKING_DAYS);
  return sentOn <= latest ? null : latest;
}
