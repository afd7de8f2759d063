import { useQueries } from '@tanstack/react-query';
import { api, type ApiItem } from '../../lib/api';
import { type Branch, memberKeys } from '../members/api';

export type User = ApiItem<'/api/v1/users', 'get'>;

export const userKeys = { all: ['users'] as const };

export const fetchUsers = () => api<{ items: User[] }>('GET', '/users').then((r) => r.items);
export const createUser = (body: unknown) => api('POST', '/users', body);
export const setUserRoles = (id: string, roles: unknown) => api('PUT', `/users/${id}/roles`, { roles });
export const resetUserPassword = (id: string, newPassword: string) =>
  api('POST', `/users/${id}/password`, { newPassword });
export const setUserEmail = (id: string, email: string | null) => api('PUT', `/users/${id}/email`, { email });
export const enableUser = (id: string) => api('POST', `/users/${id}/enable`);
export const disableUser = (id: string) => api('POST', `/users/${id}/disable`);
export const changeOwnPassword = (body: unknown) => api('POST', '/me/password', body);

/** Names of the branches that branch heads' roles name (one request per organisation among them). */
export function useRoleBranchNames(users: User[]): Map<string, string> {
  const orgIds = [
    ...new Set(
      users.flatMap((u) => u.roles.filter((r) => r.branchId && r.organizationId).map((r) => r.organizationId)),
    ),
  ].filter((id): id is string => Boolean(id));
  const results = useQueries({
    queries: orgIds.map((id) => ({
      queryKey: memberKeys.branches(id),
      queryFn: () => api<{ items: Branch[] }>('GET', `/branches?organizationId=${id}`).then((r) => r.items),
    })),
  });
  return new Map(results.flatMap((r) => (r.data ?? []).map((b) => [b.id, b.name] as const)));
}
