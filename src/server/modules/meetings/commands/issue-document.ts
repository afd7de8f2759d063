import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { takeNumber } from '../../register/commands/take-number';
import { documentNumber, lockMeeting } from '../queries';
import { checkHeld, checkNotCancelled } from '../rules';
import { meetings } from '../schema';

export type DocumentKind = 'invitation' | 'minutes';
export type IssueInput = { date: string; signer: string | null; recipients: string[] };

const KIND = {
  invitation: {
    typeCode: 'GM',
    source: 'meeting_invitation',
    column: 'invitationDocId',
    what: 'Giấy mời',
    summary: (t: string) => `Giấy mời dự ${t}`,
  },
  minutes: {
    typeCode: 'BB',
    source: 'meeting_minutes',
    column: 'minutesDocId',
    what: 'Biên bản',
    summary: (t: string) => `Biên bản ${t}`,
  },
} as const;

/**
 * Issues the invitation (GM) or the minutes (BB): takes the next number of the commune's register in
 * this transaction and links it to the meeting. A document is issued once: a second issue is 409
 * (its message gives the number already taken) and takes no number.
 */
export async function issueDocument(
  db: Db,
  meta: RequestMeta,
  meetingId: string,
  commune: { id: string; path: string },
  kind: DocumentKind,
  input: IssueInput,
) {
  const k = KIND[kind];
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) throw notFound('Hội nghị');
    const existing = meeting[k.column];
    if (existing) {
      const number = await documentNumber(tx, existing);
      throw conflict('already_issued', `${k.what} đã phát hành, số ${number ?? ''}.`, {
        [kind]: `Đã có số ${number ?? ''}.`,
      });
    }
    checkNotCancelled(meeting, kind);
    if (kind === 'minutes') checkHeld(meeting, kind, 'phát hành biên bản');
    const doc = await takeNumber(tx, meta, {
      issuer: commune,
      typeCode: k.typeCode,
      date: input.date,
      summary: k.summary(meeting.title),
      signer: input.signer,
      recipients: input.recipients,
      sourceKind: k.source,
      sourceId: meeting.id,
    });
    await tx
      .update(meetings)
      .set({ [k.column]: doc.id, updatedAt: new Date() })
      .where(eq(meetings.id, meeting.id));
    await recordAudit(tx, meta, {
      action: `meeting.issue_${kind}`,
      entity: 'meeting',
      entityId: meeting.id,
      communeId: meeting.communeId,
      scopePath: meeting.unitPath,
      after: { documentId: doc.id, number: doc.number, date: doc.date },
    });
    return doc;
  });
}
