import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import type { OfficialDocument } from '../../documents/model';
import { issueFrozen } from '../../register/commands/issue-frozen';
import type { Unit } from '../../units/schema';

/**
 * Issues the synthesis before a People's Council session: the next BC number of the commune's
 * register, the document frozen with it (later answers never change what was sent to the council).
 */
export async function issueSynthesis(
  db: Db,
  meta: RequestMeta,
  commune: Unit,
  date: string,
  summary: string,
  build: () => OfficialDocument,
) {
  return db.transaction((tx) =>
    issueFrozen(
      tx,
      meta,
      {
        issuer: { id: commune.id, path: commune.path },
        typeCode: 'BC',
        date,
        summary,
        signer: commune.settings.chairName ?? null,
        recipients: ['Thường trực HĐND xã', 'UBND xã', 'Lưu: VT'],
        sourceKind: 'petition_synthesis',
      },
      (issue) => ({ ...build(), number: issue.number }),
    ),
  );
}
