import type { RoleName } from '../modules/users/schema';
import type { UnitLevel } from '../modules/units/schema';

/** One role of a user, resolved with the unit it applies to. */
export type Grant = {
  role: RoleName;
  unitId: string | null;
  unitPath: string | null;
  unitLevel: UnitLevel | null;
  /** For standing/village_lead/org_lead/viewer inside a commune: that commune. */
  communeId: string | null;
  organizationId: string | null;
  /** An org_lead narrowed to one branch (chi hội trưởng): its members only. */
  branchId?: string | null;
};

export type Actor = {
  id: string;
  username: string;
  fullName: string;
  sessionId: string | null;
  grants: Grant[];
};

/** Who did it and from where: written on every audit row. */
export type RequestMeta = {
  actorId: string | null;
  actorUsername: string | null;
  ip: string | null;
};

export const systemMeta: RequestMeta = { actorId: null, actorUsername: 'system', ip: null };

export function metaOf(actor: Actor, ip: string | null): RequestMeta {
  return { actorId: actor.id, actorUsername: actor.username, ip };
}
