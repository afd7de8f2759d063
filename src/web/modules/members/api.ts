import { useQuery } from '@tanstack/react-query';
import { api, type ApiItem, type ApiResponse } from '../../lib/api';
import { postForJob } from '../../lib/jobs';

export type Membership = ApiItem<'/api/v1/memberships', 'get'>;
export type MembershipPage = ApiResponse<'/api/v1/memberships', 'get'>;
export type Branch = ApiItem<'/api/v1/branches', 'get'>;
export type MemberCounts = ApiResponse<'/api/v1/members/counts', 'get'>;
export type DuesGrid = ApiResponse<'/api/v1/dues', 'get'>;
export type Person = ApiResponse<'/api/v1/people', 'post'>;
export type Transfer = ApiItem<'/api/v1/membership-transfers', 'get'>;
export type PersonalData = ApiResponse<'/api/v1/people/{id}/personal-data', 'get'>;

/** Query keys of the member lists; invalidate `memberKeys.all` after any write. */
export const memberKeys = {
  all: ['members'] as const,
  list: (params: string) => ['members', 'list', params] as const,
  counts: (unitId: string | undefined, asOf: string) => ['members', 'counts', unitId ?? 'none', asOf] as const,
  branches: (organizationId: string | undefined) => ['members', 'branches', organizationId ?? 'all'] as const,
  dues: (params: string) => ['members', 'dues', params] as const,
  duesLatestYear: (params: string) => ['members', 'dues-latest-year', params] as const,
  transfers: (communeId: string | undefined) => ['members', 'transfers', communeId ?? 'none'] as const,
  communeBranches: (communeId: string | undefined) => ['members', 'commune-branches', communeId ?? 'none'] as const,
};

export const fetchMemberships = (params: URLSearchParams) =>
  api<MembershipPage>('GET', `/memberships?${params.toString()}`);
export const addPerson = (body: unknown) => api<Person>('POST', '/people', body);
export const admitMember = (body: unknown) => api<Membership>('POST', '/memberships', body);
export const recordLeave = (id: string, body: unknown) => api<Membership>('POST', `/memberships/${id}/leave`, body);
export const recordDues = (body: unknown) => api('POST', '/dues-payments', body);

/* ---------- Chuyển sinh hoạt, and a person's data on request ---------- */

export type TransferRequest = { on: string; toBranchId?: string; toCommuneCode?: string; note?: string };
export const requestTransfer = (membershipId: string, body: TransferRequest) =>
  api<{ id: string; status: Transfer['status'] }>('POST', `/memberships/${membershipId}/transfers`, body);
export const acceptTransfer = (id: string, body: { branchId?: string; villageId?: string }) =>
  api<{ id: string; status: Transfer['status'] }>('POST', `/membership-transfers/${id}/accept`, body);
export const refuseTransfer = (id: string, reason: string) =>
  api<{ id: string; status: Transfer['status'] }>('POST', `/membership-transfers/${id}/refuse`, { reason });
export const fetchPersonalData = (personId: string) => api<PersonalData>('GET', `/people/${personId}/personal-data`);
export const erasePerson = (personId: string, reason: string) =>
  api<Person>('POST', `/people/${personId}/erase`, { reason });

/** A commune's transfers, sent, received and within, newest first. */
export function useTransfers(communeId: string | undefined) {
  return useQuery({
    queryKey: memberKeys.transfers(communeId),
    enabled: Boolean(communeId),
    queryFn: () =>
      api<{ items: Transfer[] }>('GET', `/membership-transfers?communeId=${communeId}`).then((r) => r.items),
  });
}

/** The branches of every organisation of one commune (the receiving side picks one). */
export function useCommuneBranches(communeId: string | undefined) {
  return useQuery({
    queryKey: memberKeys.communeBranches(communeId),
    enabled: Boolean(communeId),
    queryFn: () => api<{ items: Branch[] }>('GET', `/branches?communeId=${communeId}`).then((r) => r.items),
  });
}

export function useMemberCounts(unitId: string | undefined, asOf: string) {
  return useQuery({
    queryKey: memberKeys.counts(unitId, asOf),
    enabled: Boolean(unitId),
    queryFn: () => api<MemberCounts>('GET', `/members/counts?unitId=${unitId}&asOf=${asOf}`),
  });
}

export function useBranches(organizationId: string | undefined) {
  return useQuery({
    queryKey: memberKeys.branches(organizationId),
    queryFn: () =>
      api<{ items: Branch[] }>('GET', organizationId ? `/branches?organizationId=${organizationId}` : '/branches').then(
        (r) => r.items,
      ),
  });
}

export function useDuesGrid(
  organizationId: string | undefined,
  branchId: string | undefined,
  year: number,
  ready = true,
) {
  const params = new URLSearchParams({ organizationId: organizationId ?? '', year: String(year) });
  if (branchId) params.set('branchId', branchId);
  return useQuery({
    queryKey: memberKeys.dues(params.toString()),
    enabled: Boolean(organizationId) && ready,
    queryFn: () => api<DuesGrid>('GET', `/dues?${params.toString()}`),
  });
}

export type MemberImport = {
  rows: number;
  newPeople: number;
  matchedPeople: { row: number; fullName: string; birthYear: number | null; village: string }[];
  created: number;
};
/**
 * Uploads an organisation's member list as a job (20,000 rows take a while: the dialog shows the job's progress);
 * `dryRun` checks it and lists the people already known, writing nothing.
 */
export function sendMemberImport(file: File, organizationId: string, dryRun: boolean) {
  const form = new FormData();
  form.set('file', file);
  form.set('organizationId', organizationId);
  form.set('dryRun', String(dryRun));
  return postForJob('/memberships/import', form);
}
