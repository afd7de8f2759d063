import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Key } from '../../i18n';

/* API shapes: src/server/modules/meetings/present.ts */
export const MEETING_TYPES = ['half_year_review', 'year_review', 'voter_contact', 'consultation', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type MeetingItem = {
  id: string;
  communeId: string;
  communeName: string;
  villageId: string | null;
  villageName: string | null;
  type: MeetingType;
  title: string;
  date: string;
  startTime: string | null;
  place: string | null;
  chair: string | null;
  chairTitle: string | null;
  secretary: string | null;
  agenda: string[];
  status: MeetingStatus;
  expectedCount: number | null;
  presentCount: number | null;
  minutes: string | null;
  invitationNumber: string | null;
  invitationDate: string | null;
  minutesNumber: string | null;
  minutesDate: string | null;
  delegatesInvited?: number;
  delegatesAttended?: number;
};
// TODO(api-schema)
export type Delegate = {
  id: string;
  name: string;
  title: string | null;
  organization: string | null;
  organizationId: string | null;
  userId: string | null;
  attended: boolean | null;
};
// TODO(api-schema)
export type ConclusionTask = {
  id: string;
  title: string;
  status: string;
  deadline: string | null;
  campaignName: string | null;
  ownerOrganizationName: string | null;
};
// TODO(api-schema)
export type Conclusion = { id: string; text: string; taskId: string | null; task: ConclusionTask | null };
// TODO(api-schema)
export type MeetingDetail = MeetingItem & {
  updatedAt: string;
  delegates: Delegate[];
  conclusions: Conclusion[];
  canManage: boolean;
  canTurnIntoTask: boolean;
  updatedKey?: string;
};

export type MeetingFilter = { type?: MeetingType; from?: string; to?: string };

export const typeKey = (t: MeetingType) => `mtType_${t}` as Key;
export const statusKey = (s: MeetingStatus) => `mtStatus_${s}` as Key;
export const STATUS_COLOR: Record<MeetingStatus, string> = { planned: 'blue', held: 'green', cancelled: 'default' };

export function useMeetings(f: MeetingFilter) {
  const q = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => !!e[1]));
  return useQuery({
    queryKey: ['meetings', 'list', f],
    queryFn: () => api<{ items: MeetingItem[] }>('GET', `/meetings?${q}`).then((r) => r.items),
  });
}

export function useMeeting(id: string | undefined) {
  // updatedKey remounts the editing panels when the meeting changed on the server.
  return useQuery({
    queryKey: ['meetings', 'one', id],
    enabled: !!id,
    queryFn: () =>
      api<MeetingDetail>('GET', `/meetings/${id}`).then((m) => ({
        ...m,
        updatedKey: `${m.id}:${m.updatedAt}:${m.conclusions.map((c) => c.taskId ?? '').join(',')}`,
      })),
  });
}

export const invalidateMeetings = (qc: QueryClient) => qc.invalidateQueries({ queryKey: ['meetings'] });

export const fileUrl = (id: string, kind: 'invitation' | 'minutes', ext: 'docx' | 'pdf') =>
  `/api/v1/meetings/${id}/${kind}.${ext}`;
