import type { Actor } from '../../core/actor';
import { canReadCommune, isAdmin, isWithin, manageRoots } from '../../core/scope';
import type { MeetingType } from './schema';

type CommuneRef = { id: string; path: string };
/** What decides who may manage a meeting: its type and where it is held (village path or commune path). */
export type MeetingRef = { type: MeetingType; villagePath: string | null };

/**
 * Who may do what with meetings (ARCHITECTURE.md, domain rule 5):
 * - everyone working in the commune (standing committee, organisation heads, village heads, viewers)
 *   and the level above read the commune's meetings;
 * - the standing committee of the commune (or an admin) manages them: plan, record, issue documents;
 * - a village head manages the voter contact meetings held in their own village (tiếp xúc cử tri at
 *   the village cultural house), and nothing else;
 * - the level above reads but does not run a commune's meetings.
 */
export const canReadMeetings = (actor: Actor, commune: CommuneRef): boolean => canReadCommune(actor, commune);

export function isStandingOf(actor: Actor, commune: CommuneRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

export function isVillageLeadAt(actor: Actor, villagePath: string): boolean {
  return actor.grants.some(
    (g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(villagePath, g.unitPath),
  );
}

export function canManageMeeting(actor: Actor, commune: CommuneRef, m: MeetingRef): boolean {
  if (isStandingOf(actor, commune)) return true;
  return m.type === 'voter_contact' && m.villagePath !== null && isVillageLeadAt(actor, m.villagePath);
}

/** Whether the actor may create any meeting in this commune at all (the page shows the "new" button). */
export function canCreateSomeMeeting(actor: Actor, commune: CommuneRef): boolean {
  return (
    isStandingOf(actor, commune) || actor.grants.some((g) => g.role === 'village_lead' && g.communeId === commune.id)
  );
}

/** A conclusion becomes a campaign task: assigning tasks to organisations is the standing committee's job. */
export const canTurnIntoTask = (actor: Actor, commune: CommuneRef): boolean => isStandingOf(actor, commune);

/** The village heads' own villages: why a village head's "new meeting" form offers only those. */
export function ledVillageIds(actor: Actor, communeId: string): string[] {
  return actor.grants
    .filter((g) => g.role === 'village_lead' && g.communeId === communeId && g.unitId)
    .map((g) => g.unitId as string);
}
