import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { isAdmin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { type AgendaItem, type AgendaSource, groupOf, stateByDate } from '../today/agenda';
import { addDays } from '../../../lib/dates';
import { dueDateOf, periodLabel, periodOf, previousPeriod } from '../../../lib/report-periods';
import { canFill, canReview, type Filler } from './policy';
import { fillersOf, listForms, shownSubmissions, visibleFillers, waitingReview } from './queries';

/** A report due within this many days is on the start page before it is late. */
const SOON_DAYS = 10;

/**
 * What a user owes (issue 15.3): the reports of their own unit not yet sent for the last period and the current one
 * once due soon (the commune's own for its standing committee, the village's for its head, the organisation's for its
 * head), and the reports from below waiting for their review. The administrator owes none.
 */
const ownsReport = (actor: Actor, f: Filler) =>
  canFill(actor, f) &&
  actor.grants.some(
    (g) =>
      (g.role === 'standing' && f.kind === 'commune' && g.communeId === f.id) ||
      (g.role === 'village_lead' && f.kind === 'village' && g.unitPath === f.path) ||
      (g.role === 'org_lead' && f.kind === 'organization' && g.organizationId === f.id),
  );

async function agendaOf(db: Queryable, actor: Actor, today: string) {
  const owed: AgendaItem[] = [];
  const review: AgendaItem[] = [];
  if (isAdmin(actor)) return { owed, review };
  for (const form of await listForms(db, actor)) {
    const fillers = visibleFillers(actor, await fillersOf(db, form));
    const current = periodOf(form.periodKind, today);
    const periods = [previousPeriod(form.periodKind, current), current];
    const mine = fillers.filter((f) => ownsReport(actor, f));
    const below = fillers.filter((f) => canReview(actor, f) && !ownsReport(actor, f));
    const shown = await shownSubmissions(db, actor, form.id, mine, { in: periods });
    const at = new Map(shown.map((s) => [`${s.fillerId}|${s.period}`, s]));
    for (const p of periods) {
      const due = dueDateOf(form.periodKind, p, form.dueDays);
      if (due > addDays(today, SOON_DAYS)) continue;
      for (const f of mine) {
        const s = at.get(`${f.id}|${p}`);
        if (s && (s.status === 'submitted' || s.status === 'accepted')) continue;
        owed.push({
          id: form.id,
          title: `${form.title} — ${periodLabel(form.periodKind, p)}`,
          detail: s?.status === 'returned' ? `${f.name} · bị trả lại: ${s.returnComment ?? ''}` : f.name,
          dueDate: due,
          state: stateByDate(due, today),
        });
      }
    }
    const waiting = await waitingReview(
      db,
      form.id,
      below.map((f) => f.id),
    );
    for (const s of waiting)
      review.push({
        id: s.id,
        title: `${form.title} — ${periodLabel(form.periodKind, s.period)}`,
        detail: below.find((f) => f.id === s.fillerId)?.name ?? null,
        dueDate: null,
        state: 'waiting',
      });
  }
  return { owed, review };
}

export const reportFormsAgenda: AgendaSource = {
  keys: ['reports.owed', 'reports.review'],
  async groups({ db, actor, today }) {
    const { owed, review } = await agendaOf(db, actor, today || todayVn());
    return [...groupOf('reports.owed', owed), ...groupOf('reports.review', review)];
  },
};
