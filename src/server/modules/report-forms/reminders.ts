import { formatDateVi, todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { conflict, invalid } from '../../core/errors';
import type { Queryable } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import { recordAudit } from '../audit/record-audit';
import type { JobHandler } from '../jobs/handlers';
import { reminderAddresses } from '../users/queries';
import { completenessOf } from './completeness';
import { findFormVisibleTo } from './lookup';
import { dueDateOf, isPeriod, periodLabel } from '../../../lib/report-periods';
import { canRemind } from './policy';
import { fillersOf, visibleFillers } from './queries';
import type { FillerKind, ReportForm } from './schema';

export const REMIND_JOB = 'report-forms.remind';

export type LateUnit = { unitId: string; unitName: string; unitKind: FillerKind; returned: boolean };

/** Mail is off: said the same way by the request and by a job that finds it gone. */
export const mailOff = () =>
  conflict('mail_not_configured', 'Chưa cấu hình gửi e-mail (SMTP_URL, MAIL_FROM) nên không gửi được thư nhắc.');

/**
 * The units of the period the actor may remind that owe the report: nothing sent, a draft, or returned and not sent
 * again — the same units as the Zalo message (completeness.lateText).
 */
export async function lateUnitsToRemind(db: Queryable, actor: Actor, form: ReportForm, period: string) {
  const fillers = new Map(visibleFillers(actor, await fillersOf(db, form)).map((f) => [f.id, f]));
  const { items } = await completenessOf(db, actor, form, period);
  return items
    .filter((i) => i.status === 'missing' || i.status === 'draft' || i.status === 'returned')
    .filter((i) => {
      const f = fillers.get(i.unitId);
      return f !== undefined && canRemind(actor, f);
    })
    .map((i) => ({ unitId: i.unitId, unitName: i.unitName, unitKind: i.unitKind, returned: i.status === 'returned' }));
}

/** The e-mail to one unit, in Vietnamese, plain text. */
export function reminderMail(form: ReportForm, period: string, unit: LateUnit, sender: string, link: string | null) {
  const label = periodLabel(form.periodKind, period);
  const due = dueDateOf(form.periodKind, period, form.dueDays);
  const overdue = todayVn() > due;
  const subject = `Nhắc nộp báo cáo "${form.title}" ${label}`;
  const lines = [
    `Kính gửi: ${unit.unitName},`,
    '',
    unit.returned
      ? `Báo cáo "${form.title}" ${label} của đơn vị đã được trả lại để bổ sung và chưa được gửi lại.`
      : `Đơn vị chưa gửi báo cáo "${form.title}" ${label} (hạn nộp ${formatDateVi(due)}).`,
    overdue
      ? 'Đề nghị đồng chí khẩn trương hoàn thành và gửi báo cáo trên mattran.'
      : `Đề nghị đồng chí hoàn thành và gửi báo cáo trên mattran trước ngày ${formatDateVi(due)}.`,
    ...(link ? ['', `Mở biểu mẫu: ${link}`] : []),
    '',
    'Trân trọng,',
    sender,
  ];
  return { subject, text: lines.join('\n') };
}

/**
 * The job: the period's late units worked out again when it runs (a unit that sent its report meanwhile gets no mail),
 * one e-mail per unit to the addresses of its people; units with no address are listed in the result. The audit row
 * is written after the mail went out, so it records what was sent.
 */
export const remindJob: JobHandler = async (ctx, job) => {
  const input = (job.input ?? {}) as { formId?: unknown; period?: unknown; link?: unknown };
  const { db, actor, meta } = ctx;
  const mailer: Mailer | null = ctx.mailer;
  if (!mailer) throw mailOff();
  const form = await findFormVisibleTo(db, actor, String(input.formId ?? ''));
  const period = String(input.period ?? '');
  if (!isPeriod(form.periodKind, period)) throw invalid({ period: 'Kỳ báo cáo không đúng dạng.' });
  const link = typeof input.link === 'string' ? input.link : null;
  const late = await lateUnitsToRemind(db, actor, form, period);
  const addresses = await reminderAddresses(
    db,
    late.map((u) => ({ id: u.unitId, kind: u.unitKind })),
  );
  const sent: { unitId: string; unitName: string; recipients: number }[] = [];
  const withoutEmail: { unitId: string; unitName: string }[] = [];
  for (const [i, unit] of late.entries()) {
    const to = addresses.get(unit.unitId) ?? [];
    if (to.length === 0) withoutEmail.push({ unitId: unit.unitId, unitName: unit.unitName });
    else {
      await mailer.send({ to, ...reminderMail(form, period, unit, actor.fullName, link) });
      sent.push({ unitId: unit.unitId, unitName: unit.unitName, recipients: to.length });
    }
    await ctx.progress.report({ stage: 'sending', done: i + 1, total: late.length });
  }
  await db.transaction(async (tx) => {
    await ctx.progress.written(tx);
    await recordAudit(tx, meta, {
      action: 'report_form.remind',
      entity: 'report_form',
      entityId: form.id,
      scopePath: form.ownerPath,
      after: { period, sent, withoutEmail },
    });
  });
  return { status: 200, body: { period, sent, withoutEmail } };
};
