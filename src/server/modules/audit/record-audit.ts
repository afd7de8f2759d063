import type { RequestMeta } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { auditLog } from './schema';

/**
 * Every action the audit log records, `<entity>.<verb>` (donations also write 'donation.record' from SQL in
 * record-donation.ts): a typo in a command fails the type check, and the log's filter knows the list.
 */
export type AuditAction =
  | 'allocation.acknowledge'
  | 'allocation.create'
  | 'audit.export'
  | 'auth.login'
  | 'auth.logout'
  | 'bank.import'
  | 'bank_row.assign'
  | 'bank_row.ignore'
  | 'bank_rows.reattribute'
  | 'branch.create'
  | 'campaign.create'
  | 'campaign.update'
  | 'campaign_task.create'
  | 'campaign_task.update'
  | 'calendar.adopt'
  | 'calendar_item.create'
  | 'calendar_item.remove'
  | 'calendar_item.update'
  | 'calendar_task.done'
  | 'calendar_task.reopen'
  | 'calendar_template.create'
  | 'festival.create'
  | 'festival.news_draft'
  | 'festival.report_export'
  | 'festival.report_issue'
  | 'festival.update'
  | 'festival_commendation.add'
  | 'festival_commendation.remove'
  | 'consultation.close'
  | 'consultation.create'
  | 'consultation.synthesis_export'
  | 'consultation_comment.add'
  | 'consultation_comment.list'
  | 'consultation_comment.portal'
  | 'disbursement.record'
  | 'evaluation.register'
  | 'evaluation_meeting.save'
  | 'evaluation_meeting.confirm'
  | 'evaluation_meeting.minutes_export'
  | 'evaluation_set.create'
  | 'evaluation_set.update'
  | 'evaluation_scorecard.open'
  | 'evaluation_scorecard.score'
  | 'evaluation_scorecard.move'
  | 'housing_case.create'
  | 'housing_case.update'
  | 'housing_case.move'
  | 'housing_case.minutes_export'
  | 'housing_funding.add'
  | 'housing_funding.remove'
  | 'housing_photo.add'
  | 'donation.receipt_export'
  | 'donation.record'
  | 'donation.void'
  | 'drive.create'
  | 'dues.record'
  | 'dues_rule.set'
  | 'entry.attach_evidence'
  | 'entry.record'
  | 'entry.void'
  | 'fund.create'
  | 'fund_account.create'
  | 'fund_account.update'
  | 'goods_item.create'
  | 'goods_receipt.record'
  | 'goods_issue.record'
  | 'goods_count.record'
  | 'goods_slip.void'
  | 'goods_slip.export'
  | 'household.categories'
  | 'household.create'
  | 'household.erase'
  | 'household.export'
  | 'household.import'
  | 'household.import_create'
  | 'household.import_update'
  | 'household.list'
  | 'household.personal_data'
  | 'household.read'
  | 'household.update'
  | 'indicator.create'
  | 'indicator.update'
  | 'meeting.attendance'
  | 'meeting.cancel'
  | 'meeting.conclusion_task'
  | 'meeting.conclusions'
  | 'meeting.create'
  | 'meeting.hold'
  | 'meeting.issue_invitation'
  | 'meeting.issue_minutes'
  | 'meeting.update'
  | 'body.create'
  | 'body.member.add'
  | 'body.member.end'
  | 'body.session'
  | 'body.term'
  | 'membership.admit'
  | 'membership.leave'
  | 'membership.transfer_request'
  | 'membership.transfer_accept'
  | 'membership.transfer_refuse'
  | 'members.import'
  | 'member.list'
  | 'member.export'
  | 'organization.create'
  | 'organization.update'
  | 'outgoing_document.number'
  | 'person.create'
  | 'person.erase'
  | 'person.personal_data'
  | 'petition.answer'
  | 'petition.close'
  | 'petition.create'
  | 'petition.forward'
  | 'petition.read'
  | 'pledge.record'
  | 'post.archive'
  | 'post.create'
  | 'post.publish'
  | 'post.submit'
  | 'post.unpublish'
  | 'post.update'
  | 'post_media.upload'
  | 'relief_program.create'
  | 'relief_program.demo_load'
  | 'relief_program.sign_off_export'
  | 'relief_support.add'
  | 'relief_support.add_override'
  | 'relief_support.hand_over'
  | 'relief_support.list'
  | 'report.create'
  | 'report_form.create'
  | 'report_form.update'
  | 'report_submission.correct'
  | 'report_submission.create'
  | 'report_submission.export'
  | 'report_submission.transition'
  | 'report_submission.update'
  | 'report.edit'
  | 'report.issue'
  | 'report.submit'
  | 'round.open'
  | 'round.reopen'
  | 'round.submit'
  | 'supervision.conclude'
  | 'supervision.create'
  | 'supervision.plan_issue'
  | 'supervision.report_issue'
  | 'supervision.start'
  | 'supervision.update'
  | 'supervision_recommendation.answered'
  | 'supervision_recommendation.closed'
  | 'supervision_recommendation.create'
  | 'supervision_recommendation.sent'
  | 'target.assign'
  | 'target.update'
  | 'transfer.down'
  | 'transfer.up'
  | 'unit.add_predecessors'
  | 'unit.create'
  | 'unit.create_from_official'
  | 'unit.logo_clear'
  | 'unit.logo_set'
  | 'unit.succession'
  | 'unit.update'
  | 'user.change_password'
  | 'user.create'
  | 'user.disable'
  | 'user.enable'
  | 'user.reset_password'
  | 'user.set_roles';

export type AuditEntry = {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  communeId?: string | null;
  scopePath?: string | null;
  before?: unknown;
  after?: unknown;
};

const auditRow = (meta: RequestMeta, entry: AuditEntry) => ({
  actorId: meta.actorId,
  actorUsername: meta.actorUsername,
  ip: meta.ip,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId,
  communeId: entry.communeId ?? null,
  scopePath: entry.scopePath ?? null,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

/** Called inside the command's transaction, so the row exists exactly when the change does. */
export async function recordAudit(tx: Queryable, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditRow(meta, entry));
}

/** Many audit rows of one command, in the caller's transaction, in multi-row inserts (well under the bind limit). */
export async function recordAuditMany(tx: Queryable, meta: RequestMeta, entries: AuditEntry[]): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx.insert(auditLog).values(entries.slice(i, i + CHUNK).map((e) => auditRow(meta, e)));
  }
}
