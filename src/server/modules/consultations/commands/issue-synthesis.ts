import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import type { OfficialDocument } from '../../documents/model';
import { issueFrozen } from '../../register/commands/issue-frozen';
import { lockForSynthesis } from '../queries';

/**
 * Issues the synthesis of a consultation once: the next BC number of the commune's register and the
 * document frozen with it. Under the consultation's lock, so a second (or concurrent) issue is a 409.
 */
export async function issueSynthesis(
  db: Db,
  meta: RequestMeta,
  c: { id: string; title: string; commune: { id: string; path: string }; signer: string | null },
  date: string,
  build: () => OfficialDocument,
) {
  return db.transaction(async (tx) => {
    const issued = await lockForSynthesis(tx, c.id);
    if (issued) throw conflict('already_issued', `Báo cáo tổng hợp góp ý đã được ban hành, số ${issued}.`);
    return issueFrozen(
      tx,
      meta,
      {
        issuer: c.commune,
        typeCode: 'BC',
        date,
        summary: `Tổng hợp ý kiến góp ý ${c.title}`,
        signer: c.signer,
        recipients: ['Ban Thường trực Ủy ban MTTQ cấp trên', 'Lưu: VT'],
        sourceKind: 'consultation_synthesis',
        sourceId: c.id,
      },
      (issue) => ({ ...build(), number: issue.number }),
    );
  });
}
