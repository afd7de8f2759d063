import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { takeNumber, type TakeNumberInput } from './take-number';

/** A document written outside the app (a letter typed in Word) entered by hand: it takes the next number. */
export async function recordDocument(
  db: Db,
  meta: RequestMeta,
  input: Omit<TakeNumberInput, 'sourceKind' | 'sourceId'>,
) {
  return db.transaction((tx) => takeNumber(tx, meta, { ...input, sourceKind: 'manual' }));
}
