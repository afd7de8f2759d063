import { amountInWords } from '../../../lib/amount-in-words';
import { formatMoney } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { placeDateLine, type OfficialDocument } from '../documents/model';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { findUnit } from '../units/queries';

/** "Ủng hộ Quỹ Vì người nghèo", or the drive's own name when it already says it is a call to give. */
export function reasonOf(driveName: string | null, fundName: string): string {
  if (!driveName) return `Ủng hộ ${fundName}`;
  return /^(vận động )?ủng hộ/i.test(driveName) ? `${driveName} (${fundName})` : `Ủng hộ ${driveName} (${fundName})`;
}
import type { Unit } from '../units/schema';
import { findDonationVisibleTo } from './lookup';
import { findDrive } from './queries';
import type { Donation, Drive, Fund } from './schema';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The printable receipt (phiếu thu, A5): cash and goods on separate lines with their sum, the cash
 * in words, and the three signatures. A voided receipt is printed with its void stated, never hidden.
 */
export function receiptDocument(
  d: Donation,
  fund: Fund,
  drive: Drive | null,
  commune: Unit,
  collectedAt: string | null,
): OfficialDocument {
  const items: { label: string; value?: string; valueBold?: boolean }[] = [
    { label: 'Họ tên người nộp', value: d.donorName },
    ...(d.donorAddress ? [{ label: 'Địa chỉ', value: d.donorAddress }] : []),
    // A drive's name often begins with "Vận động ủng hộ…": "Ủng hộ" is not said twice.
    { label: 'Lý do nộp', value: reasonOf(drive?.name ?? null, fund.name) },
    { label: 'Hình thức', value: d.method === 'bank_transfer' ? 'Chuyển khoản' : 'Tiền mặt' },
    { label: 'Số tiền', value: formatMoney(d.amount), valueBold: true },
    { label: 'Viết bằng chữ', value: amountInWords(d.amount) },
  ];
  if (d.inKindValue > 0) {
    items.push(
      { label: 'Hiện vật', value: `${d.inKindDescription ?? ''} (giá trị ước tính ${formatMoney(d.inKindValue)})` },
      { label: 'Tổng giá trị (tiền và hiện vật)', value: formatMoney(d.amount + d.inKindValue), valueBold: true },
      { label: 'Viết bằng chữ', value: amountInWords(d.amount + d.inKindValue) },
    );
  }
  if (collectedAt) items.push({ label: 'Thu qua', value: collectedAt });
  if (d.voidedAt) items.push({ label: 'ĐÃ HỦY', value: `Lý do: ${d.voidReason ?? ''}`, valueBold: true });
  return {
    page: 'A5',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(`${commune.kind} ${commune.name}`)] },
    number: d.receiptNo,
    title: 'PHIẾU THU',
    titleNotes: [fund.name],
    body: [{ kind: 'keyValue', items }],
    closing: {
      dateLine: placeDateLine(commune.name, d.date),
      signatures: [
        { position: 'Người nộp', note: '(Ký, họ tên)', name: d.donorKind === 'anonymous' ? undefined : d.donorName },
        { position: 'Người lập phiếu', note: '(Ký, họ tên)' },
        { position: 'Thủ quỹ', note: '(Ký, họ tên)' },
      ],
      signatureSpace: 3,
    },
  };
}

/** Ids in a file path (a plain route) are not validated by a schema: anything not shaped like a uuid is not found. */
const UUID_LIKE = /^[0-9a-f-]{36}$/i;

/** A receipt the actor may read, rendered as Word (to edit) or PDF (to print and publish). */
export async function receiptFile(db: Queryable, actor: Actor, id: string, ext: 'docx' | 'pdf') {
  if (!UUID_LIKE.test(id)) throw notFound('Phiếu thu');
  const { donation, fund, commune } = await findDonationVisibleTo(db, actor, id);
  const drive = donation.driveId ? await findDrive(db, donation.driveId) : null;
  const place = donation.unitId && donation.unitId !== commune.id ? await findUnit(db, donation.unitId) : null;
  const doc = receiptDocument(donation, fund, drive, commune, place ? unitDisplayName(place) : null);
  const docx = await renderDocx(doc);
  const bytes = ext === 'docx' ? docx : await docxToPdf(docx, { inputName: donation.receiptNo });
  return { bytes, fileName: `${donation.receiptNo}.${ext}`, donation, communePath: commune.path };
}
