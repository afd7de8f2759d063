import { createHash } from 'node:crypto';
import type { OfficialDocument } from '../documents/model';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';

/**
 * The portal's PDFs (a drive's public disclosure), converted once per version of what they show.
 * The key is the drive and a digest of the document model, which is built from the ledger: a
 * receipt or payout written or voided changes the model, so the next visitor gets a fresh PDF, and
 * until then every visitor gets the same bytes without LibreOffice. Visitors asking at once for a
 * PDF not yet made wait for the one conversion (issue 12 item 1).
 */
export type PublicPdfCache = {
  get(driveId: string, doc: OfficialDocument, inputName: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Conversions done since the cache was made (for tests and the log). */
  readonly conversions: number;
};

/** Drives kept at once (one version each); the oldest is dropped beyond it. */
export const PUBLIC_PDF_CACHE_DRIVES = 200;

const digest = (doc: OfficialDocument) =>
  createHash('sha256')
    .update(JSON.stringify(doc, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)))
    .digest('hex');

export function createPublicPdfCache(maxDrives = PUBLIC_PDF_CACHE_DRIVES): PublicPdfCache {
  const done = new Map<string, { version: string; pdf: Uint8Array<ArrayBuffer> }>();
  const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  let conversions = 0;
  return {
    get conversions() {
      return conversions;
    },
    get(driveId, doc, inputName) {
      const version = digest(doc);
      const hit = done.get(driveId);
      if (hit?.version === version) return Promise.resolve(hit.pdf);
      const key = `${driveId}:${version}`;
      const running = pending.get(key);
      if (running) return running;
      const made = (async () => {
        const pdf = new Uint8Array(await docxToPdf(await renderDocx(doc), { inputName, priority: 'public' }));
        conversions += 1;
        done.delete(driveId);
        done.set(driveId, { version, pdf });
        for (const oldest of done.keys()) {
          if (done.size <= maxDrives) break;
          done.delete(oldest);
        }
        return pdf;
      })().finally(() => pending.delete(key));
      pending.set(key, made);
      return made;
    },
  };
}
