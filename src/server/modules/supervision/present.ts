import { isOverdue } from './labels';
import type { RecCounts, RecommendationWithHistory } from './queries';
import type { Supervision, SupervisionRecommendation } from './schema';

type DocRef = { id: string; number: string; date: string } | undefined;

export function presentSupervision(
  s: Supervision,
  extra: { counts?: RecCounts; planDoc?: DocRef; reportDoc?: DocRef; canManage?: boolean; communeName?: string } = {},
) {
  return {
    id: s.id,
    communeId: s.communeId,
    ...(extra.communeName !== undefined && { communeName: extra.communeName }),
    kind: s.kind,
    subject: s.subject,
    target: s.target,
    content: s.content,
    team: s.team.map((m) => ({ name: m.name, title: m.title ?? null })),
    startDate: s.startDate,
    endDate: s.endDate,
    status: s.status,
    findings: s.findings,
    planDoc: extra.planDoc ?? null,
    reportDoc: extra.reportDoc ?? null,
    recommendations: extra.counts ?? { total: 0, answered: 0, overdue: 0 },
    ...(extra.canManage !== undefined && { canManage: extra.canManage }),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function presentRecommendation(
  r: SupervisionRecommendation,
  today: string,
  history?: RecommendationWithHistory['history'],
) {
  return {
    id: r.id,
    supervisionId: r.supervisionId,
    position: r.position,
    content: r.content,
    addressee: r.addressee,
    dueDate: r.dueDate,
    status: r.status,
    overdue: isOverdue(r, today),
    sentAt: r.sentAt,
    answer: r.answer,
    answeredAt: r.answeredAt,
    closedAt: r.closedAt,
    closingNote: r.closingNote,
    createdAt: r.createdAt,
    ...(history && {
      history: history.map((h) => ({
        from: h.event.fromStatus,
        to: h.event.toStatus,
        date: h.event.date,
        note: h.event.note,
        actorName: h.actorName,
        at: h.event.at,
      })),
    }),
  };
}
