import type { Me } from './api';

/**
 * Role tests on the logged-in user, for screens whose server answer does not (yet) carry a `can` flag.
 * Each module's permissions.ts says which server flag will replace its checks.
 */
export const hasRole = (me: Me, ...roles: string[]) => me.roles.some((r) => roles.includes(r.role));
export const isAdminUser = (me: Me) => me.permissions.admin || hasRole(me, 'admin');
