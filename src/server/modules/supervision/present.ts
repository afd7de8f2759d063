import type { Actor } from '../../core/actor';
import { isOverdue } from './labels';
import { canManageSupervision } from './policy';
import type { RecCounts, RecommendationWithHistory } from './queries';
import type { Supervision, SupervisionRecommendation } from './schema';

type DocRef = { id: string; number: string; date: string } | undefined;

/**
 * What a manager may do with the supervision now: edit it; add recommendations once it has started;
 * issue the plan once, and the report once it is concluded.
 */
export function supervisionCan(canManage: boolean, s: Supervision) {
  return {
    edit: canManage,
    addRecommendation: canManage && s.status !== 'planned',
    issuePlan: canManage && !s.planDocId,
    issueReport: canManage && !s.reportDocId && s.status === 'concluded',
  };
}

type Extras = { counts?: RecCounts; docs: Map<string, NonNullable<DocRef>> };

/** The supervision for this reader: its commune's name, documents, recommendation counts and rights. */
export function presentSupervisionFor(
  actor: Actor,
  s: Supervision,
  commune: { id: string; path: string; name: string },
  extras: Extras,
) {
  return presentSupervision(s, {
    counts: extras.counts,
    planDoc: s.planDocId ? extras.docs.get(s.planDocId) : undefined,
    reportDoc: s.reportDocId ? extras.docs.get(s.reportDocId) : undefined,
    canManage: canManageSupervision(actor, commune),
    communeName: commune.name,
  });
}

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
    bodyId: s.bodyId,
    planSentOn: s.planSentOn,
    planDoc: extra.planDoc ?? null,
    reportDoc: extra.reportDoc ?? null,
    recommendations: extra.counts ?? { total: 0, answered: 0, overdue: 0 },
    ...(extra.canManage !== undefined && { canManage: extra.canManage, can: supervisionCan(extra.canManage, s) }),
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
