import type { Actor } from '../../core/actor';
import { canMarkTask } from './policy';
import type { TaskRow } from './queries';
import type { CalendarTemplateItem } from './schema';

export function presentItem(i: CalendarTemplateItem) {
  return {
    id: i.id,
    title: i.title,
    kind: i.kind,
    startDate: i.startDate,
    endDate: i.endDate,
    audiences: i.audiences,
    note: i.note,
  };
}

export function presentTask(actor: Actor, r: TaskRow) {
  const t = r.task;
  return {
    id: t.id,
    communeId: t.communeId,
    title: t.title,
    kind: t.kind,
    audience: t.audience,
    unitId: t.unitId,
    unitName: r.unitName,
    organizationId: t.organizationId,
    organizationName: r.organizationName,
    startDate: t.startDate,
    dueDate: t.dueDate,
    done: t.doneAt !== null,
    doneAt: t.doneAt ? t.doneAt.toISOString() : null,
    can: { mark: canMarkTask(actor, { ...t, communePath: r.communePath }) },
  };
}
