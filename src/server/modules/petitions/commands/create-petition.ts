import { randomInt } from 'node:crypto';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { isUniqueViolation } from '../../../db/errors';
import { petitionEvents, petitions, type Petition } from '../schema';

/** No 0/O, 1/I: a code read out over the phone or copied from paper is not mistyped. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newLookupCode(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `KN-${s}`;
}

/** "kn-7f3k9q", " KN-7F3K9Q " → "KN-7F3K9Q"; anything else → null. */
export function normalizeCode(input: string): string | null {
  const s = input
    .trim()
    .toUpperCase()
    .replace(/^KN[-\s]?/, '');
  return /^[2-9A-HJ-NP-Z]{6}$/.test(s) ? `KN-${s}` : null;
}

export type NewPetition = {
  communeId: string;
  unitPath: string;
  villageId: string | null;
  meetingId: string | null;
  source: Petition['source'];
  content: string;
  field: Petition['field'];
  agency: Petition['agency'];
  agencyName: string | null;
  dueDate: string | null;
  receivedAt: string;
  submitterName: string | null;
  submitterContact: string | null;
  submitterAddress: string | null;
};

/**
 * Records a petition with a fresh lookup code, its first history step ("received") and the audit
 * row, in one transaction. A code that collides (one in a billion) is drawn again.
 */
export async function createPetition(db: Db, meta: RequestMeta, input: NewPetition): Promise<Petition> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(petitions)
          .values({ ...input, code: newLookupCode(), status: 'received', createdBy: meta.actorId })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await tx.insert(petitionEvents).values({
          petitionId: row.id,
          fromStatus: null,
          toStatus: 'received',
          date: row.receivedAt,
          meetingId: row.meetingId,
          actorId: meta.actorId,
        });
        // The audit row keeps the sender's contact out: the audit log is read more widely than the petition.
        const { submitterContact, submitterAddress, ...after } = row;
        await recordAudit(tx, meta, {
          action: 'petition.create',
          entity: 'petition',
          entityId: row.id,
          communeId: row.communeId,
          scopePath: row.unitPath,
          after: {
            ...after,
            submitterContact: submitterContact ? '(có)' : null,
            submitterAddress: submitterAddress ? '(có)' : null,
          },
        });
        return row;
      });
    } catch (err) {
      if (attempt < 4 && isUniqueViolation(err, 'petitions_code_idx')) continue;
      throw err;
    }
  }
}
