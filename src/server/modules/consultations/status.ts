import type { Consultation } from './schema';

export type ConsultationStatus = 'upcoming' | 'open' | 'closed';

/**
 * Open from `opensOn` to `deadline` (Vietnam dates, both included) unless closed by hand earlier.
 * Past the deadline the portal refuses comments; staff may still type up comments gathered in time
 * until they close it (`closedAt`), which refuses everything after.
 */
export function statusOf(
  c: Pick<Consultation, 'opensOn' | 'deadline' | 'closedAt'>,
  today: string,
): ConsultationStatus {
  if (c.closedAt || today > c.deadline) return 'closed';
  return today < c.opensOn ? 'upcoming' : 'open';
}
