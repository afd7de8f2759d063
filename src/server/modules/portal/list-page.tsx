/** @jsxImportSource hono/jsx */
import { unitDisplayName } from '../../../lib/units';
import type { Unit } from '../units/schema';
import { NewsList, PortalFooter, PortalHeader } from './chrome';
import { Page } from './layout';
import type { PublicPostItem } from '../posts/published';

export const PAGE_SIZE = 10;

/** "Trang trước / Trang sau" links; `href(n)` builds the address of page n. */
function Pager({ page, total, href }: { page: number; total: number; href: (n: number) => string }) {
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (last <= 1) return null;
  return (
    <div class="pager">
      {page > 1 ? <a href={href(page - 1)}>← Trang trước</a> : <span />}
      <span class="date">
        Trang {page}/{last}
      </span>
      {page < last ? <a href={href(page + 1)}>Trang sau →</a> : <span />}
    </div>
  );
}

/** A kind's list (Tin tức, Thông báo, Video) with paging. */
export function ListPage(props: {
  heading: string;
  commune: Unit;
  home: boolean;
  items: PublicPostItem[];
  page: number;
  total: number;
  href: (n: number) => string;
  feed: string;
}) {
  return (
    <Page
      title={`${props.heading} – MTTQ ${unitDisplayName(props.commune)}`}
      head={<link rel="alternate" type="application/rss+xml" title="RSS" href={props.feed} />}
    >
      <PortalHeader commune={props.commune} home={props.home} />
      <main id="main-content" style="grid-template-columns:1fr">
        <section>
          <h2>{props.heading}</h2>
          {props.items.length === 0 ? <p class="empty">Chưa có bài nào.</p> : <NewsList items={props.items} />}
          <Pager page={props.page} total={props.total} href={props.href} />
        </section>
      </main>
      <PortalFooter commune={props.commune} />
    </Page>
  );
}

/** /tim-kiem: the form, and the results when a query was given. */
export function SearchPage(props: {
  q: string;
  commune: Unit | null;
  home: boolean;
  items: PublicPostItem[];
  page: number;
  total: number;
  href: (n: number) => string;
}) {
  return (
    <Page title={props.q ? `Tìm kiếm: ${props.q}` : 'Tìm kiếm'}>
      <PortalHeader commune={props.commune} home={props.home} />
      <main id="main-content" style="grid-template-columns:1fr">
        <section>
          <h2>Tìm kiếm tin bài</h2>
          <form class="search" action="/tim-kiem" method="get">
            {props.commune && !props.home && <input type="hidden" name="xa" value={props.commune.id} />}
            <input
              type="search"
              name="q"
              value={props.q}
              placeholder="Gõ có dấu hoặc không dấu, ví dụ: hoi nghi so ket"
              aria-label="Từ khóa"
            />
            <button type="submit">Tìm</button>
          </form>
          {props.q && (
            <p>
              {props.total === 0 ? 'Không tìm thấy bài nào cho ' : `Tìm thấy ${props.total} bài cho `}
              <mark>{props.q}</mark>.
            </p>
          )}
          {props.items.length > 0 && <NewsList items={props.items} />}
          <Pager page={props.page} total={props.total} href={props.href} />
        </section>
      </main>
      <PortalFooter commune={props.commune} />
    </Page>
  );
}
