import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, invalid, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { takeNumber } from '../../register/commands/take-number';
import type { issueBody } from '../fields';
import { INVITATION_RECIPIENTS } from '../invitation-document';
import { findMeetingVisibleTo } from '../lookup';
import { documentNumber, lockMeeting } from '../queries';
import { checkHeld, checkNotCancelled } from '../rules';
import { meetings } from '../schema';
import { requireManageMeeting } from './authorise';

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
 * Phát hành giấy mời / biên bản, by someone who manages the meeting. The invitation is dated on or
 * before the meeting (by default today, or the meeting day when that is earlier) and signed by the
 * commune's chair unless named; the minutes are dated on or after the meeting day, signed by its chair.
 */
export async function issueMeetingDocument(
  ctx: CommandContext,
  input: { id: string; kind: DocumentKind } & z.infer<typeof issueBody>,
) {
  const row = await findMeetingVisibleTo(ctx.db, ctx.actor, input.id);
  const commune = requireManageMeeting(ctx.actor, row);
  const m = row.meeting;
  const today = todayVn();
  let date: string;
  if (input.kind === 'invitation') {
    date = input.date ?? (today < m.date ? today : m.date);
    if (date > m.date) throw invalid({ date: 'Giấy mời phải đề ngày trước hoặc đúng ngày họp.' });
  } else {
    date = input.date ?? m.date;
    if (date < m.date) throw invalid({ date: 'Biên bản không đề ngày trước ngày họp.' });
  }
  const signer =
    input.kind === 'invitation' ? input.signer || row.communeSettings.chairName || m.chair || null : (m.chair ?? null);
  const recipients = input.kind === 'invitation' ? INVITATION_RECIPIENTS : [];
  return issueDocumentUnchecked(ctx.db, ctx.meta, m.id, commune, input.kind, { date, signer, recipients });
}

/**
 * Issues the invitation (GM) or the minutes (BB): takes the next number of the commune's register in
 * this transaction and links it to the meeting. A document is issued once: a second issue is 409
 * (its message gives the number already taken) and takes no number.
 */
export async function issueDocumentUnchecked(
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
