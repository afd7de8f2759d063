import { eq, sql } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../../lib/dates';
import { unitDisplayName } from '../../../../lib/units';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { issueFrozen } from '../../register/commands/issue-frozen';
import { findFestivalVisibleTo } from '../lookup';
import { canManageFestival } from '../policy';
import { festivalReportOf } from '../report';
import { festivalReportDocument } from '../report-document';
import { communeInText, issuedReport } from '../report-model';
import { festivals } from '../schema';

/** The issuer part of the number: documents of a village's Ban công tác Mặt trận ("01/BC-BCTMT"). */
export const VILLAGE_BOARD_SUFFIX = 'BCTMT';

/**
 * Issues the report read at the festival through the register, as the commune issues its documents: the next BC number
 * of the village's own book (its Ban công tác Mặt trận signs it), the report drafted from the records at that moment
 * and frozen with the entry, the festival marked issued and its audit row — one transaction, so a second attempt finds
 * it issued (409) and a failure gives the number back. Whoever plans the festival issues it: the village head for
 * their village, the commune's standing committee for any of its villages (policy.canManageFestival).
 * The date is the day of issue: no later than today nor than the festival (the report is read there), in its year.
 */
export async function issueFestivalReport({ db, actor, meta }: CommandContext, id: string, input: { date?: string }) {
  const v = await findFestivalVisibleTo(db, actor, id);
  if (!canManageFestival(actor, v.commune, v.village.path))
    throw forbidden({ id: 'Chỉ trưởng ban công tác Mặt trận thôn hoặc Ban Thường trực xã ban hành báo cáo.' });
  const { festival } = v;
  const today = todayVn();
  const date = input.date ?? (festival.date <= today ? festival.date : today);
  if (date > today) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
  if (date > festival.date)
    throw invalid({
      date: `Báo cáo được đọc tại Ngày hội: ngày ban hành không sau ngày tổ chức ${formatDateVi(festival.date)}.`,
    });
  if (date < `${festival.year}-01-01`) throw invalid({ date: `Ngày ban hành phải trong năm ${festival.year}.` });
  return db.transaction(async (tx) => {
    const locked = await findFestivalVisibleTo(tx, actor, id, true);
    if (locked.festival.documentId) throw conflict('report_issued', 'Báo cáo Ngày hội đã được ban hành.');
    const { facts, report: draft } = await festivalReportOf(tx, locked);
    const report = issuedReport(draft);
    const village = unitDisplayName(locked.village);
    const { entry } = await issueFrozen(
      tx,
      meta,
      {
        issuer: { id: locked.village.id, path: locked.village.path },
        typeCode: 'BC',
        date,
        summary: `Báo cáo kết quả thực hiện Cuộc vận động năm ${festival.year} tại Ngày hội Đại đoàn kết toàn dân tộc ${village}`,
        signer: locked.festival.presenter,
        recipients: [`BTT Ủy ban MTTQ Việt Nam ${communeInText(locked.commune)}`, 'Chi bộ thôn', 'Lưu'],
        sourceKind: 'festival_report',
        sourceId: festival.id,
        suffix: VILLAGE_BOARD_SUFFIX,
      },
      (issue) => festivalReportDocument(facts, report, issue),
    );
    const [after] = await tx
      .update(festivals)
      .set({ documentId: entry.id, issuedReport: report, updatedAt: sql`now()` })
      .where(eq(festivals.id, festival.id))
      .returning();
    if (!after) throw new Error('festival not updated');
    await recordAudit(tx, meta, {
      action: 'festival.report_issue',
      entity: 'festival',
      entityId: after.id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: { documentId: null },
      after: { documentId: entry.id, number: entry.number, date },
    });
    return { festival: after, number: entry.number, date };
  });
}
