import type { z } from '@hono/zod-openapi';
import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid } from '../../../core/errors';
import { issueFrozen } from '../../register/commands/issue-frozen';
import { synthesisSource } from '../documents';
import type { issueSynthesisBody } from '../fields';
import { findCommuneVisibleTo } from '../lookup';
import { canManagePetitions } from '../policy';

/**
 * Issues the synthesis before a People's Council session (the standing committee only, dated no later
 * than today): the next BC number of the commune's register, the document frozen with it (later answers
 * never change what was sent to the council).
 */
export async function issueSynthesis(ctx: CommandContext, body: z.infer<typeof issueSynthesisBody>) {
  const commune = await findCommuneVisibleTo(ctx.db, ctx.actor, body.communeId);
  if (!canManagePetitions(ctx.actor, commune))
    throw forbidden({ communeId: 'Chỉ Ban Thường trực xã ban hành báo cáo tổng hợp kiến nghị.' });
  const date = body.date ?? todayVn();
  if (date > todayVn()) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
  const source = await synthesisSource(ctx.db, ctx.actor, body, commune);
  return ctx.db.transaction((tx) =>
    issueFrozen(
      tx,
      ctx.meta,
      {
        issuer: { id: commune.id, path: commune.path },
        typeCode: 'BC',
        date,
        summary: source.document(date).subtitle ?? 'Tổng hợp ý kiến, kiến nghị của cử tri',
        signer: commune.settings.chairName ?? null,
        recipients: ['Thường trực HĐND xã', 'UBND xã', 'Lưu: VT'],
        sourceKind: 'petition_synthesis',
      },
      (issue) => ({ ...source.document(date), number: issue.number }),
    ),
  );
}
