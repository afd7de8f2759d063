import type { z } from '@hono/zod-openapi';
import { randomInt } from 'node:crypto';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { isUniqueViolation } from '../../../db/errors';
import { findUnit } from '../../units/queries';
import type { Unit } from '../../units/schema';
import type { createBody } from '../fields';
import { findCommuneVisibleTo, meetingOfCommune } from '../lookup';
import { canCreatePetition, canManagePetitions, canReadPetitionAt, ledVillagePaths } from '../policy';
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
 * The village a petition is written for: the one named (of this commune, and one the caller may write or
 * read for; 404 naming `villageId` otherwise), or for a village head who names none, their own village
 * when they lead exactly one here; null for the commune as a whole.
 */
async function villageFor(ctx: CommandContext, commune: Unit, villageId: string | null | undefined) {
  const { db, actor } = ctx;
  if (villageId) {
    const v = await findUnit(db, villageId);
    const allowed = v && (canManagePetitions(actor, commune) || canReadPetitionAt(actor, v.path));
    if (v?.level !== 'village' || v.communeId !== commune.id || !allowed) throw unknownReference('villageId', 'Thôn');
    return { id: v.id, path: v.path };
  }
  if (canManagePetitions(actor, commune)) return null;
  const led = ledVillagePaths(actor, commune);
  const grant =
    led.length === 1 ? actor.grants.find((g) => g.role === 'village_lead' && g.unitPath === led[0]) : undefined;
  return grant?.unitId && grant.unitPath ? { id: grant.unitId, path: grant.unitPath } : null;
}

/**
 * Ghi kiến nghị (staff): the standing committee writes for the whole commune, a village head for their own
 * village (403 naming `villageId` otherwise). Raised at a meeting of the commune, the petition is received
 * on the meeting day (unless given, and not in the future); the due date is not before it.
 */
export async function createPetition(ctx: CommandContext, body: z.infer<typeof createBody>) {
  const commune = await findCommuneVisibleTo(ctx.db, ctx.actor, body.communeId);
  const village = await villageFor(ctx, commune, body.villageId);
  const unitPath = village?.path ?? commune.path;
  if (!canCreatePetition(ctx.actor, commune, unitPath))
    throw forbidden({
      villageId: 'Chỉ Ban Thường trực xã, hoặc trưởng ban công tác Mặt trận cho thôn mình, ghi kiến nghị.',
    });
  const meeting = await meetingOfCommune(ctx.db, commune.id, body.meetingId);
  const today = todayVn();
  const receivedAt = body.receivedAt ?? (meeting && meeting.date <= today ? meeting.date : today);
  if (body.dueDate && body.dueDate < receivedAt)
    throw invalid({ dueDate: 'Hạn trả lời không được trước ngày tiếp nhận.' });
  return recordPetition(ctx.db, ctx.meta, {
    communeId: commune.id,
    unitPath,
    villageId: village?.id ?? null,
    meetingId: meeting?.id ?? null,
    source: meeting ? 'meeting' : 'staff',
    content: body.content,
    field: body.field,
    agency: body.agency,
    agencyName: body.agencyName,
    dueDate: body.dueDate ?? null,
    receivedAt,
    submitterName: body.submitterName,
    submitterContact: body.submitterContact,
    submitterAddress: body.submitterAddress,
  });
}

/**
 * Records a petition with a fresh lookup code, its first history step ("received") and the audit
 * row, in one transaction. A code that collides (one in a billion) is drawn again.
 */
export async function recordPetition(db: Db, meta: RequestMeta, input: NewPetition): Promise<Petition> {
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
        // The audit row keeps the sender out (name, contact, address): the audit log is read more widely than
        // the sender is (policy canSeeSubmitter), e.g. by the level above.
        const { submitterName, submitterContact, submitterAddress, ...after } = row;
        await recordAudit(tx, meta, {
          action: 'petition.create',
          entity: 'petition',
          entityId: row.id,
          communeId: row.communeId,
          scopePath: row.unitPath,
          after: {
            ...after,
            submitterName: submitterName ? '(có)' : null,
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
