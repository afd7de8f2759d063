/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import QRCode from 'qrcode';
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { progressText } from '../../../lib/figure';
import { unitDisplayName } from '../../../lib/units';
import { vietQrPayload } from '../../../lib/vietqr';
import type { Disclosure } from '../funds/disclosure';
import type { PublicGoods } from '../goods/figures';
import type { Unit } from '../units/schema';
import { PortalFooter, PortalHeader } from './chrome';
import { GoodsSection } from './goods-section';
import { Page } from './layout';

export type Bank = { bankBin: string | null; bankAccount: string | null; bankAccountName: string | null };

/** A QR donors scan in their banking app: the drive's code goes into the transfer message. */
export async function driveQrSvg(bank: Bank, code: string): Promise<string | null> {
  if (!bank.bankBin || !bank.bankAccount) return null;
  const payload = vietQrPayload({ bankBin: bank.bankBin, accountNumber: bank.bankAccount, message: `Ung ho ${code}` });
  return QRCode.toString(payload, { type: 'svg', margin: 1, width: 220, errorCorrectionLevel: 'M' });
}

const money = (n: number) => formatInteger(n);

/** Links of the page: the same search, another page (receipts or money out). */
export type PageLinks = { self: (p: Record<string, string | null>) => string };

/**
 * A drive's public disclosure (sao kê), one page at a time and without JavaScript: totals per bank and per day (with
 * the balance), a GET search form (reference, name, amount, date), 50 receipts with links to the next and previous
 * page, and money out with its own search and pages. Under 600 px the tables turn into one card a row (table.cards in
 * layout.tsx), so nothing scrolls sideways on a 360 px phone.
 */
