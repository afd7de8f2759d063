import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findVillageVisibleTo } from '../lookup';
import { canManageFestival } from '../policy';
import { festivalDateProblem } from '../rules';
import { festivals } from '../schema';
import { auditFestival } from './audit';

export type CreateFestivalInput = {
  villageId: string;
  date: string;
  startTime?: string | null;
  place: string;
  programme?: string[];
  presenter?: string | null;
  highlights?: string | null;
};

/** Plans a village's festival of the year its date falls in: one per village per year, between 1 and 18 November. */
export async function createFestival({ db, actor, meta }: CommandContext, input: CreateFestivalInput) {
  const place = await findVillageVisibleTo(db, actor, input.villageId);
  if (!canManageFestival(actor, place.commune, place.village.path))
    throw forbidden({ villageId: 'Bạn không được lập kế hoạch Ngày hội cho thôn này.' });
  const problem = festivalDateProblem(input.date);
  if (problem) throw invalid({ date: problem });
  const year = Number(input.date.slice(0, 4));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(festivals)
      .values({
        communeId: place.commune.id,
        villageId: place.village.id,
        unitPath: place.village.path,
        year,
        date: input.date,
        startTime: input.startTime ?? null,
        place: input.place,
        programme: input.programme ?? [],
        presenter: input.presenter ?? null,
        highlights: input.highlights ?? null,
        createdBy: meta.actorId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const message = `${place.village.name} đã có kế hoạch Ngày hội năm ${year}.`;
      throw conflict('duplicate_name', message, { date: message });
    }
    await recordAudit(tx, meta, {
      action: 'festival.create',
      entity: 'festival',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      after: auditFestival(row),
    });
    return row;
  });
}
