import type { Meeting } from '../schema';

/** A delegate as the route resolved it (names filled from the user or organisation picked). */
export type DelegateInput = {
  id?: string;
  name: string;
  title: string | null;
  organization: string | null;
  organizationId: string | null;
  userId: string | null;
  attended: boolean | null;
};

export type MeetingFields = Pick<
  Meeting,
  | 'type'
  | 'title'
  | 'date'
  | 'startTime'
  | 'place'
  | 'chair'
  | 'chairTitle'
  | 'secretary'
  | 'agenda'
  | 'status'
  | 'expectedCount'
  | 'presentCount'
  | 'minutes'
  | 'villageId'
  | 'unitPath'
>;

/** Optional text: an empty string is "not given". */
export const orNull = (s: string | null | undefined) => (s ? s : null);
