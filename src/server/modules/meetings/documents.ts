import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import type { OfficialDocument } from '../documents/model';
import { findUnit } from '../units/queries';
import type { DocumentKind } from './commands/issue-document';
import { invitationDocument } from './invitation-document';
import { findMeetingVisibleTo } from './lookup';
import { minutesDocument } from './minutes-document';
import { conclusionsOf, delegatesOf } from './queries';

/**
 * The invitation (to every delegate, or to the one named by `delegateId`) or the minutes of a meeting
 * the reader sees; an unissued document has a blank number, so it can be previewed.
 */
export async function meetingDocument(
  db: Queryable,
  actor: Actor,
  id: string,
  kind: DocumentKind,
  delegateId?: string,
): Promise<{ title: string; model: OfficialDocument }> {
  const row = await findMeetingVisibleTo(db, actor, id);
  const commune = await findUnit(db, row.meeting.communeId);
  if (!commune) throw notFound('Xã');
  const delegates = await delegatesOf(db, id);
  if (kind === 'invitation') {
    const one = delegateId ? delegates.find((d) => d.id === delegateId) : undefined;
    if (delegateId && !one) throw unknownReference('delegateId', 'Đại biểu');
    const doc =
      row.invitationNumber && row.invitationDate
        ? { number: row.invitationNumber, date: row.invitationDate, signer: row.invitationSigner }
        : null;
    return { title: row.meeting.title, model: invitationDocument(row.meeting, commune, delegates, doc, one) };
  }
  const conclusions = (await conclusionsOf(db, id)).map((k) => k.conclusion.text);
  const doc = row.minutesNumber && row.minutesDate ? { number: row.minutesNumber, date: row.minutesDate } : null;
  return { title: row.meeting.title, model: minutesDocument(row.meeting, commune, delegates, conclusions, doc) };
}
