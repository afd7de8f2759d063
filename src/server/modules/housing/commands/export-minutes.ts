import { conflict } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { fileSlug } from '../../../http/files';
import { recordAudit } from '../../audit/record-audit';
import { renderDocx } from '../../documents/render-docx';
import { findCaseVisibleTo } from '../lookup';
import { findUnit } from '../../units/queries';
import { housingMinutes, minutesFileStem } from '../minutes-document';
import { fundingsOf } from '../queries';
import { minutesAvailable, type MinutesKind, STAGE_LABELS } from '../rules';

/**
 * The survey, acceptance or hand-over minutes of a house as .docx for whoever reads the case. The acceptance and
 * hand-over minutes exist once the house is being built. They name a household: the export is logged (DOMAIN.md
 * rule 6).
 */
export async function exportMinutes({ db, actor, meta }: CommandContext, caseId: string, kind: MinutesKind) {
  const { case: c, commune, villageName } = await findCaseVisibleTo(db, actor, caseId);
  if (!minutesAvailable(c, kind)) {
    const message = `Hồ sơ ${STAGE_LABELS[c.stage].toLowerCase()}: biên bản này lập khi nhà đã thi công.`;
    throw conflict('bad_transition', message, { kind: message });
  }
  const [lines, unit] = await Promise.all([fundingsOf(db, c.id), findUnit(db, commune.id)]);
  const signer = { ...commune, chairName: unit?.settings.chairName ?? null };
  const body = new Uint8Array(await renderDocx(housingMinutes(kind, c, signer, villageName, lines)));
  await recordAudit(db, meta, {
    action: 'housing_case.minutes_export',
    entity: 'housing_case',
    entityId: c.id,
    communeId: c.communeId,
    scopePath: c.unitPath,
    after: { kind },
  });
  return { body, fileName: `${minutesFileStem(kind)}-${fileSlug(c.headName, 'ho')}.docx` };
}
