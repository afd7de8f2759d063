import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db, Tx } from '../../../db/client';
import { auditLog } from '../../audit/schema';
import type { Unit } from '../../units/schema';
import { categoriesOf } from '../queries';
import { householdYearCategories, households, type HouseholdCategory } from '../schema';

/** A checked row of an import: its village resolved, and the household it updates (if the registry has it). */
export type ResolvedRow = {
  row: number;
  village: Unit;
  headName: string;
  headNameFolded: string;
  address: string | null;
  members: number | null;
  phone: string | null;
  year: number | null;
  categories: HouseholdCategory[];
  decisionRef: string | null;
  /** The existing household (same folded head name, same village), or null for a new one. */
  matchId: string | null;
};

export type ImportSummary = { created: number; updated: number };

const CHUNK = 500; // rows per multi-row insert: well under PostgreSQL's 65,535 bind parameters

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

type AuditInsert = typeof auditLog.$inferInsert;

/**
 * All rows in one transaction, or none. A new household is inserted with its categories; an
 * existing one (matched by folded head name + village) gets the row's non-empty address, members
 * and phone, and the row's year's categories replace that year's (other years are untouched).
 * One audit row per household and one for the whole import, written in the same transaction.
 */
export async function importHouseholds(
  db: Db,
  meta: RequestMeta,
  commune: Unit,
  rows: ResolvedRow[],
  fileName: string,
): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const audits: AuditInsert[] = [];
    const audit = (action: string, entityId: string, scopePath: string, before: unknown, after: unknown) =>
      audits.push({
        actorId: meta.actorId,
        actorUsername: meta.actorUsername,
        ip: meta.ip,
        action,
        entity: 'household',
        entityId,
        communeId: commune.id,
        scopePath,
        before,
        after,
      });

    const fresh = rows.filter((r) => r.matchId === null);
    const updates = rows.filter((r) => r.matchId !== null);

    // New households and their categories.
    const ids = fresh.map(() => randomUUID());
    const catRows: (typeof householdYearCategories.$inferInsert)[] = [];
    for (const [i, part] of chunks(fresh).entries()) {
      await tx.insert(households).values(
        part.map((r, j) => ({
          id: ids[i * CHUNK + j] as string,
          communeId: commune.id,
          villageId: r.village.id,
          unitPath: r.village.path,
          headName: r.headName,
          headNameFolded: r.headNameFolded,
          address: r.address,
          members: r.members,
          phone: r.phone,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    fresh.forEach((r, i) => {
      const id = ids[i] as string;
      for (const category of r.categories)
        catRows.push({
          householdId: id,
          communeId: commune.id,
          year: r.year as number,
          category,
          decisionRef: r.decisionRef,
        });
      audit('household.import_create', id, r.village.path, null, {
        row: r.row,
        villageId: r.village.id,
        headName: r.headName,
        address: r.address,
        members: r.members,
        phone: r.phone,
        categories: r.categories.map((category) => ({ year: r.year, category, decisionRef: r.decisionRef })),
      });
    });

    // Existing households: fields, then the row's year's categories.
    if (updates.length) {
      const matchIds = updates.map((r) => r.matchId as string);
      const beforeRows = new Map<string, { address: string | null; members: number | null; phone: string | null }>();
      for (const part of chunks(matchIds, 5000)) {
        const found = await tx
          .select({
            id: households.id,
            address: households.address,
            members: households.members,
            phone: households.phone,
          })
          .from(households)
          .where(inArray(households.id, part));
        for (const f of found) beforeRows.set(f.id, f);
      }
      const beforeCats = await categoriesOf(tx, matchIds);

      for (const part of chunks(updates)) {
        await updateFields(tx, part, now);
      }
      const byYear = new Map<number, string[]>();
      for (const r of updates) {
        if (r.year === null) continue;
        byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.matchId as string]);
        for (const category of r.categories)
          catRows.push({
            householdId: r.matchId as string,
            communeId: commune.id,
            year: r.year,
            category,
            decisionRef: r.decisionRef,
          });
      }
      for (const [year, list] of byYear) {
        for (const part of chunks(list, 5000)) {
          await tx
            .delete(householdYearCategories)
            .where(and(eq(householdYearCategories.year, year), inArray(householdYearCategories.householdId, part)));
        }
      }
      for (const r of updates) {
        const id = r.matchId as string;
        const b = beforeRows.get(id);
        const yearCats = (cats: { year: number; category: string; decisionRef: string | null }[] | undefined) =>
          (cats ?? [])
            .filter((c) => c.year === r.year)
            .map((c) => ({ year: c.year, category: c.category, decisionRef: c.decisionRef }));
        audit(
          'household.import_update',
          id,
          r.village.path,
          {
            address: b?.address ?? null,
            members: b?.members ?? null,
            phone: b?.phone ?? null,
            categories: r.year === null ? [] : yearCats(beforeCats.get(id)),
          },
          {
            row: r.row,
            address: r.address ?? b?.address ?? null,
            members: r.members ?? b?.members ?? null,
            phone: r.phone ?? b?.phone ?? null,
            categories: r.categories.map((category) => ({ year: r.year, category, decisionRef: r.decisionRef })),
          },
        );
      }
    }

    for (const part of chunks(catRows)) await tx.insert(householdYearCategories).values(part);

    audits.push({
      actorId: meta.actorId,
      actorUsername: meta.actorUsername,
      ip: meta.ip,
      action: 'household.import',
      entity: 'household_import',
      entityId: null,
      communeId: commune.id,
      scopePath: commune.path,
      before: null,
      after: { fileName, rows: rows.length, created: fresh.length, updated: updates.length },
    });
    for (const part of chunks(audits)) await tx.insert(auditLog).values(part);
    return { created: fresh.length, updated: updates.length };
  });
}

/** One UPDATE … FROM (VALUES …) per chunk: an empty cell in the file keeps what the registry has. */
async function updateFields(tx: Tx, part: ResolvedRow[], now: Date) {
  const values = sql.join(
    part.map((r) => sql`(${r.matchId}::uuid, ${r.address}::text, ${r.members}::int, ${r.phone}::text)`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${households} as h set
      address = coalesce(v.address, h.address),
      members = coalesce(v.members, h.members),
      phone = coalesce(v.phone, h.phone),
      updated_at = ${now.toISOString()}::timestamptz
    from (values ${values}) as v(id, address, members, phone)
    where h.id = v.id`);
}
