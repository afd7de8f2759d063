import type { CommandContext } from '../../../core/command';
import { fileSlug } from '../../../http/files';
import { recordAudit } from '../../audit/record-audit';
import { renderDocx } from '../../documents/render-docx';
import { meetingMinutes } from '../documents';
import { findMeetingVisibleTo } from '../lookup';
import { registrationsOf } from '../queries';

/**
 * The minutes of a village's evaluation meeting as .docx for whoever reads the meeting. They name households: the
 * export is logged (DOMAIN.md rule 6).
 */
export async function exportMeetingMinutes({ db, actor, meta }: CommandContext, id: string) {
  const { meeting, village, commune } = await findMeetingVisibleTo(db, actor, id);
  const lines = (await registrationsOf(db, village.id, meeting.year)).map((l) => ({
    headName: l.headName,
    result: l.registration.result,
  }));
  const body = new Uint8Array(await renderDocx(meetingMinutes(meeting, village, commune, lines)));
  await recordAudit(db, meta, {
    action: 'evaluation_meeting.minutes_export',
    entity: 'evaluation_meeting',
    entityId: meeting.id,
    communeId: commune.id,
    scopePath: village.path,
  });
  return { body, fileName: `bien-ban-binh-xet-${meeting.year}-${fileSlug(village.name, 'thon')}.docx` };
}
