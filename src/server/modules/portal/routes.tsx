/** @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../http/env';
import {
  publishedPage,
  findPublishedPost,
  otherPublished,
  publishedPosts,
  publishedSlugs,
  searchPublished,
} from '../posts/published';
import type { PostKind } from '../posts/schema';
import type { Unit } from '../units/schema';
import { findUnit } from '../units/queries';
import { unitDisplayName } from '../../../lib/units';
import { driveDisclosure, type DisclosureQuery } from '../funds/disclosure';
import { streamed, writeDisclosureCsv, writeDisclosureXlsx } from '../funds/disclosure-files';
import { PDF_RETRY_AFTER, publicPdf, publicPdfStatus } from '../funds/disclosure-pdf';
import { findDrive } from '../funds/queries';
import { publicGoodsOfDrive } from '../goods/figures';
import { listPublicDrives, unitsAbove } from '../funds/public-drives';
import { issuedDocumentOf } from '../register/figures';
import { Readable } from 'node:stream';
import { AppError } from '../../core/errors';
import { CONTENT_TYPES, contentDisposition, fileResponse } from '../../http/files';
import { createRateLimiter, submitterKey } from '../../http/public-form';
import { ArticlePage } from './article-page';
import { communeKey, KIND_NAMES, NotFound, PortalHeader } from './chrome';
import { DisclosurePage, driveQrSvg } from './disclosure-page';
import { DrivesPage, LEVEL_PARAMS } from './drives-page';
import { rssFeed, sitemap } from './feeds';
import { CommuneHome } from './home-page';
import { IntroPage } from './intro-page';
import { Page } from './layout';
import { ListPage, PAGE_SIZE, SearchPage } from './list-page';
import { disclosureBank, findPublicCommune, listPublicCommunes, publicCommuneOf, UUID } from './queries';

/** Short public caching: a post published or taken down shows within a minute. */
const PUBLIC_CACHE = { 'Cache-Control': 'public, max-age=60' };

