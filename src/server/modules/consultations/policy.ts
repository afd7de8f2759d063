import type { Actor } from '../../core/actor';
import { canReadCommune, isAdmin, isWithin, manageRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };
export type CommentAuthor = { authorKind: 'person' | 'organization' | 'meeting'; organizationId: string | null };

/**
 * Who may do what with consultations on drafts (ARCHITECTURE.md, domain rule 5):
 * - a draft is put out, closed and its comments entered by the commune's standing committee (or an admin);
 * - an organisation head enters the comments of their own organisation (authorKind organization);
 * - everyone working in the commune reads (viewers, village and organisation heads), the level above
 *   reads its communes; anyone else gets a 404 (canReadCommune is false).
 * - a citizen's contact from the portal form is shown to those who manage the consultation only.
 */
export function canReadConsultations(actor: Actor, commune: UnitRef): boolean {
  return canReadCommune(actor, commune);
}

export function canManageConsultations(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

/** Organisations whose comments the actor enters as their head. */
export function ledOrganizationIds(actor: Actor, communeId: string): string[] {
  return actor.grants
    .filter((g) => g.role === 'org_lead' && g.communeId === communeId && g.organizationId)
    .map((g) => g.organizationId as string);
}

export function canEnterComment(actor: Actor, commune: UnitRef, author: CommentAuthor): boolean {
  if (canManageConsultations(actor, commune)) return true;
  return (
    author.authorKind === 'organization' &&
    author.organizationId !== null &&
    ledOrganizationIds(actor, commune.id).includes(author.organizationId)
  );
}

/** May the actor enter any comment at all (shows the "add comment" button)? */
export function canEnterAnyComment(actor: Actor, commune: UnitRef): boolean {
  return canManageConsultations(actor, commune) || ledOrganizationIds(actor, commune.id).length > 0;
}

export const canSeeContacts = canManageConsultations;
