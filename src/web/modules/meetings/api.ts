import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type ApiResponse, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type MeetingItem = ApiSchema<'MeetingListItem'>;
export type MeetingType = MeetingItem['type'];
export type MeetingStatus = MeetingItem['status'];
/** The full meeting with what the caller may do (`can`); `updatedKey` is added here, not by the server. */
export type MeetingDetail = ApiSchema<'MeetingDetail'> & {
  /** Changes when the meeting changed on the server: remounts the editing panels. */
  updatedKey?: string;
};
export type MeetingCan = MeetingDetail['can'];
export type Delegate = MeetingDetail['delegates'][number];
export type Conclusion = ApiSchema<'MeetingConclusion'>;
export type ConclusionTask = NonNullable<Conclusion['task']>;
export type IssuedMeetingDocument = ApiResponse<'/api/v1/meetings/{id}/invitation', 'post'>;

export const MEETING_TYPES = [
  'half_year_review',
  'year_review',
  'voter_contact',
  'consultation',
  'other',
] as const satisfies MeetingType[];

export type MeetingFilter = { type?: MeetingType; from?: string; to?: string };

/* ---------- Query keys: invalidateMeetings refetches every list and meeting ---------- */

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (f: MeetingFilter) => ['meetings', 'list', f] as const,
  detail: (id: string | undefined) => ['meetings', 'one', id] as const,
};

export const invalidateMeetings = (qc: QueryClient) => qc.invalidateQueries({ queryKey: meetingKeys.all });

/* ---------- Fetchers ---------- */

export function fetchMeetings(f: MeetingFilter) {
  const q = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => !!e[1]));
  return api<{ items: MeetingItem[] }>('GET', `/meetings?${q}`).then((r) => r.items);
}
export const fetchMeeting = (id: string) => api<MeetingDetail>('GET', `/meetings/${id}`);

export const createMeeting = (body: unknown) => api<MeetingDetail>('POST', '/meetings', body);
export const updateMeeting = (id: string, body: unknown) => api<MeetingDetail>('PATCH', `/meetings/${id}`, body);
export const recordAttendance = (id: string, body: { attended: string[]; presentCount: number | null }) =>
  api<MeetingDetail>('POST', `/meetings/${id}/attendance`, body);
export const saveConclusions = (id: string, body: { conclusions: { id?: string; text: string }[] }) =>
  api<MeetingDetail>('PUT', `/meetings/${id}/conclusions`, body);
/** Issue the invitation (GM) or the minutes (BB): takes the next number of the register. */
export const issueMeetingDocument = (id: string, kind: 'invitation' | 'minutes') =>
  api<IssuedMeetingDocument>(
    'POST',
    `/meetings/${id}/${kind === 'invitation' ? 'invitation' : 'minutes-document'}`,
    {},
  );
/** A conclusion becomes a campaign task (the answer is not read: the meeting is refetched). */
export const turnConclusionIntoTask = (id: string, conclusionId: string, body: unknown) =>
  api<unknown>('POST', `/meetings/${id}/conclusions/${conclusionId}/task`, body);

/* ---------- Hooks ---------- */

export function useMeetings(f: MeetingFilter) {
  return useQuery({ queryKey: meetingKeys.list(f), queryFn: () => fetchMeetings(f) });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    enabled: !!id,
    queryFn: () =>
      fetchMeeting(id as string).then((m) => ({
        ...m,
        updatedKey: `${m.id}:${m.updatedAt}:${m.conclusions.map((c) => c.taskId ?? '').join(',')}`,
      })),
  });
}
