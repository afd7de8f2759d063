import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { foldVietnamese } from '../../../../lib/vi-text';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { requestProgress, yieldToEventLoop } from '../../../core/progress';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findOrganizationVisibleTo } from '../../units/lookup';
import { currentChildren } from '../../units/queries';
import { MemberFileError, type MemberRow, type MemberRowError, parseMemberFile } from '../import-file';
import { canManageOrganization } from '../policy';
import { branches, memberships, people } from '../schema';

export type MemberImportPreview = {
  rows: number;
  newPeople: number;
  /** People already in the commune's lists (same name without diacritics, birth year and village): linked, not copied. */
  matchedPeople: { row: number; fullName: string; birthYear: number | null; village: string }[];
};
export type MemberImportResult = MemberImportPreview & { created: number };
export type MemberImportRejection = { rejected: true; message: string; errors: MemberRowError[] };

// Rows per insert, and between two turns of the event loop: on PGlite a statement holds the whole process.
const CHUNK = 250;
const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ').trim();
const personKey = (name: string, birthYear: number | null, villageId: string) =>
  `${fold(name)}|${birthYear ?? ''}|${villageId}`;

/**
 * An organisation's member list in one go: every row checked and matched first (village, branch, the same person
 * already known from another organisation's list, a member twice), then all written or none. With `dryRun` it stops
 * before writing and says which rows were recognised as people already known, for a person to confirm.
 */