export function DisclosurePage(props: {
  d: Disclosure;
  bank: Bank;
  qr: string | null;
  commune: Unit | null;
  home: boolean;
  notice?: { number: string; date: string } | null;
  goods?: PublicGoods;
  goodsError?: string | null;
  links: PageLinks;
  error?: string | null;
  pdf: { preparing: boolean; volumes: number | null };
}) {
  const { d, bank, qr, links } = props;
  const commune = unitDisplayName(d.commune);
  const target = d.drive.target ?? undefined;
  const searching = d.q !== '' || d.date !== null;
  const base = `/cong-khai/${d.drive.id}`;
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
            · {money(d.totals.count)} lượt ủng hộ
          </p>
          <p>
            Đã chi: {money(d.totals.paidOut)} đồng
            {d.totals.transferredUp > 0 && ` · Chuyển lên cấp trên: ${money(d.totals.transferredUp)} đồng`} · Còn lại:{' '}
            <strong>{money(d.totals.balance)} đồng</strong>
          </p>
          <p>
            Tải về: <a href={`${base}.xlsx`}>Excel (.xlsx)</a> · <a href={`${base}.csv`}>CSV</a> ·{' '}
            <a href={`${base}.pdf`}>PDF</a>
            {props.pdf.preparing && ' (bản PDF đang chuẩn bị, vui lòng quay lại sau ít phút)'}
            {props.pdf.volumes !== null && props.pdf.volumes > 1 && (
              <>
                {' '}
                — {props.pdf.volumes} tập:{' '}
                {Array.from({ length: props.pdf.volumes }, (_, i) => (
                  <>
                    <a href={`${base}.pdf?tap=${i + 1}`}>tập {i + 1}</a>{' '}
                  </>
                ))}
              </>
            )}
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
          <h2>Tổng hợp theo ngân hàng</h2>
          <table class="cards">
            <thead>
              <tr>
                <th>Ngân hàng</th>
                <th class="num">Lượt</th>
                <th class="num">Số tiền (đồng)</th>
              </tr>
            </thead>
            <tbody>
              {d.byBank.map((b) => (
                <tr>
                  <td data-label="Ngân hàng">{b.bank}</td>
                  <td class="num" data-label="Lượt">
                    {money(b.count)}
                  </td>
                  <td class="num" data-label="Số tiền (đồng)">
                    {money(b.cash)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>Theo ngày: nhận, chi và số dư ({d.byDay.length} ngày)</summary>
            <table class="cards">
              <thead>
                <tr>
                  <th>Ngày</th>
                  <th class="num">Lượt</th>
                  <th class="num">Nhận (đồng)</th>
                  <th class="num">Chi (đồng)</th>
                  <th class="num">Số dư (đồng)</th>
                </tr>
              </thead>
              <tbody>
                {d.byDay.map((x) => (
                  <tr>
                    <td data-label="Ngày">
                      <a href={links.self({ ngay: x.date, q: null, trang: null })}>{formatDateVi(x.date)}</a>
                    </td>
                    <td class="num" data-label="Lượt">
                      {money(x.count)}
                    </td>
                    <td class="num" data-label="Nhận (đồng)">
                      {money(x.cash)}
                    </td>
                    <td class="num" data-label="Chi (đồng)">
                      {money(x.out)}
                    </td>
                    <td class="num" data-label="Số dư (đồng)">
                      {money(x.balance)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
        <section id="ung-ho">
          <h2>Danh sách ủng hộ</h2>
          <form method="get" action={`${base}#ung-ho`} class="search">
            <label for="q">Tìm mã giao dịch, tên, số tiền hoặc ngày (dd/mm)</label>
            <input
              id="q"
              name="q"
              type="search"
              value={d.q}
              maxlength={100}
              placeholder="VD: FT2425…, nghia nguyen, 100k, 13/09"
            />
            <label for="ngay">Ngày</label>
            <input id="ngay" name="ngay" type="date" value={d.date ?? ''} min={d.drive.from} max={d.drive.to} />
            <button type="submit">Tìm</button>
            {searching && <a href={`${base}#ung-ho`}>Xem tất cả</a>}
          </form>
          {props.error && (
            <p class="empty" role="alert">
              {props.error}
            </p>
          )}
          <p>
            {searching
              ? `Tìm thấy ${d.countCapped ? `hơn ${money(d.count)}` : money(d.count)} lượt${d.total !== null ? `, ${money(d.total)} đồng` : ''}.`
              : `${money(d.count)} lượt, mới nhất trước.`}
          </p>
          {d.items.length === 0 ? (
            <p class="empty">Không có lượt ủng hộ nào khớp.</p>
          ) : (
            <div class="scroll">
              <table class="cards">
                <thead>
                  <tr>
                    <th>Ngày</th>
                    <th>Người ủng hộ</th>
                    <th class="num">Tiền (đồng)</th>
                    <th>Ngân hàng · mã giao dịch</th>
                    <th>Hiện vật</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((x) => (
                    <tr>
                      <td data-label="Ngày">{formatDateVi(x.date)}</td>
                      <td data-label="Người ủng hộ">{x.donorName}</td>
                      <td class="num" data-label="Tiền (đồng)">
                        {money(x.amount)}
                      </td>
                      <td data-label="Ngân hàng">{[x.bank, x.bankRef].filter((v) => v).join(' · ')}</td>
                      <td data-label="Hiện vật">
                        {x.inKindDescription ? `${x.inKindDescription} (ước ${money(x.inKindValue)} đồng)` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav class="pager" aria-label="Trang danh sách ủng hộ">
            {d.prevCursor && <a href={`${links.self({ trang: d.prevCursor })}#ung-ho`}>← Trang trước</a>}{' '}
            {d.nextCursor && <a href={`${links.self({ trang: d.nextCursor })}#ung-ho`}>Trang sau →</a>}
          </nav>
        </section>
        <section id="khoan-chi">
          <h2>Các khoản đã chi</h2>
          <form method="get" action={`${base}#khoan-chi`} class="search">
            <label for="chi_q">Tìm số quyết định, người nhận, số tiền hoặc ngày</label>
            <input id="chi_q" name="chi_q" type="search" maxlength={100} />
            <button type="submit">Tìm</button>
          </form>
          {d.payouts.length === 0 ? (
            <p class="empty">Chưa có khoản chi.</p>
          ) : (
            <div class="scroll">
              <table class="cards">
                <thead>
                  <tr>
                    <th>Số phiếu · quyết định</th>
                    <th>Ngày</th>
                    <th>Nội dung</th>
                    <th>Người nhận</th>
                    <th class="num">Số tiền (đồng)</th>
                  </tr>
                </thead>
                <tbody>
                  {d.payouts.map((p) => (
                    <tr>
                      <td data-label="Số phiếu">
                        {[p.payoutNo, p.decisionRef !== p.payoutNo ? p.decisionRef : null].filter((v) => v).join(' · ')}
                      </td>
                      <td data-label="Ngày">{formatDateVi(p.date)}</td>
                      <td data-label="Nội dung">
                        {p.kind === 'transfer_up' ? `Chuyển lên cấp trên: ${p.purpose}` : p.purpose}
                      </td>
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
          <nav class="pager" aria-label="Trang các khoản chi">
            {d.payoutsCursors.prevCursor && (
              <a href={`${links.self({ chi: d.payoutsCursors.prevCursor })}#khoan-chi`}>← Trang trước</a>
            )}{' '}
            {d.payoutsCursors.nextCursor && (
              <a href={`${links.self({ chi: d.payoutsCursors.nextCursor })}#khoan-chi`}>Trang sau →</a>
            )}
          </nav>
        </section>
        {props.goods && (
          <GoodsSection
            goods={props.goods}
            error={props.goodsError ?? null}
            next={props.goods.nextCursor && `${links.self({ hang: props.goods.nextCursor })}#hang-hoa`}
          />
        )}
      </main>
      <PortalFooter commune={props.commune} />
    </Page>
  );
}
