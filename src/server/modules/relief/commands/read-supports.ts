import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { findProgramVisibleTo } from '../lookup';
import { supportReadRoots } from '../policy';
import { programSupports } from '../queries';

/**
 * The households a programme helped (names, gifts) as the actor may read them; the read of that list of people is
 * logged (relief_support.list; ARCHITECTURE.md, domain rule 6).
 */
export async function readProgramSupports({ db, actor, meta }: CommandContext, id: string) {
  const { program, commune } = await findProgramVisibleTo(db, actor, id);
  const rows = await programSupports(db, program, supportReadRoots(actor));
  await recordAudit(db, meta, {
    action: 'relief_support.list',
    entity: 'relief_program',
    entityId: program.id,
    communeId: program.communeId,
    scopePath: commune.path,
    after: { count: rows.length },
  });
  return { commune, rows };
}
