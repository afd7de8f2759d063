/** @jsxImportSource hono/jsx */
import { formatDateTimeVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import { excerpt, htmlToText } from '../posts/sanitize';
import type { PostKind } from '../posts/schema';
import { logoUrl } from '../units/present';
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

/** The commune's part of a portal address: its readable slug ("hong-son"), or its id before it has one. */
export const communeKey = (commune: Pick<Unit, 'id' | 'slug'>) => commune.slug ?? commune.id;

/** "/xa/hong-son": a commune's pages live under it ("/xa/hong-son/kien-nghi", "/xa/hong-son/gioi-thieu"). */
export const communePath = (commune: Pick<Unit, 'id' | 'slug'>) => `/xa/${communeKey(commune)}`;

/** "?xa=hong-son" for every commune but the home one, so links keep the reader on their commune. */
export const xaQuery = (commune: Unit, home: boolean, sep: '?' | '&' = '?') =>
  home ? '' : `${sep}xa=${communeKey(commune)}`;

/** "Ông Nguyễn Văn A, Chủ tịch …" as typed, without a "Chịu trách nhiệm nội dung:" the footer adds itself. */
export const responsibleLine = (commune: Unit) =>
  (commune.settings.responsible ?? '').replace(/^\s*chịu trách nhiệm(?: nội dung)?\s*:\s*/iu, '').trim();

/**
 * Every portal page's header, as a government portal's: the commune's emblem beside its name, then the sections.
 * With `title` the page's own heading is the h1 and the commune is named above it (a form, a disclosure).
 */
export function PortalHeader({ commune, home, title }: { commune: Unit | null; home: boolean; title?: string }) {
  const q = commune ? xaQuery(commune, home) : '';
  const homeHref = commune && !home ? communePath(commune) : '/';
  const name = commune ? unitDisplayName(commune) : '';
  const logo = commune ? logoUrl(commune) : null;
  return (
    <header>
      <div class="brand">
        {logo && commune?.logo && (
          <a href={homeHref} class="logo">
            <img src={logo} alt={`Biểu trưng Ủy ban MTTQ Việt Nam ${name}`} width={56} height={56} />
          </a>
        )}
        <div>
          {title ? (
            <>
              <div class="org">Ủy ban Mặt trận Tổ quốc Việt Nam {commune && <a href={homeHref}>{name}</a>}</div>
              <h1>{title}</h1>
            </>
          ) : (
            <>
              <div class="org">Ủy ban Mặt trận Tổ quốc Việt Nam</div>
              <h1>
                <a href={homeHref}>{commune ? upper(name) : 'Cổng thông tin cấp xã'}</a>
              </h1>
            </>
          )}
        </div>
      </div>
      <nav class="top" aria-label="Chuyên mục">
        <a href={homeHref}>Trang chủ</a>
        {commune && <a href={`${communePath(commune)}/gioi-thieu`}>Giới thiệu</a>}
        <a href={`/tin-tuc${q}`}>Tin tức</a>
        <a href={`/thong-bao${q}`}>Thông báo</a>
        <a href={`/video${q}`}>Video</a>
        {commune && <a href={`${communePath(commune)}/gop-y`}>Góp ý dự thảo</a>}
        {commune && <a href={`${communePath(commune)}/nha-dai-doan-ket`}>Nhà Đại đoàn kết</a>}
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the older browsers a commune's visitors use; the role says the same */}
        <form action="/tim-kiem" method="get" role="search">
          {commune && !home && <input type="hidden" name="xa" value={communeKey(commune)} />}
          <input type="search" name="q" placeholder="Tìm tin bài" aria-label="Từ khóa" />
          <button type="submit">Tìm</button>
        </form>
        <a href="/app/">Đăng nhập cán bộ</a>
      </nav>
    </header>
  );
}

/** The commune's contact details, as the footer and the "Giới thiệu" page list them. */
export function ContactLines({ commune }: { commune: Unit }) {
  const s = commune.settings;
  return (
    <>
      {s.address && <div>Địa chỉ: {s.address}</div>}
      {s.phone && (
        <div>
          Điện thoại: <a href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`}>{s.phone}</a>
        </div>
      )}
      {s.email && (
        <div>
          Email: <a href={`mailto:${s.email}`}>{s.email}</a>
        </div>
      )}
    </>
  );
}

/** Who publishes the site and who answers for its content, as Vietnamese government portals say at the foot of a page. */
export function PortalFooter({ commune, others = [] }: { commune: Unit | null; others?: Unit[] }) {
  if (!commune) return null;
  const title = unitDisplayName(commune);
  const responsible = responsibleLine(commune);
  return (
    <footer>
      <div class="wrap">
        <strong>Cổng thông tin Ủy ban MTTQ Việt Nam {title}</strong>
        {responsible && <div class="responsible">Chịu trách nhiệm nội dung: {responsible}</div>}
        <ContactLines commune={commune} />
        {others.length > 0 && (
          <div>
            Các xã, phường khác:{' '}
            {others.map((u, i) => (
              <>
                {i > 0 && ', '}
                <a href={communePath(u)}>{unitDisplayName(u)}</a>
              </>
            ))}
          </div>
        )}
        <div>
          <a href={`${communePath(commune)}/gioi-thieu`}>Giới thiệu</a> · <a href="/rss.xml">RSS</a> ·{' '}
          <a href="/sitemap.xml">Sơ đồ trang</a>
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
