import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { reliefPrograms } from '../schema';

export type ProgramInput = {
  name: string;
  date: string;
  partner: string | null;
  targetCategories: string[];
  note: string | null;
};

export async function createProgram(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  input: ProgramInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reliefPrograms)
      .values({ communeId: commune.id, ...input })
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
    return row;
  });
}
