import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { issueFrozen } from '../../register/commands/issue-frozen';
import { synthesisSource } from '../documents';
import { parsed, synthesisBody } from '../fields';
import { findConsultationVisibleTo } from '../lookup';
import { canManageConsultations } from '../policy';
import { lockForSynthesis } from '../queries';

/**
 * Issues the synthesis of a consultation once (the standing committee only, dated no later than today):
 * the next BC number of the commune's register and the document frozen with it. Under the
 * consultation's lock, so a second (or concurrent) issue is a 409.
 */
export async function issueSynthesis(ctx: CommandContext, input: { id: string; body: unknown }) {
  const found = await findConsultationVisibleTo(ctx.db, ctx.actor, input.id);
  const cons = found.consultation;
  const commune = { id: cons.communeId, path: found.communePath };
  if (!canManageConsultations(ctx.actor, commune))
    throw forbidden({ id: 'Chỉ Ban Thường trực xã ban hành báo cáo tổng hợp góp ý.' });
  const date = parsed(synthesisBody, input.body).date ?? todayVn();
  if (date > todayVn()) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
  const { document } = await synthesisSource(ctx.db, found);
  return ctx.db.transaction(async (tx) => {
    const issued = await lockForSynthesis(tx, cons.id);
    if (issued) throw conflict('already_issued', `Báo cáo tổng hợp góp ý đã được ban hành, số ${issued}.`);
    return issueFrozen(
      tx,
      ctx.meta,
      {
        issuer: commune,
        typeCode: 'BC',
        date,
        summary: `Tổng hợp ý kiến góp ý ${cons.title}`,
        signer: found.chairName,
        recipients: ['Ban Thường trực Ủy ban MTTQ cấp trên', 'Lưu: VT'],
        sourceKind: 'consultation_synthesis',
        sourceId: cons.id,
      },
      (issue) => ({ ...document(date), number: issue.number }),
    );
  });
}
