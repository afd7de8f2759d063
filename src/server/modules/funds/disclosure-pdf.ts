import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { drawPdf } from '../documents/draw-pdf';
import type { JobHandler } from '../jobs/handlers';
import { enqueueSystemJob } from '../jobs/commands/enqueue-job';
import { issuedDocumentOf } from '../register/figures';
import { driveDisclosure, type publicReceipt } from './disclosure';
import { disclosureDocument, VOLUME_ROWS } from './disclosure-document';
import { allMoneyOut, receiptChunks } from './disclosure-files';
import { driveLedgers, publicDisclosureFiles } from './disclosure-schema';

export const PUBLIC_PDF_JOB = 'funds.public_pdf';
/** Seconds a visitor is told to wait while the PDF is made. */
export const PDF_RETRY_AFTER = 30;

const dirOf = (storageDir: string, driveId: string) => path.join(storageDir, 'public-pdf', driveId);
const fileOf = (storageDir: string, driveId: string, version: number, volume: number) =>
  path.join(dirOf(storageDir, driveId), `v${version}-${volume}.pdf`);

/**
 * The version of what the PDF prints: the ledger's, doubled, plus one once the announcement is entered in the
 * outgoing register (its number prints in the heading; it is entered once, a second entry being refused).
 */
async function ledgerVersion(db: Queryable, driveId: string): Promise<number> {
  const [[row], notice] = await Promise.all([
    db.select({ v: driveLedgers.version }).from(driveLedgers).where(eq(driveLedgers.driveId, driveId)),
    issuedDocumentOf(db, 'drive_disclosure', driveId),
  ]);
  return (row?.v ?? 0) * 2 + (notice ? 1 : 0);
}

/**
 * The public PDF of a drive for its current ledger version: the volume's bytes when made, else "being made" — and the
 * first visitor to find it missing queues its job (the upsert lets one visitor only do so). Never made on a request.
 */
export async function publicPdf(
  db: Queryable,
  storageDir: string,
  drive: { id: string; communeId: string },
  volume: number,
): Promise<{ ready: true; volumes: number; bytes: Buffer | null } | { ready: false; queued: boolean }> {
  const version = await ledgerVersion(db, drive.id);
  const [made] = await db.select().from(publicDisclosureFiles).where(eq(publicDisclosureFiles.driveId, drive.id));
  if (made && made.version === version && made.volumes > 0) {
    if (volume > made.volumes) return { ready: true, volumes: made.volumes, bytes: null };
    const bytes = await readFile(fileOf(storageDir, drive.id, version, volume)).catch(() => null);
    if (bytes) return { ready: true, volumes: made.volumes, bytes };
  }
  const asked = await db.execute(sql`
    insert into public_disclosure_files (drive_id, version, volumes, rows, requested_version)
    values (${drive.id}, 0, 0, 0, ${version})
    on conflict (drive_id) do update set requested_version = excluded.requested_version
      where public_disclosure_files.requested_version is distinct from excluded.requested_version
    returning drive_id`);
  const first = (asked as unknown as { rows: unknown[] }).rows.length > 0;
  if (first)
    await enqueueSystemJob(db, {
      kind: PUBLIC_PDF_JOB,
      communeId: drive.communeId,
      scopePath: '',
      input: { driveId: drive.id },
    });
  return { ready: false, queued: first };
}

/**
 * The job: the drive's receipts read a chunk at a time, a volume of VOLUME_ROWS drawn as soon as it is full (one
 * volume's rows in memory at most), money out in the last volume, then the version recorded as made.
 */
export const publicPdfJob: JobHandler = async (ctx, job) => {
  const { storageDir } = ctx;
  const driveId = String((job.input as { driveId?: unknown }).driveId ?? '');
  const { db } = ctx;
  try {
    const version = await ledgerVersion(db, driveId);
    const d = await driveDisclosure(db, driveId);
    if (!d) return { status: 404, body: { error: { code: 'not_found', message: 'Đợt vận động không tồn tại.' } } };
    const drive = { id: d.drive.id, fundId: '', periodFrom: d.drive.from, periodTo: d.drive.to };
    const notice = await issuedDocumentOf(db, 'drive_disclosure', driveId);
    const volumes = Math.max(1, Math.ceil(d.totals.count / VOLUME_ROWS));
    await mkdir(dirOf(storageDir, driveId), { recursive: true });
    let volume = 1;
    let firstIndex = 1;
    let rows: ReturnType<typeof publicReceipt>[] = [];
    const flush = async (last: boolean) => {
      const moneyOut = last ? await allMoneyOut(db, { ...drive, fundId: await fundIdOf(db, driveId) }) : null;
      const doc = disclosureDocument(d, { receipts: rows, firstIndex, volume, volumes, moneyOut }, notice);
      const target = fileOf(storageDir, driveId, version, volume);
      // Drawn page by page into the file (draw-pdf.ts): a volume of 20,000 rows is 400 pages.
      await drawPdf(doc, createWriteStream(`${target}.part`));
      await rename(`${target}.part`, target);
      await ctx.progress.report({ stage: 'pdf', done: volume, total: volumes });
      firstIndex += rows.length;
      rows = [];
      volume += 1;
    };
    for await (const chunk of receiptChunks(db, driveId)) {
      for (const r of chunk) {
        rows.push(r);
        if (rows.length === VOLUME_ROWS && volume < volumes) await flush(false);
      }
    }
    await flush(true);
    await db
      .update(publicDisclosureFiles)
      .set({ version, volumes: volume - 1, rows: firstIndex - 1, madeAt: new Date() })
      .where(eq(publicDisclosureFiles.driveId, driveId));
    return { status: 200, body: { driveId, version, volumes: volume - 1 } };
  } catch (e) {
    // The next visitor asks again rather than wait on a job that ended.
    await db
      .update(publicDisclosureFiles)
      .set({ requestedVersion: null })
      .where(eq(publicDisclosureFiles.driveId, driveId));
    throw e;
  }
};

async function fundIdOf(db: Queryable, driveId: string): Promise<string> {
  const res = await db.execute(sql`select fund_id from drives where id = ${driveId}`);
  return String((res as unknown as { rows: { fund_id: string }[] }).rows[0]?.fund_id ?? '');
}

/** What the page says beside its PDF link: being made (asked for, not yet made), or made in how many volumes. */
export async function publicPdfStatus(db: Queryable, driveId: string) {
  const version = await ledgerVersion(db, driveId);
  const [made] = await db.select().from(publicDisclosureFiles).where(eq(publicDisclosureFiles.driveId, driveId));
  const ready = made !== undefined && made.version === version && made.volumes > 0;
  return { preparing: !ready && made?.requestedVersion === version, volumes: ready ? made.volumes : null };
}
