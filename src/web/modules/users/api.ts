import { api, type ApiItem } from '../../lib/api';

export type User = ApiItem<'/api/v1/users', 'get'>;

export const userKeys = { all: ['users'] as const };

export const fetchUsers = () => api<{ items: User[] }>('GET', '/users').then((r) => r.items);
export const createUser = (body: unknown) => api('POST', '/users', body);
export const setUserRoles = (id: string, roles: unknown) => api('PUT', `/users/${id}/roles`, { roles });
export const resetUserPassword = (id: string, newPassword: string) =>
  api('POST', `/users/${id}/password`, { newPassword });
export const enableUser = (id: string) => api('POST', `/users/${id}/enable`);
export const disableUser = (id: string) => api('POST', `/users/${id}/disable`);
export const changeOwnPassword = (body: unknown) => api('POST', '/me/password', body);
