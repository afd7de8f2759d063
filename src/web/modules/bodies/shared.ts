import type { FormInstance } from 'antd';
import type { Key } from '../../i18n';
import { ApiError, type Me, type Unit } from '../../lib/api';
import { isStandingFor } from '../../lib/roles';
import type { Body, BodyKind, Position, RosterIssue, Seat, SeatInput } from './api';

/**
 * The positions each kind offers in its pickers, as the server's rules list them (kindPositions): the server still
 * decides, and its field errors go under the field.
 */
export const KIND_POSITIONS: Record<BodyKind, readonly Position[]> = {
  committee: ['chair', 'vice_chair', 'standing_member', 'member'],
  standing: ['chair', 'vice_chair', 'standing_member'],
  village_board: ['head', 'deputy_head', 'member'],
  people_inspection: ['head', 'deputy_head', 'member'],
  investment_supervision: ['head', 'deputy_head', 'member'],
};

export const kindKey = (k: BodyKind): Key => `bdKind_${k}`;
export const positionKey = (p: Position): Key => `bdPos_${p}`;
/** A roster warning in the user's words, from the API's `issues` (its `warnings` are the Vietnamese sentences). */
export function issueText(i: RosterIssue, t: (k: Key) => string): string {
  const fill = (k: Key, v: Record<string, string>) => t(k).replace(/\{(\w+)\}/g, (m, n: string) => v[n] ?? m);
  if (i.code === 'no_lead') return fill('bdIssue_no_lead', { position: t(positionKey(i.position)) });
  if (i.code === 'too_few_members')
    return fill('bdIssue_too_few_members', { count: String(i.count), min: String(i.min) });
  return fill('bdIssue_villages_unrepresented', { villages: i.villages.join(', ') });
}

export const termText = (b: { termFrom: number; termTo: number }) => `${b.termFrom}–${b.termTo}`;

/**
 * What a seat names besides the person: the organisation a committee member represents, the village a member of
 * the inspection or a supervision board comes from; a village board's seats are all of its village.
 */
export const seatPlace = (k: BodyKind): 'organization' | 'village' | null =>
  k === 'committee' || k === 'standing' ? 'organization' : k === 'village_board' ? null : 'village';

/** What a roster row needs to read a seat: the commune's organisations and villages (from the org chart). */
export type Places = {
  organizations: { id: string; name: string; shortName: string }[];
  villages: { id: string; name: string }[];
};

export function placeName(seat: Pick<Seat, 'organizationId' | 'villageId'>, places: Places): string {
  const org = places.organizations.find((o) => o.id === seat.organizationId);
  const village = places.villages.find((v) => v.id === seat.villageId);
  return [org?.shortName, village?.name].filter(Boolean).join(', ');
}

/** The terms of one body, newest first: same unit, kind and (for a supervision board) project. */
export function groupTerms(bodies: Body[]): Body[][] {
  const groups = new Map<string, Body[]>();
  for (const b of bodies) {
    const key = `${b.unitId}|${b.kind}|${(b.project ?? '').toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => b.termFrom - a.termFrom));
}

/**
 * May set up a body that does not exist yet (no record to carry a `canManage` flag): the standing committee of the
 * commune, or a village head for their own village's board. The server decides; this only hides the button.
 */
export function canCreateBody(me: Me, units: Unit[], communeId: string, villageId?: string): boolean {
  if (isStandingFor(me, units, communeId)) return true;
  return villageId !== undefined && me.roles.some((r) => r.role === 'village_lead' && r.unitId === villageId);
}

/** A seat as the roster form holds it (blank strings dropped, so optional fields stay absent). */
export function seatPayload(s: SeatInput): SeatInput {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return {
    fullName: s.fullName.trim(),
    position: s.position,
    ...(blank(s.title) && { title: blank(s.title) }),
    ...(s.organizationId && { organizationId: s.organizationId }),
    ...(s.villageId && { villageId: s.villageId }),
    ...(s.fromDate && { fromDate: s.fromDate }),
  };
}

/**
 * Server field errors of the bodies' forms: "members.3.position" goes under that row's position; "members.5" (a
 * sixth member where five is the most) under that row's name; "members" under the roster; a key no field carries
 * ("_", "kind" on a 409) is shown as a message. True when something was shown.
 */
export function placeBodyErrors(form: FormInstance, e: unknown, show: (msg: string) => void): boolean {
  if (!(e instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const placed: { name: (string | number)[]; errors: string[] }[] = [];
  const rest: string[] = [];
  for (const [key, msg] of Object.entries(e.fields)) {
    const name = key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (name.length === 2 && typeof name[1] === 'number') name.push(name[0] === 'attendance' ? 'present' : 'fullName');
    if (name[0] === 'attendance' && name[2] === 'memberId') name[2] = 'present';
    if (known.has(String(name[0]))) placed.push({ name, errors: [msg] });
    else rest.push(msg);
  }
  form.setFields(placed);
  if (rest.length > 0) show(rest.join(' '));
  return placed.length + rest.length > 0;
}
