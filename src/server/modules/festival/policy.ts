import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots, readRoots } from '../../core/scope';
import { isVillageLeadOf } from '../housing/policy';

type UnitRef = { id: string; path: string };

/**
 * Who may do what with a village's festival (DOMAIN.md rule 5):
 * - the commune's standing committee (or an admin) plans and reports every village's festival;
 * - a village head (trưởng ban công tác Mặt trận) plans their own village's festival;
 * - the level above reads its communes' festivals; nobody of another commune sees them.
 */
export function canManageFestival(actor: Actor, commune: UnitRef, villagePath: string): boolean {
  return (
    isAdmin(actor) ||
    manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root)) ||
    isVillageLeadOf(actor, villagePath)
  );
}

/** Subtrees whose festivals the actor reads; null = everything (admin). */
export function festivalReadRoots(actor: Actor): string[] | null {
  return isAdmin(actor) ? null : readRoots(actor);
}
