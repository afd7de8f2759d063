import type { Actor, RequestMeta } from '../../../core/actor';
import { forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { supportsOfHousehold } from '../../relief/figures';
import { findFilterUnitVisibleTo, findHouseholdVisibleTo } from '../lookup';
import { canExportPersonalData, householdReadRoots } from '../policy';
import { allHouseholds, listHouseholds, type HouseholdFilter } from '../queries';
import type { CommandContext } from '../../../core/command';

export const MAX_EXPORT = 50_000;

/**
 * Reads of personal data are logged (ARCHITECTURE.md, domain rule 6): who (the meta), when (the row's time),
 * what (the filter, how many households). Written before the data leaves the server.
 */
async function logHouseholdRead(
  db: Db,
  meta: RequestMeta,
  entry: {
    action: 'household.list' | 'household.export' | 'household.personal_data' | 'household.read';
    entity: string;
    entityId?: string | null;
    communeId?: string | null;
    scopePath?: string | null;
    after: unknown;
  },
) {
  await recordAudit(db, meta, { ...entry, entityId: entry.entityId ?? null });
}

/**
 * Where a read of a list is filed in the audit log: the village or commune filtered on, else the actor's one scope.
 * A filter on a unit outside the actor's scope is a 404 naming the field, so nobody writes into another commune's log.
 */
async function readScope(db: Db, actor: Actor, filter: HouseholdFilter) {
  const unit = await findFilterUnitVisibleTo(db, actor, filter);
  if (unit) return { scopePath: unit.path, communeId: unit.communeId };
  const roots = householdReadRoots(actor);
  const grants = actor.grants.filter((g) => g.unitPath && roots.includes(g.unitPath));
  return roots.length === 1
    ? { scopePath: roots[0] ?? null, communeId: grants[0]?.communeId ?? null }
    : { scopePath: null, communeId: null };
}

/** The filter as the audit row keeps it: only what was set. */
const filterRecord = (fl: HouseholdFilter) =>
  Object.fromEntries(Object.entries(fl).filter(([, v]) => v !== undefined && v !== false));

/** One page of the actor's households, the read logged (household.list). */
export async function readHouseholdPage(
  { db, actor, meta }: CommandContext,
  filter: HouseholdFilter,
  page: { limit: number; offset: number },
) {
  const scope = await readScope(db, actor, filter);
  const { items, total } = await listHouseholds(db, actor, filter, page);
  await logHouseholdRead(db, meta, {
    action: 'household.list',
    entity: 'household_list',
    ...scope,
    after: { filter: filterRecord(filter), count: total, returned: items.length, offset: page.offset },
  });
  return { items, total };
}

/** Every household matching the filter for a spreadsheet (at most MAX_EXPORT), the export logged. */
export async function exportHouseholds({ db, actor, meta }: CommandContext, filter: HouseholdFilter) {
  const scope = await readScope(db, actor, filter);
  const { items, total } = await allHouseholds(db, actor, filter, MAX_EXPORT);
  if (total > MAX_EXPORT) throw invalid({ _: `Có ${total} hộ, quá ${MAX_EXPORT} hộ cho một tệp; hãy lọc theo thôn.` });
  await logHouseholdRead(db, meta, {
    action: 'household.export',
    entity: 'household_list',
    ...scope,
    after: { filter: filterRecord(filter), count: items.length, format: 'xlsx' },
  });
  return { items, filter: JSON.stringify(filterRecord(filter)) };
}

/** Everything kept about one household, for the person's request (the registry row and the gifts), logged. */
export async function exportPersonalData({ db, actor, meta }: CommandContext, id: string) {
  const household = await findHouseholdVisibleTo(db, actor, id);
  if (!canExportPersonalData(actor, household)) throw forbidden();
  const supports = await supportsOfHousehold(db, household.id);
  await logHouseholdRead(db, meta, {
    action: 'household.personal_data',
    entity: 'household',
    entityId: household.id,
    communeId: household.communeId,
    scopePath: household.unitPath,
    after: { supports: supports.length },
  });
  return { household, supports };
}

/** One household (its head's name, address, phone), the read logged (household.read). */
export async function readHousehold({ db, actor, meta }: CommandContext, id: string) {
  const household = await findHouseholdVisibleTo(db, actor, id);
  await logHouseholdRead(db, meta, {
    action: 'household.read',
    entity: 'household',
    entityId: household.id,
    communeId: household.communeId,
    scopePath: household.unitPath,
    after: { erased: household.erasedAt !== null },
  });
  return household;
}
