import { formatDateVi } from '../../../../lib/dates';
import { eq, sql } from 'drizzle-orm';
import { amountInWords } from '../../../../lib/amount-in-words';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { namedQuery, type Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findOrganization, findUnit } from '../../units/queries';
import type { Unit } from '../../units/schema';
import { findDonationVisibleTo, findFundVisibleTo } from '../lookup';
import { canManageFunds, canRecordDonation } from '../policy';
import { presentDonation } from '../present';
import { findDrive, findPledge } from '../queries';
import { donations, type Donation, type Fund } from '../schema';
import type { CommandContext } from '../../../core/command';

export type DonationInput = {
  driveId: string | null;
  donorKind: Donation['donorKind'];
  donorName: string;
  donorAddress: string | null;
  publicAnonymous: boolean;
  method: Donation['method'];
  amount: number;
  inKindDescription: string | null;
  inKindValue: number;
  collectedAt: Unit;
  organizationId: string | null;
  pledgeId: string | null;
  bankRowId: string | null;
  date: string;
  note: string | null;
};

type Row = Record<string, unknown>;
const instant = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/** A raw donations row (snake_case, strings for bigint and timestamps) as the drizzle type. */
function toDonation(r: Row): Donation {
  return {
    id: String(r.id),
    communeId: String(r.commune_id),
    fundId: String(r.fund_id),
    driveId: (r.drive_id as string | null) ?? null,
    year: Number(r.year),
    seq: Number(r.seq),
    receiptNo: String(r.receipt_no),
    donorKind: r.donor_kind as Donation['donorKind'],
    donorName: String(r.donor_name),
    donorAddress: (r.donor_address as string | null) ?? null,
    nameWords: (r.name_words as string[] | null) ?? null,
    publicAnonymous: r.public_anonymous === true || r.public_anonymous === 't',
    method: r.method as Donation['method'],
    amount: Number(r.amount),
    inKindDescription: (r.in_kind_description as string | null) ?? null,
    inKindValue: Number(r.in_kind_value),
    unitId: (r.unit_id as string | null) ?? null,
    unitPath: String(r.unit_path),
    organizationId: (r.organization_id as string | null) ?? null,
    pledgeId: (r.pledge_id as string | null) ?? null,
    bankRowId: (r.bank_row_id as string | null) ?? null,
    accountId: (r.account_id as string | null) ?? null,
    bankRef: (r.bank_ref as string | null) ?? null,
    payerAccount: (r.payer_account as string | null) ?? null,
    date: String(r.date).slice(0, 10),
    note: (r.note as string | null) ?? null,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: instant(r.created_at) ?? new Date(),
    voidedAt: instant(r.voided_at),
    voidedBy: (r.voided_by as string | null) ?? null,
    voidReason: (r.void_reason as string | null) ?? null,
  };
}

const DONATION_COLUMNS =
  'id, commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind, donor_name, donor_address, method, amount, ' +
  'in_kind_description, in_kind_value, unit_id, unit_path, organization_id, pledge_id, bank_row_id, date, note, ' +
  'created_by, created_at, voided_at, voided_by, void_reason, public_anonymous, account_id, bank_ref, payer_account, name_words';

/** The statement of writeDonation, fixed text so that PostgreSQL plans it once per connection (see namedQuery). */
const RECORD_DONATION = `
    with n as (
      insert into document_counters (commune_id, fund_id, year, kind, last)
      values ($1, $2, $3, 'PT', 1)
      on conflict (commune_id, fund_id, year, kind) do update set last = document_counters.last + 1
      returning last
    ), d as (
      insert into donations (commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind, donor_name,
        donor_address, method, amount, in_kind_description, in_kind_value, unit_id, unit_path, organization_id,
        pledge_id, bank_row_id, date, note, created_by, public_anonymous)
      select $1, $2, $5, $3, n.last,
        'PT-' || $4 || '-' || case when n.last < 10000 then lpad(n.last::text, 4, '0') else n.last::text end,
        $6, $7, $8, $9, $10, $11,
        $12, $13, $14, $15, $16,
        $17, $18, $19, $20, $24
      from n
      returning ${DONATION_COLUMNS}
    ), a as (
      insert into audit_log (actor_id, actor_username, ip, action, entity, entity_id, commune_id, scope_path, after)
      select $20, $21, $22, 'donation.record', 'donation', d.id::text, d.commune_id, d.unit_path,
        $23::jsonb || jsonb_build_object('id', d.id, 'receiptNo', d.receipt_no)
      from d
    )
    select ${DONATION_COLUMNS} from d`;

