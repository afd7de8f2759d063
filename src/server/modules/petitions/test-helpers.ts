import { expect } from 'vitest';
import type { Harness, ErrorBody } from '../../testing/harness';
import { systemContext } from '../../core/command';
import { createMeeting } from '../meetings/commands/create-meeting';
import type { MeetingType } from '../meetings/schema';
import type { Unit } from '../units/schema';

/** Tables a petition command may write; a refused request leaves every count as it was. */
export const TABLES = ['petitions', 'petition_events'];

export type PetitionOut = {
  id: string;
  code: string;
  status: string;
  statusLabel: string;
  source: string;
  villageId: string | null;
  meetingId: string | null;
  receivedAt: string;
  dueDate: string | null;
  overdue: boolean;
  content: string;
  answer: string | null;
  answerDocument: string | null;
  forwardDocument: string | null;
  closedMeetingId: string | null;
  closedMeetingTitle: string | null;
  submitterName: string | null;
  submitterContact: string | null;
  hasSubmitter: boolean;
  canTransition: boolean;
  history: {
    toStatus: string;
    fromStatus: string | null;
    date: string;
    note: string | null;
    document: string | null;
    meetingTitle: string | null;
    actorName: string | null;
  }[];
};

/** A meeting held in the commune, created through the meetings module's command (as the system). */
export async function meeting(h: Harness, commune: Unit, type: MeetingType, title: string, date: string) {
  const row = await createMeeting(systemContext(h.db), { communeId: commune.id, type, title, date, status: 'held' });
  return row.id;
}

export function api(h: Harness) {
  const post = async (token: string | undefined, path: string, body: unknown) =>
    (await h.request('POST', path, { token, body })) as {
      status: number;
      body: PetitionOut & ErrorBody;
      headers: Headers;
    };
  const get = async <T = PetitionOut>(token: string | undefined, path: string) =>
    (await h.request('GET', path, { token })) as { status: number; body: T & ErrorBody };
  const create = async (token: string | undefined, body: Record<string, unknown>) => {
    const res = await post(token, '/api/v1/petitions', {
      content: 'Đề nghị sửa đường liên thôn',
      field: 'infrastructure',
      agency: 'ubnd_xa',
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const move = (token: string | undefined, id: string | undefined, body: Record<string, unknown>) =>
    post(token, `/api/v1/petitions/${id ?? 'none'}/transitions`, body);
  return { post, get, create, move };
}
