import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { findPetitionDetailVisibleTo } from '../lookup';
import { canSeeSubmitter } from '../policy';

/**
 * One petition with its history. When the reader sees the sender (name, contact, address: policy canSeeSubmitter),
 * the read of that personal data is logged (petition.read; ARCHITECTURE.md, domain rule 6).
 */
export async function readPetition({ db, actor, meta }: CommandContext, id: string) {
  const detail = await findPetitionDetailVisibleTo(db, actor, id);
  const p = detail.row.petition;
  const hasSubmitter = Boolean(p.submitterName || p.submitterContact || p.submitterAddress);
  if (hasSubmitter && canSeeSubmitter(actor, { id: p.communeId, path: detail.row.communePath }, p.unitPath)) {
    await recordAudit(db, meta, {
      action: 'petition.read',
      entity: 'petition',
      entityId: p.id,
      communeId: p.communeId,
      scopePath: p.unitPath,
      after: { submitter: true },
    });
  }
  return detail;
}
