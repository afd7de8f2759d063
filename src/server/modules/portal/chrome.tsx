/** @jsxImportSource hono/jsx */
import { formatDateTimeVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import { excerpt, htmlToText } from '../posts/sanitize';
import type { PostKind } from '../posts/schema';
import type { Unit } from '../units/schema';
import { Page } from './layout';
import type { PublicPostItem } from '../posts/published';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** dd/mm/yyyy of an instant, in Vietnam time. */
export const dateVi = (d: Date | string | null) => (d ? formatDateTimeVi(d).slice(0, 10) : '');

export const KIND_NAMES: Record<PostKind, string> = { news: 'Tin tức', announcement: 'Thông báo', video: 'Video' };
export const KIND_PATHS: Record<PostKind, string> = { news: '/tin-tuc', announcement: '/thong-bao', video: '/video' };

/** The summary, or the start of the body when there is none. */
export const itemSummary = (p: Pick<PublicPostItem, 'summary' | 'bodyStart'>) =>
  p.summary || excerpt(htmlToText(p.bodyStart));

/** "?xa=<id>" for every commune but the home one, so links keep the reader on their commune. */
export const xaQuery = (commune: Unit, home: boolean, sep: '?' | '&' = '?') => (home ? '' : `${sep}xa=${commune.id}`);

export function PortalHeader({ commune, home }: { commune: Unit | null; home: boolean }) {
  const q = commune ? xaQuery(commune, home) : '';
  return (
    <header>
      <div class="org">Ủy ban Mặt trận Tổ quốc Việt Nam</div>
      <h1>
        <a href={commune && !home ? `/xa/${commune.id}` : '/'}>
          {commune ? upper(unitDisplayName(commune)) : 'Cổng thông tin cấp xã'}
        </a>
      </h1>
      <nav class="top" aria-label="Chuyên mục">
        <a href={commune && !home ? `/xa/${commune.id}` : '/'}>Trang chủ</a>
        <a href={`/tin-tuc${q}`}>Tin tức</a>
        <a href={`/thong-bao${q}`}>Thông báo</a>
        <a href={`/video${q}`}>Video</a>
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the older browsers a commune's visitors use; the role says the same */}
        <form action="/tim-kiem" method="get" role="search">
          {commune && !home && <input type="hidden" name="xa" value={commune.id} />}
          <input type="search" name="q" placeholder="Tìm tin bài" aria-label="Từ khóa" />
          <button type="submit">Tìm</button>
        </form>
        <a href="/app/">Đăng nhập cán bộ</a>
      </nav>
    </header>
  );
}

export function PortalFooter({ commune, others = [] }: { commune: Unit | null; others?: Unit[] }) {
  if (!commune) return null;
  const s = commune.settings;
  const title = unitDisplayName(commune);
  return (
    <footer>
      <div class="wrap">
        <strong>Ủy ban MTTQ Việt Nam {title}</strong>
        {s.address && <div>Địa chỉ: {s.address}</div>}
        {s.phone && <div>Điện thoại: {s.phone}</div>}
        {s.email && (
          <div>
            Email: <a href={`mailto:${s.email}`}>{s.email}</a>
          </div>
        )}
        {others.length > 0 && (
          <div>
            Các xã, phường khác:{' '}
            {others.map((u, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/xa/${u.id}`}>{unitDisplayName(u)}</a>
              </>
            ))}
          </div>
        )}
        <div>
          <a href="/rss.xml">RSS</a> · <a href="/sitemap.xml">Sơ đồ trang</a>
        </div>
      </div>
    </footer>
  );
}

/** News items with their thumbnail (or a mark when there is no cover), date and summary. */
export function NewsList({ items, summaries = true }: { items: PublicPostItem[]; summaries?: boolean }) {
  return (
    <ul class="news">
      {items.map((p) => (
        <li>
          {p.coverMediaId ? (
            <img src={`/media/${p.coverMediaId}/thumb`} alt="" width={120} height={80} loading="lazy" />
          ) : (
            <span class="noimg">{p.kind === 'video' ? '▶' : '★'}</span>
          )}
          <div>
            <h3>
              <a href={`/tin-tuc/${p.slug}`}>{p.title}</a>
            </h3>
            <div class="date">{dateVi(p.publishedAt)}</div>
            {summaries && <p>{itemSummary(p)}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function NotFound({ commune = null }: { commune?: Unit | null }) {
  return (
    <Page title="Không tìm thấy">
      <PortalHeader commune={commune} home={true} />
      <main id="main-content">
        <section>
          <h2>Không tìm thấy trang</h2>
          <p>Bài viết không tồn tại hoặc chưa được đăng.</p>
          <a href="/">Về trang chủ</a>
        </section>
      </main>
    </Page>
  );
}
