import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findCommuneVisibleTo } from '../../units/lookup';
import { canManageRelief } from '../policy';
import { reliefPrograms } from '../schema';
import type { CommandContext } from '../../../core/command';

export type ProgramInput = {
  communeId: string;
  name: string;
  date: string;
  partner?: string | null;
  targetCategories: string[];
  note?: string | null;
};

/** A programme of one commune, opened by its standing committee; blank texts are stored as none. */
export async function createProgram({ db, actor, meta }: CommandContext, input: ProgramInput) {
  const commune = await findCommuneVisibleTo(db, actor, input.communeId);
  if (!canManageRelief(actor, commune))
    throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập chương trình trợ giúp.' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reliefPrograms)
      .values({
        communeId: commune.id,
        name: input.name,
        date: input.date,
        partner: input.partner || null,
        targetCategories: [...new Set(input.targetCategories)],
        note: input.note || null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'relief_program.create',
      entity: 'relief_program',
      entityId: row.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: row,
    });
    return { program: row, commune };
  });
}