/** A receipt as a person writes it (the request body): absent optional fields are null. */
export type DonationRequest = {
  fundId: string;
  driveId?: string | null;
  donorKind: Donation['donorKind'];
  donorName: string;
  donorAddress?: string | null;
  /** Appear as "Nhà hảo tâm" on public disclosure; names are shown by default. */
  publicAnonymous?: boolean;
  method: Donation['method'];
  amount: number;
  inKindDescription?: string | null;
  inKindValue: number;
  /** The village it was collected in; none: the commune. */
  unitId?: string | null;
  organizationId?: string | null;
  pledgeId?: string | null;
  date: string;
  note?: string | null;
  /** Why a receipt dated outside its drive's period belongs to it; required then. */
  outOfPeriodReason?: string;
};

/**
 * A receipt (phiếu thu) as a person writes it: something must have been given (cash or goods at a
 * value), goods are described, a named donor has a name; the drive and the pledge belong to the fund,
 * the village and the organisation to its commune; and the writer may write receipts there
 * (`canRecordDonation`).
 */
export async function recordDonation(ctx: CommandContext, input: DonationRequest) {
  const { db, actor, meta } = ctx;
  const { fund, commune: communeUnit, communePath } = await findFundVisibleTo(db, actor, input.fundId, 'fundId');
  const bad: Record<string, string> = {};
  if (input.amount === 0 && input.inKindValue === 0) bad.amount = 'Số tiền phải lớn hơn 0 (hoặc ghi giá trị hiện vật).';
  if (input.inKindValue > 0 && !input.inKindDescription) bad.inKindDescription = 'Mô tả hiện vật đã nhận.';
  if (input.donorKind !== 'anonymous' && !input.donorName) bad.donorName = 'Nhập tên người ủng hộ (hoặc chọn ẩn danh).';
  if (Object.keys(bad).length) throw invalid(bad);
  let note = input.note ?? null;
  if (input.driveId) {
    const drive = await findDrive(db, input.driveId);
    if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
    // A receipt outside the drive's dates would appear in that drive's public notice: only with a reason,
    // which the receipt keeps in its note.
    if (input.date < drive.periodFrom || input.date > drive.periodTo) {
      const period = `${formatDateVi(drive.periodFrom)}–${formatDateVi(drive.periodTo)}`;
      if (!input.outOfPeriodReason)
        throw invalid({
          outOfPeriodReason: `Ngày ${formatDateVi(input.date)} nằm ngoài thời gian đợt vận động (${period}): nêu lý do, hoặc chọn ngày/đợt khác.`,
        });
      note = [note, `Ghi ngoài thời gian đợt (${period}): ${input.outOfPeriodReason}`].filter(Boolean).join(' — ');
    }
  }
  let collectedAt = communeUnit;
  if (input.unitId) {
    const unit = await findUnit(db, input.unitId);
    if (!unit || unit.communeId !== fund.communeId) throw unknownReference('unitId', 'Thôn');
    collectedAt = unit;
  }
  let organizationId: string | null = null;
  if (input.organizationId) {
    const org = await findOrganization(db, input.organizationId);
    if (!org || org.org.communeId !== fund.communeId) throw unknownReference('organizationId', 'Tổ chức');
    organizationId = org.org.id;
  }
  if (input.pledgeId) {
    const pledge = await findPledge(db, input.pledgeId);
    if (!pledge || pledge.fundId !== fund.id) throw unknownReference('pledgeId', 'Đăng ký ủng hộ');
  }
  const commune = { id: fund.communeId, path: communePath };
  if (!canRecordDonation(actor, commune, input.unitId ? collectedAt : null, organizationId))
    throw forbidden({ unitId: 'Bạn chỉ lập phiếu thu cho thôn/tổ chức của mình.' });
  const donation = await writeDonation(db, meta, fund, {
    driveId: input.driveId ?? null,
    donorKind: input.donorKind,
    donorName: input.donorName,
    donorAddress: input.donorAddress ?? null,
    publicAnonymous: input.publicAnonymous ?? false,
    method: input.method,
    amount: input.amount,
    inKindDescription: input.inKindDescription ?? null,
    inKindValue: input.inKindValue,
    collectedAt,
    organizationId,
    pledgeId: input.pledgeId ?? null,
    bankRowId: null,
    date: input.date,
    note,
  });
  return { donation, commune };
}

