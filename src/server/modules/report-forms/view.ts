import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import { findFiller, findFormVisibleTo, latestVersion } from './lookup';
import { canFill, readsSubmitted } from './policy';
import { presentForm } from './present';
import { fillersOf, visibleFillers } from './queries';
import type { ReportForm } from './schema';
import { unknownReference } from '../../core/errors';

/** A form as the API shows it: its newest fields, its owner, what the caller may do with it. */
export async function formView(db: Queryable, actor: Actor, form: ReportForm) {
  const [owner, version, fillers] = [
    await findUnit(db, form.ownerUnitId),
    await latestVersion(db, form.id),
    await fillersOf(db, form),
  ];
  if (!owner) throw new Error(`form ${form.id} without owner`);
  const fillsSome = fillers.some((f) => canFill(actor, f));
  return presentForm(actor, form, owner, version, fillsSome);
}

/** The form and one of its units the caller reads, or 404 naming `unitId`. */
export async function formAndUnit(db: Queryable, actor: Actor, formId: string, unitId: string) {
  const form = await findFormVisibleTo(db, actor, formId);
  const filler = await findFiller(db, form, unitId);
  if (!readsSubmitted(actor, filler)) throw unknownReference('unitId', 'Đơn vị báo cáo');
  return { form, filler };
}

/** The units of a form the caller reads, and whether the caller fills each. */
export async function unitsView(db: Queryable, actor: Actor, form: ReportForm) {
  return visibleFillers(actor, await fillersOf(db, form)).map((f) => ({
    unitId: f.id,
    name: f.name,
    kind: f.kind,
    communeId: f.communeId,
    canFill: canFill(actor, f),
  }));
}