const pageNo = (c: Context) => {
  const n = Number(c.req.query('trang') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
};

export function portalRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono();
  // Absolute links use the configured address: a request's Host header is the client's to choose (issue 12.16).
  const publicOrigin = new URL(deps.publicUrl ?? 'http://localhost:3000').origin;
  // A disclosure page is cheap but public: bounded per visitor, and files (a million rows) far more.
  const pages = createRateLimiter({ max: 120, windowMs: 60_000 });
  const files = createRateLimiter({ max: 10, windowMs: 60_000 });

  /** The front page's drives: the commune's latest ten, and the latest five of its province and the national unit. */
  async function homeDrives(commune: Unit) {
    const [own, above] = await Promise.all([
      listPublicDrives(db, { unitIds: [commune.id], limit: 10 }),
      unitsAbove(db, commune).then((unitIds) => listPublicDrives(db, { unitIds, limit: 5 })),
    ]);
    return {
      own: own.items,
      ownMore: own.nextCursor !== null,
      above: above.items,
      aboveMore: above.nextCursor !== null,
    };
  }

  async function home(c: Context, commune: Unit, isHome: boolean, others: Unit[]) {
    const [news, announcements, videos, drives] = await Promise.all([
      publishedPosts(db, commune.id, 'news', 6),
      publishedPosts(db, commune.id, 'announcement', 6),
      publishedPosts(db, commune.id, 'video', 3),
      homeDrives(commune),
    ]);
    return c.html(
      <CommuneHome
        commune={commune}
        home={isHome}
        others={others}
        drives={drives}
        posts={{ news, announcements, videos }}
      />,
      200,
      PUBLIC_CACHE,
    );
  }

  app.get('/', async (c) => {
    const communes = await listPublicCommunes(db);
    // One installation usually serves one commune: the first one set up is the home page.
    const [first, ...others] = communes;
    if (first) return home(c, first, true, others);
    return c.html(
      <Page title="Cổng thông tin Mặt trận Tổ quốc cấp xã">
        <PortalHeader commune={null} home={true} />
        <main id="main-content">
          <section>
            <h2>Chưa có xã nào</h2>
            <p class="empty">Cán bộ đăng nhập để thiết lập đơn vị.</p>
          </section>
        </main>
      </Page>,
    );
  });

  /** The commune of /xa/<slug>/…, whether it is the home one, and the others; null when there is no such commune. */
  async function communeAt(c: Context) {
    const commune = await findPublicCommune(db, c.req.param('id') ?? '');
    if (!commune) return null;
    const communes = await listPublicCommunes(db);
    return { commune, home: communes[0]?.id === commune.id, others: communes.filter((u) => u.id !== commune.id) };
  }

  // /xa/<uuid>/… links made before slugs are redirected by the units module's public routes, mounted first.
  app.get('/xa/:id', async (c) => {
    const at = await communeAt(c);
    if (!at) return c.html(<NotFound />, 404);
    return home(c, at.commune, at.home, at.others);
  });

  app.get('/xa/:id/gioi-thieu', async (c) => {
    const at = await communeAt(c);
    if (!at) return c.html(<NotFound />, 404);
    return c.html(<IntroPage {...at} />, 200, PUBLIC_CACHE);
  });

  // Lists of one kind, ten a page.
  for (const kind of ['news', 'announcement', 'video'] as PostKind[]) {
    const path = kind === 'news' ? '/tin-tuc' : kind === 'announcement' ? '/thong-bao' : '/video';
    app.get(path, async (c) => {
      const ctx = await publicCommuneOf(db, c.req.query('xa'));
      if (!ctx) return c.html(<NotFound />, 404);
      const page = pageNo(c);
      const { items, total } = await publishedPage(db, ctx.commune.id, kind, page, PAGE_SIZE);
      const xa = ctx.home ? '' : `xa=${communeKey(ctx.commune)}&`;
      const feed = `/rss.xml${ctx.home ? '' : `?xa=${communeKey(ctx.commune)}`}`;
      const href = (n: number) => `${path}?${xa}trang=${n}`;
      const list = { heading: KIND_NAMES[kind], commune: ctx.commune, home: ctx.home, items, page, total, href, feed };
      return c.html(<ListPage {...list} />, 200, PUBLIC_CACHE);
    });
  }

  app.get('/tin-tuc/:slug', async (c) => {
    const slug = c.req.param('slug');
    const found = /^[a-z0-9-]{1,120}$/.test(slug) ? await findPublishedPost(db, slug) : null;
    if (!found) return c.html(<NotFound />, 404);
    const communes = await listPublicCommunes(db);
    const others = await otherPublished(db, found.commune.id, found.post.id, 5);
    const home = communes[0]?.id === found.commune.id;
    const url = `${publicOrigin}/tin-tuc/${slug}`;
    const page = { post: found.post, commune: found.commune, home, others, url };
    return c.html(<ArticlePage {...page} />, 200, PUBLIC_CACHE);
  });

  app.get('/tim-kiem', async (c) => {
    const ctx = await publicCommuneOf(db, c.req.query('xa'));
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const page = pageNo(c);
    const scoped = c.req.query('xa') && ctx ? ctx.commune : null;
    const found = await searchPublished(db, scoped?.id ?? null, q, page, PAGE_SIZE);
    const xa = scoped ? `xa=${communeKey(scoped)}&` : '';
    const href = (n: number) => `/tim-kiem?${xa}q=${encodeURIComponent(q)}&trang=${n}`;
    const where = { commune: ctx?.commune ?? null, home: ctx?.home ?? true };
    return c.html(<SearchPage q={q} {...where} items={found.rows} page={page} total={found.total} href={href} />);
  });

  app.get('/rss.xml', async (c) => {
    const ctx = await publicCommuneOf(db, c.req.query('xa'));
    if (!ctx) return c.text('Chưa có xã nào.', 404);
    const items = await publishedPosts(db, ctx.commune.id, null, 20);
    const self = `/rss.xml${ctx.home ? '' : `?xa=${communeKey(ctx.commune)}`}`;
    return c.body(rssFeed(publicOrigin, ctx.commune, items, self), 200, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      ...PUBLIC_CACHE,
    });
  });

  app.get('/sitemap.xml', async (c) => {
    const [communes, slugs] = await Promise.all([listPublicCommunes(db), publishedSlugs(db)]);
    return c.body(sitemap(publicOrigin, communes, slugs), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
      ...PUBLIC_CACHE,
    });
  });

  // The disclosures of every level (national, provinces, communes), a page at a time: where the front page's links
  // "Công khai tài chính các cấp" and "Tất cả đợt vận động" lead.
  app.get('/cong-khai', async (c) => {
    const limited = pages.hit(submitterKey(c, deps));
    if (!limited.ok)
      return c.text('Bạn truy cập quá nhanh; vui lòng thử lại sau ít giây.', 429, {
        'Retry-After': String(limited.retryAfter),
      });
    const cap = c.req.query('cap') ?? '';
    const level = LEVEL_PARAMS[cap] ?? null;
    const unitKey = c.req.query('don-vi') ?? '';
    const unit = UUID.test(unitKey) ? await findUnit(db, unitKey.toLowerCase()) : null;
    const trang = c.req.query('trang') || null;
    const filter = { level: level ?? undefined, unitIds: unit ? [unit.id] : undefined };
    let error: string | null = null;
    const page = await listPublicDrives(db, { ...filter, cursor: trang ?? undefined }).catch((e: unknown) => {
      if (!(e instanceof AppError) || e.status !== 400) throw e;
      error = Object.values(e.fields ?? {})[0] ?? e.message;
      return listPublicDrives(db, filter);
    });
    const ctx = await publicCommuneOf(db, undefined);
    const href = (change: { cap?: string | null; trang?: string | null }) => {
      const next: Record<string, string | null> = { cap: level ? cap : null, 'don-vi': unit?.id ?? null, ...change };
      // Another level starts at its first page.
      if ('cap' in change) next.trang = null;
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
      const qs = params.toString();
      return `/cong-khai${qs ? `?${qs}` : ''}`;
    };
    return c.html(
      <DrivesPage
        commune={ctx?.commune ?? null}
        home={ctx?.home ?? true}
        items={page.items}
        level={level ? cap : null}
        unitName={unit ? unitDisplayName(unit) : null}
        error={error}
        href={href}
        nextCursor={page.nextCursor}
        paged={trang !== null && error === null}
      />,
      error ? 400 : 200,
      error ? {} : PUBLIC_CACHE,
    );
  });

  // Public disclosure of a drive: the page (searched and paged), and the same as Excel, CSV and PDF.
  app.get('/cong-khai/:file', async (c) => {
    const m = c.req.param('file').match(/^([0-9a-f-]{36})(?:\.(xlsx|csv|pdf))?$/i);
    const drive = m?.[1] ? await findDrive(db, m[1].toLowerCase()) : null;
    if (!m || !drive) return c.html(<NotFound />, 404);
    // A PDF is served from storage (cheap); a spreadsheet is read from the ledger row by row (not cheap).
    const heavy = /^(xlsx|csv)$/i.test(m[2] ?? '');
    const limited = (heavy ? files : pages).hit(submitterKey(c, deps));
    if (!limited.ok)
      return c.text('Bạn truy cập quá nhanh; vui lòng thử lại sau ít giây.', 429, {
        'Retry-After': String(limited.retryAfter),
      });
    const ext = m[2]?.toLowerCase();
    if (ext === 'xlsx' || ext === 'csv') {
      const d = await driveDisclosure(db, drive.id);
      if (!d) return c.html(<NotFound />, 404);
      const write = ext === 'xlsx' ? writeDisclosureXlsx : writeDisclosureCsv;
      const body = Readable.toWeb(streamed((out) => write(db, d, out, drive.fundId))) as ReadableStream;
      return c.body(body, 200, {
        'Content-Type': CONTENT_TYPES[ext],
        'Content-Disposition': contentDisposition(`cong-khai-${d.drive.code}.${ext}`),
        'Cache-Control': 'no-store',
      });
    }
    if (ext === 'pdf') {
      const volume = Number(c.req.query('tap') ?? '1');
      if (!Number.isInteger(volume) || volume < 1 || volume > 1000) return c.text('Số tập không hợp lệ.', 400);
      const pdf = await publicPdf(db, deps.storageDir, drive, volume);
      if (pdf.ready && pdf.bytes)
        return fileResponse(
          c,
          new Uint8Array(pdf.bytes),
          `cong-khai-${drive.code}${volume > 1 ? `-tap-${volume}` : ''}.pdf`,
        );
      if (pdf.ready) return c.html(<NotFound />, 404);
      if (pdf.queued) deps.jobs?.wake();
      return c.text(`Bản PDF đang chuẩn bị; vui lòng quay lại sau khoảng ${PDF_RETRY_AFTER} giây.`, 202, {
        'Retry-After': String(PDF_RETRY_AFTER),
        'Cache-Control': 'no-store',
      });
    }
    const query: DisclosureQuery = {
      q: c.req.query('q')?.slice(0, 200),
      date: /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('ngay') ?? '') ? c.req.query('ngay') : undefined,
      cursor: c.req.query('trang') || undefined,
      outQ: c.req.query('chi_q')?.slice(0, 200),
      outCursor: c.req.query('chi') || undefined,
    };
    let error: string | null = null;
    let d = await driveDisclosure(db, drive.id, query).catch((e: unknown) => {
      if (!(e instanceof AppError) || e.status !== 400) throw e;
      error = Object.values(e.fields ?? {})[0] ?? e.message;
      return null;
    });
    d ??= await driveDisclosure(db, drive.id);
    if (!d) return c.html(<NotFound />, 404);
    const notice = await issuedDocumentOf(db, 'drive_disclosure', drive.id);
    const goodsCursor = c.req.query('hang') || undefined;
    // A goods link edited by hand: said so, and the goods' first page shown, as for the receipts' cursor.
    const goodsPage = (cursor?: string) => publicGoodsOfDrive(db, drive.id, { cursor });
    let goodsError: string | null = null;
    const [bank, commune, communes, goods] = await Promise.all([
      disclosureBank(db, drive.id),
      findPublicCommune(db, d.commune.id),
      listPublicCommunes(db),
      goodsPage(goodsCursor).catch((e: unknown) => {
        if (!(e instanceof AppError) || e.status !== 400) throw e;
        goodsError = Object.values(e.fields ?? {})[0] ?? e.message;
        return goodsPage();
      }),
    ]);
    const current: Record<string, string | undefined> = {
      q: query.q,
      ngay: query.date,
      trang: query.cursor,
      chi_q: query.outQ,
      chi: query.outCursor,
      hang: goodsCursor,
    };
    const self = (change: Record<string, string | null>) => {
      const params = new URLSearchParams();
      const next = { ...current, ...change };
      // A new receipts page keeps the money-out page, and the other way round; a new search starts at page one.
      for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
      const qs = params.toString();
      return `/cong-khai/${drive.id}${qs ? `?${qs}` : ''}`;
    };
    const where = { commune, home: communes[0]?.id === commune?.id, notice, goods: goods ?? undefined, goodsError };
    const pdf = await publicPdfStatus(db, drive.id);
    return c.html(
      <DisclosurePage
        d={d}
        bank={bank}
        qr={await driveQrSvg(bank, d.drive.code)}
        links={{ self }}
        error={error}
        pdf={pdf}
        {...where}
      />,
      error || goodsError ? 400 : 200,
    );
  });

  return app;
}
