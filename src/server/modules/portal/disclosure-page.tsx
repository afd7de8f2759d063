/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import QRCode from 'qrcode';
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { progressText } from '../../../lib/figure';
import { unitDisplayName } from '../../../lib/units';
import { vietQrPayload } from '../../../lib/vietqr';
import type { driveDisclosure } from '../funds/disclosure';
import type { PublicGoods } from '../goods/figures';
import type { Unit } from '../units/schema';
import { PortalFooter, PortalHeader } from './chrome';
import { GoodsSection } from './goods-section';
import { Page } from './layout';

type Disclosure = NonNullable<Awaited<ReturnType<typeof driveDisclosure>>>;
export type Bank = { bankBin: string | null; bankAccount: string | null; bankAccountName: string | null };

/** A QR donors scan in their banking app: the drive's code goes into the transfer message. */
export async function driveQrSvg(bank: Bank, code: string): Promise<string | null> {
  if (!bank.bankBin || !bank.bankAccount) return null;
  const payload = vietQrPayload({ bankBin: bank.bankBin, accountNumber: bank.bankAccount, message: `Ung ho ${code}` });
  return QRCode.toString(payload, { type: 'svg', margin: 1, width: 220, errorCorrectionLevel: 'M' });
}

const money = (n: number) => formatInteger(n);

/**
 * A drive's public disclosure (sao kê): totals, the QR to give, every receipt and payout. Under 600 px the two tables
 * turn into one card a row (table.cards in layout.tsx), so a donor's name reads on one line and nothing scrolls
 * sideways on a 360 px phone.
 */
export function DisclosurePage(props: {
  d: Disclosure;
  bank: Bank;
  qr: string | null;
  commune: Unit | null;
  home: boolean;
  notice?: { number: string; date: string } | null;
  goods?: PublicGoods;
}) {
  const { d, bank, qr } = props;
  const commune = unitDisplayName(d.commune);
  const target = d.drive.target ?? undefined;
  return (
    <Page title={`Công khai: ${d.drive.name} – MTTQ ${commune}`}>
      <PortalHeader commune={props.commune} home={props.home} title="Công khai tài chính" />
      <main id="main-content" style="grid-template-columns:1fr">
        <section>
          <h2>{d.drive.name}</h2>
          {props.notice && (
            <p>
              Thông báo số {props.notice.number} ngày {formatDateVi(props.notice.date)} của Ban Thường trực Ủy ban MTTQ
              Việt Nam {commune}.
            </p>
          )}
          <p>
            {d.fund.name} · từ {formatDateVi(d.drive.from)} đến {formatDateVi(d.drive.to)} · mã ủng hộ{' '}
            <strong>{d.drive.code}</strong>
          </p>
          <p>
            <strong>
              Đã nhận: {progressText({ aggregation: 'sum', unitLabel: 'đồng', actual: d.totals.total, target })}
            </strong>
            {d.totals.goods > 0 &&
              ` (tiền mặt ${money(d.totals.cash)} đồng, hiện vật ước ${money(d.totals.goods)} đồng)`}{' '}
            · {d.totals.count} lượt ủng hộ
          </p>
          <p>
            Đã chi: {money(d.totals.paidOut)} đồng · Còn lại: <strong>{money(d.totals.balance)} đồng</strong>
          </p>
          <p>
            Tải về: <a href={`/cong-khai/${d.drive.id}.xlsx`}>Excel (.xlsx)</a> ·{' '}
            <a href={`/cong-khai/${d.drive.id}.pdf`}>PDF</a>
          </p>
          {qr && (
            <div class="qr">
              <div>{raw(qr)}</div>
              <div>
                Quét mã để chuyển khoản ủng hộ: {bank.bankAccountName ?? ''} · STK {bank.bankAccount}. Nội dung chuyển
                khoản ghi <strong>{d.drive.code}</strong>.
              </div>
            </div>
          )}
        </section>
        <section>
          <h2>Danh sách ủng hộ</h2>
          <div class="scroll">
            <table class="cards">
              <thead>
                <tr>
                  <th>STT</th>
                  <th>Ngày</th>
                  <th>Người ủng hộ</th>
                  <th class="num">Tiền (đồng)</th>
                  <th>Hiện vật</th>
                </tr>
              </thead>
              <tbody>
                {d.donors.map((x, i) => (
                  <tr>
                    <td data-label="STT">{i + 1}</td>
                    <td data-label="Ngày">{formatDateVi(x.date)}</td>
                    <td data-label="Người ủng hộ">{x.donorName}</td>
                    <td class="num" data-label="Tiền (đồng)">
                      {money(x.amount)}
                    </td>
                    <td data-label="Hiện vật">
                      {x.inKindDescription ? `${x.inKindDescription} (ước ${money(x.inKindValue)} đồng)` : ''}
                    </td>
                  </tr>
                ))}
                <tr class="total">
                  <td colspan={3}>Tổng cộng</td>
                  <td class="num" data-label="Tiền (đồng)">
                    {money(d.totals.cash)}
                  </td>
                  <td data-label="Hiện vật">{d.totals.goods > 0 ? `${money(d.totals.goods)} đồng` : ''}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>
        <section>
          <h2>Các khoản đã chi</h2>
          {d.payouts.length === 0 ? (
            <p class="empty">Chưa có khoản chi.</p>
          ) : (
            <div class="scroll">
              <table class="cards">
                <thead>
                  <tr>
                    <th>Số phiếu</th>
                    <th>Ngày</th>
                    <th>Nội dung</th>
                    <th>Người nhận</th>
                    <th class="num">Số tiền (đồng)</th>
                  </tr>
                </thead>
                <tbody>
                  {d.payouts.map((p) => (
                    <tr>
                      <td data-label="Số phiếu">{p.payoutNo}</td>
                      <td data-label="Ngày">{formatDateVi(p.date)}</td>
                      <td data-label="Nội dung">{p.purpose}</td>
                      <td data-label="Người nhận">{p.recipient}</td>
                      <td class="num" data-label="Số tiền (đồng)">
                        {money(p.amount)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {props.goods && <GoodsSection goods={props.goods} />}
      </main>
      <PortalFooter commune={props.commune} />
    </Page>
  );
}
