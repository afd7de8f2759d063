import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, type Me } from './api';

/** The logged-in user, or null when the session is missing or over. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api<Me>('GET', '/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api<{ token: string }>('POST', '/auth/login', body),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST', '/auth/logout'),
    onSettled: () => {
      // Keep the mounted 'me' query (so the app switches to the login page); drop everything else.
      qc.setQueryData(['me'], null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });
}
