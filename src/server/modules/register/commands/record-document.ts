import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid } from '../../../core/errors';
import { findIssuerVisibleTo } from '../lookup';
import { canWriteRegister } from '../policy';
import { takeNumber, type TakeNumberInput } from './take-number';

export type RecordDocumentInput = Omit<TakeNumberInput, 'issuer' | 'sourceKind' | 'sourceId' | 'suffix'> & {
  issuerId: string;
};

/**
 * A document written outside the app (a letter typed in Word) entered by hand: it takes the next number.
 * A commune's or province's register only, written by its standing committee (or upper users), never
 * dated in the future.
 */
export async function recordDocument({ db, actor, meta }: CommandContext, input: RecordDocumentInput) {
  const { issuerId, ...entry } = input;
  const issuer = await findIssuerVisibleTo(db, actor, issuerId, 'issuerId', ['commune', 'province']);
  if (!canWriteRegister(actor, issuer))
    throw forbidden({ issuerId: 'Chỉ Ban Thường trực của đơn vị vào sổ văn bản đi.' });
  if (input.date > todayVn()) throw invalid({ date: 'Ngày văn bản không được sau hôm nay.' });
  return db.transaction((tx) =>
    takeNumber(tx, meta, { ...entry, signer: entry.signer || null, issuer, sourceKind: 'manual' }),
  );
}