/**
 * One receipt in ONE statement — on its own, or inside a caller's transaction (a bank import writes
 * receipts together with its rows): the counter upsert takes the fund's number (its row lock is held
 * only for this statement, so writers to one fund queue briefly), the receipt and its audit row are
 * inserted from it. A failure anywhere rolls the whole statement back, number included: gapless.
 */
export async function writeDonation(
  db: Queryable,
  meta: RequestMeta,
  fund: Fund,
  input: DonationInput,
): Promise<Donation> {
  const year = Number(input.date.slice(0, 4));
  const donorName = input.donorKind === 'anonymous' ? 'Nhà hảo tâm' : input.donorName;
  // The audit's "after": everything known before the insert; id and number are added in SQL.
  const after = JSON.stringify({
    fundId: fund.id,
    driveId: input.driveId,
    donorKind: input.donorKind,
    donorName,
    publicAnonymous: input.publicAnonymous,
    method: input.method,
    amount: input.amount,
    amountInWords: amountInWords(input.amount),
    inKindDescription: input.inKindDescription,
    inKindValue: input.inKindValue,
    unitId: input.collectedAt.id,
    organizationId: input.organizationId,
    pledgeId: input.pledgeId,
    date: input.date,
    note: input.note,
  });
  const [row] = await namedQuery<Row>(db, 'record_donation', RECORD_DONATION, [
    fund.communeId,
    fund.id,
    year,
    String(year),
    input.driveId,
    input.donorKind,
    donorName,
    input.donorAddress,
    input.method,
    input.amount,
    input.inKindDescription,
    input.inKindValue,
    input.collectedAt.id,
    input.collectedAt.path,
    input.organizationId,
    input.pledgeId,
    input.bankRowId,
    input.date,
    input.note,
    meta.actorId,
    meta.actorUsername,
    meta.ip,
    after,
    input.publicAnonymous,
  ]);
  if (!row) throw new Error('receipt insert returned nothing');
  return toDonation(row);
}

/**
 * A void keeps the number and removes the amount from every total; only the fund's managers void; voiding
 * twice is a conflict.
 */
export async function voidDonation(ctx: CommandContext, input: { id: string; reason: string }) {
  const { db, actor, meta } = ctx;
  const { fund, communePath } = await findDonationVisibleTo(db, actor, input.id);
  const commune = { id: fund.communeId, path: communePath };
  if (!canManageFunds(actor, commune)) throw forbidden();
  const donation = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(donations).where(eq(donations.id, input.id)).for('update');
    if (!current) throw new Error('donation vanished');
    if (current.voidedAt) throw conflict('already_voided', `Phiếu thu ${current.receiptNo} đã bị hủy trước đó.`);
    const [row] = await tx
      .update(donations)
      .set({ voidedAt: sql`now()`, voidedBy: meta.actorId, voidReason: input.reason })
      .where(eq(donations.id, input.id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'donation.void',
      entity: 'donation',
      entityId: input.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before: presentDonation(current),
      after: presentDonation(row),
    });
    return row;
  });
  return { donation, commune };
}
