import { eq } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { takeNumber } from '../../register/commands/take-number';
import { issuedDocumentOf } from '../../register/figures';
import { findDriveVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { drives } from '../schema';

/**
 * Vào sổ thông báo công khai: the drive's public announcement (the disclosure the portal publishes as .pdf) takes the
 * next TB number of its unit's outgoing register, once — the standing committee only, dated no later than today. The
 * announcement stays live (new receipts keep showing); from then on it prints "Số: 05/TB-MTTQ-BTT" and that date.
 * Under the drive's lock, so a second or concurrent request is a 409.
 */
export async function registerDisclosure(ctx: CommandContext, input: { id: string; date?: string }) {
  const { drive, commune } = await findDriveVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageFunds(ctx.actor, commune))
    throw forbidden({ id: 'Chỉ Ban Thường trực vào sổ thông báo công khai của đợt vận động.' });
  const date = input.date ?? todayVn();
  if (date > todayVn()) throw invalid({ date: 'Ngày thông báo không được sau hôm nay.' });
  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: drives.id }).from(drives).where(eq(drives.id, drive.id)).for('update');
    const done = await issuedDocumentOf(tx, 'drive_disclosure', drive.id);
    if (done) throw conflict('already_issued', `Thông báo công khai của đợt này đã vào sổ, số ${done.number}.`);
    return takeNumber(tx, ctx.meta, {
      issuer: { id: commune.id, path: commune.path },
      typeCode: 'TB',
      date,
      summary: `Thông báo công khai kết quả ${drive.name}`,
      signer: commune.settings.chairName ?? null,
      recipients: ['Niêm yết tại trụ sở và cổng thông tin', 'Lưu: VT'],
      sourceKind: 'drive_disclosure',
      sourceId: drive.id,
    });
  });
}
