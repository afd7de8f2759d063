/** @jsxImportSource hono/jsx */
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import type { PublicGoods } from '../goods/figures';

const n = (x: number) => formatInteger(x);

/**
 * Goods in kind of the drive's fund, apart from the cash above: what came in (the donor as publicly shown, the item,
 * quantity and estimated value) and what went out (to whom, under which decision), one page at a time, newest first,
 * with a link to the next page (`next`); the totals on top are of every line. Shown only when the fund has any. The
 * rows are cards under 600 px like the page's other tables (table.cards in layout.tsx).
 */
export function GoodsSection({
  goods,
  next,
  error,
}: {
  goods: PublicGoods;
  next: string | null;
  error: string | null;
}) {
  if (goods.items.length === 0) return null;
  return (
    <section id="hang-hoa">
      <h2>Hàng hóa, hiện vật</h2>
      {error && (
        <p class="empty" role="alert">
          {error}
        </p>
      )}
      <p>
        Đã nhận hiện vật ước {n(goods.totals.valueReceived)} đồng · đã xuất ước {n(goods.totals.valueIssued)} đồng (tính
        riêng, không cộng vào tiền mặt).
      </p>
      <h3>Hàng đã nhận</h3>
      {goods.received.length === 0 ? (
        <p class="empty">Không có hàng nhận ở trang này.</p>
      ) : (
        <div class="scroll">
          <table class="cards">
            <thead>
              <tr>
                <th>Ngày</th>
                <th>Người ủng hộ</th>
                <th>Mặt hàng</th>
                <th class="num">Số lượng</th>
                <th class="num">Giá trị ước (đồng)</th>
              </tr>
            </thead>
            <tbody>
              {goods.received.map((r) => (
                <tr>
                  <td data-label="Ngày">{formatDateVi(r.date)}</td>
                  <td data-label="Người ủng hộ">{r.donor}</td>
                  <td data-label="Mặt hàng">{r.item}</td>
                  <td class="num" data-label="Số lượng">
                    {n(r.quantity)} {r.unit}
                  </td>
                  <td class="num" data-label="Giá trị ước (đồng)">
                    {n(r.value)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Hàng đã xuất</h3>
      {goods.issued.length === 0 ? (
        <p class="empty">Không có hàng xuất ở trang này.</p>
      ) : (
        <div class="scroll">
          <table class="cards">
            <thead>
              <tr>
                <th>Ngày</th>
                <th>Nơi nhận</th>
                <th>Quyết định</th>
                <th>Mặt hàng</th>
                <th class="num">Số lượng</th>
              </tr>
            </thead>
            <tbody>
              {goods.issued.map((r) => (
                <tr>
                  <td data-label="Ngày">{formatDateVi(r.date)}</td>
                  <td data-label="Nơi nhận">{r.recipient}</td>
                  <td data-label="Quyết định">{r.decisionRef}</td>
                  <td data-label="Mặt hàng">{r.item}</td>
                  <td class="num" data-label="Số lượng">
                    {n(r.quantity)} {r.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pager" aria-label="Trang hàng hóa">
        {next && <a href={next}>Trang sau →</a>}
      </nav>
    </section>
  );
}
