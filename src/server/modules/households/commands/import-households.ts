import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../../core/errors';
import type { Db, Tx } from '../../../db/client';
import { type AuditAction, type AuditEntry, recordAuditMany } from '../../audit/record-audit';
import { findUnit } from '../../units/queries';
import type { Unit } from '../../units/schema';
import { HouseholdFileError, parseHouseholdFile, type RowError } from '../import-file';
import { matchImportRows, type ResolvedRow } from '../import-match';
import { categoriesOf, registryKeys, writableVillages } from '../queries';
import { householdYearCategories, households } from '../schema';
import type { CommandContext } from '../../../core/command';
import { type Progress, requestProgress, yieldToEventLoop } from '../../../core/progress';

export type ImportSummary = { created: number; updated: number };

/** Refused as a whole (nothing written): the message and the errors by row (row 0 and field "file" for the file). */
export type ImportRejection = { rejected: true; message: string; errors: RowError[] };

// Rows per multi-row insert (well under PostgreSQL's 65,535 bind parameters), and between two turns of the event
// loop: on PGlite a statement holds the whole process.
const CHUNK = 250;

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Imports a household list (.xlsx or .csv) into the one commune where the actor writes households (or the one
 * named): every row is checked and matched to the registry first, and either all rows are written or none.
 */
export async function importHouseholdFile(
  ctx: CommandContext,
  input: { data: ArrayBuffer; fileName: string; communeId?: string },
): Promise<ImportSummary | ImportRejection> {
  const { db, meta } = ctx;
  const progress = ctx.progress ?? requestProgress;
  const { villages, commune } = await householdImportTarget(ctx, input.communeId);

  let parsed: Awaited<ReturnType<typeof parseHouseholdFile>>;
  try {
    parsed = await parseHouseholdFile(input.data, input.fileName, progress);
  } catch (e) {
    if (!(e instanceof HouseholdFileError)) throw e;
    return { rejected: true, message: `${e.message} Chưa nhập hộ nào.`, errors: [fileError(e.message)] };
  }
  const { resolved, errors } = matchImportRows(
    parsed.rows,
    parsed.errors,
    villages,
    await registryKeys(db, commune.id),
  );
  if (errors.length) {
    const rows = new Set(errors.map((e) => e.row)).size;
    return { rejected: true, message: `Tệp có ${rows} dòng sai; chưa nhập hộ nào.`, errors };
  }
  return writeImport(db, meta, commune, resolved, input.fileName, progress);
}

/** Where the actor may import: the villages it writes, in one commune (the one named, if it names one). */
export async function householdImportTarget({ db, actor }: CommandContext, communeId?: string) {
  const villages = await writableVillages(db, actor, communeId);
  if (villages.length === 0) {
    if (communeId) throw unknownReference('communeId', 'Xã');
    throw forbidden({ file: 'Bạn không được nhập danh sách hộ.' });
  }
  const communeIds = [...new Set(villages.map((v) => v.communeId as string))];
  if (communeIds.length > 1) throw invalid({ communeId: 'Bạn phụ trách nhiều xã: chọn xã để nhập (communeId).' });
  const commune = await findUnit(db, communeIds[0] as string);
  if (!commune) throw notFound('Xã');
  return { villages, commune };
}

export const fileError = (message: string): RowError => ({ row: 0, field: 'file', message });

/**
 * All rows in one transaction, or none. A new household is inserted with its categories; an
 * existing one (matched by folded head name + village) gets the row's non-empty address, members
 * and phone, and the row's year's categories replace that year's (other years are untouched).
 * One audit row per household and one for the whole import, written in the same transaction.
 * Every statement waits for the one before: a transaction is one connection, one query at a time.
 */
async function writeImport(
  db: Db,
  meta: RequestMeta,
  commune: Unit,
  rows: ResolvedRow[],
  fileName: string,
  progress: Progress,
): Promise<ImportSummary> {
  // Every chunk reports and lets other requests through (their queries wait for this transaction on PGlite).
  let done = 0;
  const wrote = async (n: number) => {
    done += n;
    await progress.report({ stage: 'writing', done, total: rows.length });
  };
  return db.transaction(async (tx) => {
    await progress.report({ stage: 'writing', done: 0, total: rows.length });
    const now = new Date();
    const audits: AuditEntry[] = [];
    const audit = (action: AuditAction, entityId: string, scopePath: string, before: unknown, after: unknown) =>
      audits.push({ action, entity: 'household', entityId, communeId: commune.id, scopePath, before, after });

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
      await wrote(part.length);
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
        await wrote(part.length);
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

    for (const part of chunks(catRows)) {
      await tx.insert(householdYearCategories).values(part);
      await yieldToEventLoop();
    }

    audits.push({
      action: 'household.import',
      entity: 'household_import',
      entityId: null,
      communeId: commune.id,
      scopePath: commune.path,
      before: null,
      after: { fileName, rows: rows.length, created: fresh.length, updated: updates.length },
    });
    // One audit row per household: thousands of them, a chunk at a time.
    for (const part of chunks(audits)) {
      await recordAuditMany(tx, meta, part);
      await yieldToEventLoop();
    }
    await progress.written(tx);
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
