import type { Me, Unit } from '../../lib/api';
import { isStandingFor } from '../../lib/roles';

/**
 * What the caller may do with a programme or a gift comes from the server (`program.can`, `support.can`).
 * Opening a programme is the one decision with nothing in hand: GET /relief-programs carries no list-level
 * flag, so it stays a role reading (the standing committee of the commune or above; the server checks again).
 */
export const mayCreateProgramIn = (me: Me, units: Unit[], communeId: string) => isStandingFor(me, units, communeId);