export async function importMembers(
  ctx: CommandContext,
  input: { data: ArrayBuffer; fileName: string; organizationId: string; dryRun: boolean },
): Promise<MemberImportResult | MemberImportRejection> {
  const { db, meta } = ctx;
  const progress = ctx.progress ?? requestProgress;
  const { org, communePath } = await authoriseMemberImport(ctx, input.organizationId);
  let parsed: Awaited<ReturnType<typeof parseMemberFile>>;
  try {
    parsed = await parseMemberFile(input.data, input.fileName, undefined, progress);
  } catch (e) {
    if (!(e instanceof MemberFileError)) throw e;
    return {
      rejected: true,
      message: `${e.message} Chưa nhập hội viên nào.`,
      errors: [{ row: 0, field: 'file', message: e.message }],
    };
  }
  const errors = [...parsed.errors];

  const villages = (await currentChildren(db, org.communeId)).filter((u) => u.level === 'village');
  const villageOf = new Map<string, (typeof villages)[number]>();
  for (const v of villages) for (const k of [v.name, `${v.kind} ${v.name}`]) villageOf.set(fold(k), v);
  const orgBranches = await db.select().from(branches).where(eq(branches.organizationId, org.id));
  const branchOf = new Map(orgBranches.map((b) => [fold(b.name), b]));
  const known = await db
    .select({ id: people.id, fullName: people.fullName, birthYear: people.birthYear, villageId: people.villageId })
    .from(people)
    .where(eq(people.communeId, org.communeId));
  const personOf = new Map(known.map((p) => [personKey(p.fullName, p.birthYear, p.villageId), p.id]));
  const open = new Set(
    (
      await db
        .select({ personId: memberships.personId })
        .from(memberships)
        .where(and(eq(memberships.organizationId, org.id), isNull(memberships.leftOn)))
    ).map((m) => m.personId),
  );

  type Resolved = MemberRow & {
    villageId: string;
    villagePath: string;
    branchId: string | null;
    personId: string | null;
  };
  const resolved: Resolved[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of parsed.rows.entries()) {
    if (i % 1000 === 999) await yieldToEventLoop();
    const village = villageOf.get(fold(r.village));
    if (!village) {
      errors.push({ row: r.row, field: 'village', message: `Xã không có thôn "${r.village}".` });
      continue;
    }
    const branch = r.branch ? branchOf.get(fold(r.branch)) : undefined;
    if (r.branch && !branch) {
      errors.push({ row: r.row, field: 'branch', message: `${org.shortName} không có chi hội "${r.branch}".` });
      continue;
    }
    const key = personKey(r.fullName, r.birthYear, village.id);
    const twice = seen.get(key);
    if (twice !== undefined) {
      errors.push({
        row: r.row,
        field: 'fullName',
        message: `Trùng với dòng ${twice} (cùng họ tên, năm sinh và thôn).`,
      });
      continue;
    }
    seen.set(key, r.row);
    const personId = personOf.get(key) ?? null;
    if (personId && open.has(personId)) {
      errors.push({ row: r.row, field: 'fullName', message: `${r.fullName} đang là hội viên ${org.shortName}.` });
      continue;
    }
    resolved.push({ ...r, villageId: village.id, villagePath: village.path, branchId: branch?.id ?? null, personId });
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length) {
    return { rejected: true, message: `Có ${errors.length} lỗi trong tệp; chưa nhập hội viên nào.`, errors };
  }
  const villageName = new Map(villages.map((v) => [v.id, v.name]));
  const preview: MemberImportPreview = {
    rows: resolved.length,
    newPeople: resolved.filter((r) => !r.personId).length,
    matchedPeople: resolved
      .filter((r) => r.personId)
      .map((r) => ({
        row: r.row,
        fullName: r.fullName,
        birthYear: r.birthYear,
        village: villageName.get(r.villageId) ?? '',
      })),
  };
  if (input.dryRun) return { ...preview, created: 0 };

  const newPeople = resolved
    .filter((r) => !r.personId)
    .map((r) => {
      r.personId = randomUUID();
      return {
        id: r.personId,
        communeId: org.communeId,
        villageId: r.villageId,
        unitPath: r.villagePath,
        fullName: r.fullName,
        nameFolded: foldVietnamese(r.fullName),
        birthYear: r.birthYear,
        sex: r.sex,
        phone: r.phone,
      };
    });
  const rows = resolved.map((r) => ({
    communeId: org.communeId,
    personId: r.personId as string,
    organizationId: org.id,
    branchId: r.branchId,
    unitPath: r.villagePath,
    joinedOn: r.joinedOn,
    cardNo: r.cardNo,
    ...(r.duesCategory && { duesCategory: r.duesCategory }),
  }));
  try {
    await writeImport();
  } catch (e) {
    // Someone admitted one of these people meanwhile: the index refuses the whole import, which the person reruns.
    if (isUniqueViolation(e, 'memberships_open_idx'))
      throw conflict('already_member', 'Một người trong tệp vừa được kết nạp; tải lại và nhập lại.', {
        file: 'Nhập lại tệp.',
      });
    throw e;
  }
  await progress.report({
    stage: 'writing',
    done: rows.length + newPeople.length,
    total: rows.length + newPeople.length,
  });
  return { ...preview, created: rows.length };

  async function writeImport() {
    const total = newPeople.length + rows.length;
    await db.transaction(async (tx) => {
      // Chunk by chunk, letting other requests through between two (their queries wait for this transaction).
      for (let i = 0; i < newPeople.length; i += CHUNK) {
        await progress.report({ stage: 'writing', done: i, total });
        await tx.insert(people).values(newPeople.slice(i, i + CHUNK));
      }
      for (let i = 0; i < rows.length; i += CHUNK) {
        await progress.report({ stage: 'writing', done: newPeople.length + i, total });
        await tx.insert(memberships).values(rows.slice(i, i + CHUNK));
      }
      await progress.written(tx);
      // One row for the import: who, which organisation, how many; the names stay at the source (personal data).
      await recordAudit(tx, meta, {
        action: 'members.import',
        entity: 'organization',
        entityId: org.id,
        communeId: org.communeId,
        scopePath: communePath,
        after: {
          file: input.fileName,
          memberships: rows.length,
          newPeople: newPeople.length,
          matchedPeople: preview.matchedPeople.length,
        },
      });
    });
  }
}

/** The organisation whose list the caller may import (404 outside their scope, 403 without the right). */
export async function authoriseMemberImport({ db, actor }: CommandContext, organizationId: string) {
  const found = await findOrganizationVisibleTo(db, actor, organizationId, 'organizationId');
  if (!canManageOrganization(actor, { organizationId: found.org.id, communePath: found.communePath }))
    throw forbidden({ organizationId: 'Bạn không được nhập danh sách hội viên của tổ chức này.' });
  return found;
}
