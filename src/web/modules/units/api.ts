import { useQuery } from '@tanstack/react-query';
import { api, type ApiItem, type ApiResponse, type Organization, type Unit } from '../../lib/api';

/** Query keys of the units module; invalidate `unitKeys.all` / `organizationKeys.all` after a write. */
export const unitKeys = { all: ['units'] as const };
export const organizationKeys = {
  all: ['organizations'] as const,
  /** Every organisation the caller can read ('all'), or one commune's. */
  list: (communeId?: string) => ['organizations', communeId ?? 'all'] as const,
  /** A commune's, disabled until the commune is known. */
  ofCommune: (communeId: string | undefined) => ['organizations', communeId ?? 'none'] as const,
};

export const fetchUnits = () => api<{ items: Unit[] }>('GET', '/units').then((r) => r.items);
export const fetchOrganizations = (communeId?: string) =>
  api<{ items: Organization[] }>('GET', communeId ? `/organizations?communeId=${communeId}` : '/organizations').then(
    (r) => r.items,
  );

export const createUnit = (body: unknown) => api<Unit>('POST', '/units', body);
/** Many units below one parent at once (all or nothing; 422 names items.N.name / items.N.kind). */
export const addChildren = (parentId: string, items: { name: string; kind: string }[]) =>
  api<{ items: Unit[] }>('POST', `/units/${parentId}/children`, { items });
export const updateUnit = (id: string, body: unknown) => api<Unit>('PATCH', `/units/${id}`, body);
/** The commune's emblem for its portal (the server checks the image and resizes it); 422 names `file`. */
export function uploadLogo(id: string, file: File) {
  const fd = new FormData();
  fd.set('file', file);
  return api<Unit>('PUT', `/units/${id}/logo`, fd);
}
export const removeLogo = (id: string) => api<Unit>('DELETE', `/units/${id}/logo`);
export const createOrganization = (body: unknown) => api<Organization>('POST', '/organizations', body);
export const updateOrganization = (id: string, body: unknown) =>
  api<Organization>('PATCH', `/organizations/${id}`, body);

/** Every unit the caller can read. */
export function useUnits() {
  return useQuery({ queryKey: unitKeys.all, queryFn: fetchUnits });
}

/** Every organisation the caller can read (organisation heads find their commune here). */
export function useAllOrganizations() {
  return useQuery({ queryKey: organizationKeys.list(), queryFn: () => fetchOrganizations() });
}

/** One commune's organisations; waits until the commune is known. */
export function useCommuneOrganizations(communeId: string | undefined) {
  return useQuery({
    queryKey: organizationKeys.ofCommune(communeId),
    enabled: Boolean(communeId),
    queryFn: () => fetchOrganizations(communeId),
  });
}

export type OfficialUnit = ApiItem<'/api/v1/official-units', 'get'>;
export type FromOfficial = ApiResponse<'/api/v1/units/from-official', 'post'>;
export const officialKeys = {
  list: (provinceCode?: string) => ['official-units', provinceCode ?? 'provinces'] as const,
};

/** The 34 provinces, or the official communes of one. */
export function useOfficialUnits(provinceCode?: string, enabled = true) {
  return useQuery({
    queryKey: officialKeys.list(provinceCode),
    enabled,
    staleTime: Number.POSITIVE_INFINITY, // the list ships with the server
    queryFn: () =>
      api<{ items: OfficialUnit[] }>(
        'GET',
        provinceCode ? `/official-units?provinceCode=${provinceCode}` : '/official-units',
      ).then((r) => r.items),
  });
}
export const createFromOfficial = (provinceCode: string) =>
  api<FromOfficial>('POST', '/units/from-official', { provinceCode });
