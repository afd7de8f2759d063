import type { CommandContext } from '../../../core/command';
import { and, eq } from 'drizzle-orm';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { formatDateVi } from '../../../../lib/dates';
import { recordAudit } from '../../audit/record-audit';
import { findMeetingRow } from '../../meetings/queries';
import { findReportUnitVisibleTo } from '../lookup';
import { defaultTitle, periodProblems } from '../period';
import { canManageReports } from '../policy';
import { type ReportType, reports } from '../schema';

/** The units that write review reports: a commune, and the level above (district, province). */
export const REPORT_LEVELS = ['commune', 'district', 'province'] as const;

export type CreateReportInput = {
  unitId: string;
  type: ReportType;
  from: string;
  to: string;
  /** The review conference that presents the report, inside the unit. */
  meetingId?: string | null;
  /** Default: the usual title of the period. */
  title?: string;
  /** Create it although the unit already issued a report of this type for this period (issue 12.14). */
  confirm?: boolean;
};

/**
 * A new draft report of a unit for a period: nothing is frozen until it is issued. The commune's standing
 * committee writes its commune's reports; an upper user its own province's (or district's).
 */
export async function createReport({ db, actor, meta }: CommandContext, input: CreateReportInput) {
  const unit = await findReportUnitVisibleTo(db, actor, input.unitId, REPORT_LEVELS, 'unitId', 'Đơn vị');
  if (!canManageReports(actor, unit)) throw forbidden({ unitId: 'Chỉ Ban Thường trực của đơn vị lập báo cáo.' });
  const problems = periodProblems(input.type, input.from, input.to);
  if (problems) throw invalid(problems);
  if (!input.confirm) {
    const [issued] = await db
      .select({ id: reports.id, issuedDate: reports.issuedDate })
      .from(reports)
      .where(
        and(
          eq(reports.unitId, unit.id),
          eq(reports.type, input.type),
          eq(reports.periodFrom, input.from),
          eq(reports.periodTo, input.to),
          eq(reports.status, 'issued'),
        ),
      )
      .limit(1);
    if (issued) {
      const on = issued.issuedDate ? ` ngày ${formatDateVi(issued.issuedDate)}` : '';
      throw conflict(
        'period_already_reported',
        `Đơn vị đã ban hành báo cáo kỳ này${on}. Lập thêm một báo cáo cho cùng kỳ?`,
        { confirm: 'Gửi confirm: true để vẫn lập báo cáo mới cho kỳ đã có báo cáo ban hành.' },
      );
    }
  }
  let meetingId: string | null = null;
  if (input.meetingId) {
    const m = await findMeetingRow(db, input.meetingId);
    if (!m?.unitPath.startsWith(unit.path)) throw unknownReference('meetingId', 'Hội nghị');
    meetingId = m.id;
  }
  const report = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reports)
      .values({
        unitId: unit.id,
        unitPath: unit.path,
        type: input.type,
        periodFrom: input.from,
        periodTo: input.to,
        title: input.title ?? defaultTitle(input.type, input.from, input.to),
        meetingId,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'report.create',
      entity: 'report',
      entityId: row.id,
      communeId: unit.communeId,
      scopePath: unit.path,
      after: row,
    });
    return row;
  });
  return { report, unit };
}
