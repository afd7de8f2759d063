import { eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { issueFrozen } from '../../register/commands/issue-frozen';
import { confirmedList, TITLE } from '../documents';
import { findMeetingVisibleTo } from '../lookup';
import { canConfirmList } from '../policy';
import { registrationsOf } from '../queries';
import { evaluationMeetings } from '../schema';

/**
 * The commune confirms a village's list (the standing committee, once every registered household has its result, on
 * or after the meeting, no later than today) and issues it through the register: the next TB number, the notice
 * frozen with it, the meeting locked and its audit row — one transaction, so a second confirmation finds it done (409).
 */
export async function confirmList({ db, actor, meta }: CommandContext, id: string, input: { date?: string }) {
  const { meeting, village, commune } = await findMeetingVisibleTo(db, actor, id);
  if (!canConfirmList(actor, commune.path))
    throw forbidden({ id: 'Chỉ Ban Thường trực xã xác nhận danh sách bình xét.' });
  const date = input.date ?? todayVn();
  if (date > todayVn()) throw invalid({ date: 'Ngày xác nhận không được sau hôm nay.' });
  if (date < meeting.heldOn) throw invalid({ date: 'Ngày xác nhận không được trước ngày họp bình xét.' });
  const lines = await registrationsOf(db, village.id, meeting.year);
  const missing = lines.filter((l) => l.registration.result === null).length;
  if (missing > 0) throw invalid({ results: `Còn ${missing} hộ đã đăng ký chưa có kết quả bình xét.` });
  return db.transaction(async (tx) => {
    const { meeting: before } = await findMeetingVisibleTo(tx, actor, id, true);
    if (before.confirmedOn) throw conflict('already_issued', 'Danh sách đã được xác nhận và ban hành.');
    const results = lines.map((l) => ({ headName: l.headName, result: l.registration.result }));
    const { entry } = await issueFrozen(
      tx,
      meta,
      {
        issuer: { id: commune.id, path: commune.path },
        typeCode: 'TB',
        date,
        summary: `Danh sách hộ đạt danh hiệu "${TITLE}" năm ${before.year}, ${village.name}`,
        signer: commune.settings.chairName ?? null,
        recipients: [`Ban Công tác Mặt trận ${village.name}`, 'UBND xã', 'Lưu: VT'],
        sourceKind: 'evaluation_list',
        sourceId: before.id,
      },
      (issue) => confirmedList(before, village, commune, results, issue),
    );
    const [after] = await tx
      .update(evaluationMeetings)
      .set({ confirmedOn: date, documentId: entry.id, updatedAt: sql`now()` })
      .where(eq(evaluationMeetings.id, before.id))
      .returning();
    if (!after) throw new Error('meeting not updated');
    await recordAudit(tx, meta, {
      action: 'evaluation_meeting.confirm',
      entity: 'evaluation_meeting',
      entityId: after.id,
      communeId: commune.id,
      scopePath: village.path,
      before: { confirmedOn: null },
      after: { confirmedOn: date, number: entry.number, documentId: entry.id },
    });
    return { meeting: after, number: entry.number };
  });
}
