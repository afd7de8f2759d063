/** @jsxImportSource hono/jsx */
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { PortalFooter, PortalHeader } from '../portal/chrome';
import { Page } from '../portal/layout';
import type { Unit } from '../units/schema';
import type { HousingFigures } from './figures';
import { KIND_LABELS, SOURCE_LABELS } from './labels';
import type { handedOverOf } from './queries';

export const PUBLIC_PAGE_SIZE = 50;
type Rows = Awaited<ReturnType<typeof handedOverOf>>['rows'];

/** "Quỹ "Vì người nghèo": 30.000.000; Nhà tài trợ Công ty X: 5.000.000" — where a house's money came from. */
function sourcesText(lines: Rows[number]['fundings']) {
  return lines
    .map(
      (l) =>
        `${l.source === 'donor' ? `Nhà tài trợ ${l.donorName ?? ''}` : SOURCE_LABELS[l.source]}: ${formatInteger(l.amount)}`,
    )
    .join('; ');
}

/**
 * The houses handed over (nhà Đại đoàn kết), as the commune makes them public: the household head and village, the
 * kind, the hand-over date, the money and its sources — nothing else about the household (no address, phone or ID:
 * DOMAIN.md rule 6). Server-rendered, no script; a card per house on a phone.
 */
export function HousingPublicPage(props: {
  commune: Unit;
  home: boolean;
  others: Unit[];
  rows: Rows;
  total: number;
  figures: HousingFigures;
  page: number;
  href: (n: number) => string;
}) {
  const { commune, rows, figures, page } = props;
  const name = unitDisplayName(commune);
  const last = Math.max(1, Math.ceil(props.total / PUBLIC_PAGE_SIZE));
  const start = (page - 1) * PUBLIC_PAGE_SIZE;
  return (
    <Page
      title={`Nhà Đại đoàn kết đã bàn giao – MTTQ ${name}`}
      description={`Ủy ban MTTQ Việt Nam ${name}: ${figures.text}, tổng kinh phí ${formatInteger(figures.amount)} đồng.`}
    >
      <PortalHeader commune={commune} home={props.home} />
      <main id="main-content" style="grid-template-columns:1fr">
        <section>
          <h2>Nhà Đại đoàn kết đã bàn giao</h2>
          <p>
            Đã bàn giao <strong>{formatInteger(figures.houses)} nhà</strong> ({figures.text}), tổng kinh phí{' '}
            <strong>{formatInteger(figures.amount)} đồng</strong>: quỹ {formatInteger(figures.bySource.fund)}, ngân sách{' '}
            {formatInteger(figures.bySource.budget)}, nhà tài trợ {formatInteger(figures.bySource.donor)}, hộ đối ứng{' '}
            {formatInteger(figures.bySource.household)} đồng.
          </p>
          {rows.length === 0 ? (
            <p class="empty">Chưa có nhà nào được bàn giao.</p>
          ) : (
            <table class="cards">
              <thead>
                <tr>
                  <th>STT</th>
                  <th>Chủ hộ</th>
                  <th>Thôn</th>
                  <th>Hình thức</th>
                  <th>Ngày bàn giao</th>
                  <th>Kinh phí (đồng)</th>
                  <th>Nguồn kinh phí</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr>
                    <td data-label="STT">{start + i + 1}</td>
                    <td data-label="Chủ hộ">{r.case.headName}</td>
                    <td data-label="Thôn">{r.villageName}</td>
                    <td data-label="Hình thức">{KIND_LABELS[r.case.kind]}</td>
                    <td data-label="Ngày bàn giao">{r.case.handedOverOn ? formatDateVi(r.case.handedOverOn) : ''}</td>
                    <td data-label="Kinh phí (đồng)" class="num">
                      {formatInteger(r.fundings.reduce((s, l) => s + l.amount, 0))}
                    </td>
                    <td data-label="Nguồn kinh phí">{sourcesText(r.fundings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {last > 1 && (
            <div class="pager">
              {page > 1 ? <a href={props.href(page - 1)}>← Trang trước</a> : <span />}
              <span class="date">
                Trang {page}/{last}
              </span>
              {page < last ? <a href={props.href(page + 1)}>Trang sau →</a> : <span />}
            </div>
          )}
        </section>
      </main>
      <PortalFooter commune={commune} others={props.others} />
    </Page>
  );
}
