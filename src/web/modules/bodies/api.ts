import { useQuery } from '@tanstack/react-query';
import { api, type ApiItem, type ApiResponse, type ApiSchema } from '../../lib/api';

/** The front's bodies (issue 14.7): the org chart, rosters by term, sessions with attendance. */
export type FrontStructure = ApiResponse<'/api/v1/front-structure', 'get'>;
export type BodySummary = NonNullable<FrontStructure['committee']>;
export type Body = ApiItem<'/api/v1/bodies', 'get'>;
export type BodyDetail = ApiResponse<'/api/v1/bodies/{id}', 'get'>;
export type Seat = ApiSchema<'BodySeat'>;
export type Session = ApiSchema<'BodySession'>;
export type RosterIssue = ApiSchema<'BodyRosterIssue'>;
export type BodyKind = Body['kind'];
export type Position = Seat['position'];

/** Query keys; invalidate `bodyKeys.all` after any write (the org chart counts seats too). */
export const bodyKeys = {
  all: ['bodies'] as const,
  structure: (communeId: string | undefined) => ['bodies', 'structure', communeId ?? 'none'] as const,
  list: (communeId: string | undefined) => ['bodies', 'list', communeId ?? 'none'] as const,
  detail: (id: string) => ['bodies', 'detail', id] as const,
};

/** The commune's front as one picture, counted today (Vietnam's date, the server's default). */
export function useFrontStructure(communeId: string | undefined) {
  return useQuery({
    queryKey: bodyKeys.structure(communeId),
    enabled: Boolean(communeId),
    queryFn: () => api<FrontStructure>('GET', `/front-structure?communeId=${communeId}`),
  });
}

/**
 * Every body of the commune the caller reads, with the ended terms (read-only history): a commune holds a few
 * dozen at most, so one read serves every tab. A village head gets the commune's bodies and their own board only.
 */
export function useBodies(communeId: string | undefined) {
  return useQuery({
    queryKey: bodyKeys.list(communeId),
    enabled: Boolean(communeId),
    queryFn: () => api<{ items: Body[] }>('GET', `/bodies?unitId=${communeId}&includeEnded=true`).then((r) => r.items),
  });
}

/** One body with its sessions and their attendance, newest first. */
export function useBodyDetail(id: string) {
  return useQuery({ queryKey: bodyKeys.detail(id), queryFn: () => api<BodyDetail>('GET', `/bodies/${id}`) });
}

export type SeatInput = {
  fullName: string;
  position: Position;
  title?: string;
  organizationId?: string;
  villageId?: string;
  fromDate?: string;
};
export type TermInput = { termFrom: number; termTo: number; electedOn?: string; members: SeatInput[] };

export const createBody = (body: TermInput & { unitId: string; kind: BodyKind; project?: string }) =>
  api<Body>('POST', '/bodies', body);
export const addSeat = (bodyId: string, seat: SeatInput) => api<Seat>('POST', `/bodies/${bodyId}/members`, seat);
export const endSeat = (seatId: string, body: { untilDate: string; reason: string }) =>
  api<Seat>('POST', `/body-members/${seatId}/end`, body);
export const startTerm = (bodyId: string, body: TermInput & { electedOn: string }) =>
  api<Body>('POST', `/bodies/${bodyId}/terms`, body);
export const recordSession = (
  bodyId: string,
  body: { heldOn: string; title: string; attendance: { memberId: string; present: boolean; reason?: string }[] },
) => api<Session>('POST', `/bodies/${bodyId}/sessions`, body);
