import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { dueDateOf, periodLabel, periodOf } from '../../../lib/report-periods';
import { canDefineForm, canFill, canReview, type Filler } from './policy';
import type { FormField, ReportForm, ReportSubmission } from './schema';

/** The calendar date of an instant in Vietnam time ('YYYY-MM-DD'), for on-time checks. */
export const dayOf = (t: Date | null) => (t ? todayVn(t) : null);

export function presentForm(
  actor: Actor,
  form: ReportForm,
  owner: { name: string; path: string; level: string },
  version: { version: number; validFrom: string; fields: FormField[] },
  fillsSome: boolean,
) {
  return {
    id: form.id,
    ownerUnitId: form.ownerUnitId,
    ownerName: owner.name,
    title: form.title,
    periodKind: form.periodKind,
    fillers: form.fillers,
    dueDays: form.dueDays,
    version: version.version,
    fields: version.fields,
    validFrom: version.validFrom,
    currentPeriod: periodOf(form.periodKind, todayVn()),
    can: { edit: canDefineForm(actor, owner), fill: fillsSome },
  };
}

/** Late: first submitted after the due date, or not submitted and the due date has passed. */
export function isLate(
  form: ReportForm,
  s: Pick<ReportSubmission, 'period' | 'firstSubmittedAt'> | null,
  period: string,
) {
  const due = dueDateOf(form.periodKind, period, form.dueDays);
  const sent = dayOf(s?.firstSubmittedAt ?? null);
  return sent ? sent > due : todayVn() > due;
}

export function presentSubmission(actor: Actor, form: ReportForm, filler: Filler, s: ReportSubmission) {
  const open = s.isCurrent && (s.status === 'draft' || s.status === 'returned');
  return {
    ...presentVersion(form, filler, s),
    can: {
      edit: open && canFill(actor, filler),
      submit: open && canFill(actor, filler),
      review: s.isCurrent && s.status === 'submitted' && canReview(actor, filler),
      correct: s.isCurrent && s.status === 'accepted' && canFill(actor, filler),
    },
  };
}

/** A version as the history lists it. */
export function presentVersion(form: ReportForm, filler: Filler, s: ReportSubmission) {
  return {
    id: s.id,
    formId: s.formId,
    formVersion: s.formVersion,
    unitId: s.fillerId,
    unitKind: s.fillerKind,
    unitName: filler.name,
    period: s.period,
    periodLabel: periodLabel(form.periodKind, s.period),
    version: s.version,
    isCurrent: s.isCurrent,
    status: s.status,
    values: s.values,
    sources: s.sources,
    warnings: s.warnings,
    returnComment: s.returnComment,
    correctionReason: s.correctionReason,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    reviewedAt: s.reviewedAt?.toISOString() ?? null,
    dueDate: dueDateOf(form.periodKind, s.period, form.dueDays),
    late: s.status === 'draft' ? isLate(form, null, s.period) : isLate(form, s, s.period),
  };
}
