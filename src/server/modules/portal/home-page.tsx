/** @jsxImportSource hono/jsx */
import { unitDisplayName } from '../../../lib/units';
import type { PublicDrive } from '../funds/public-drives';
import type { Unit } from '../units/schema';
import { communePath, dateVi, NewsList, PortalFooter, PortalHeader, xaQuery } from './chrome';
import { DriveLine } from './drives-page';
import { introParagraphs } from './intro-page';
import { Page } from './layout';
import type { PublicPostItem } from '../posts/published';

/** The latest drives a front page lists, its own and those above it; "Xem tất cả" opens the paged list. */
export type HomeDrives = { own: PublicDrive[]; ownMore: boolean; above: PublicDrive[]; aboveMore: boolean };
export type HomePosts = { news: PublicPostItem[]; announcements: PublicPostItem[]; videos: PublicPostItem[] };

/** A commune's front page: latest news, announcements and videos, then the citizen forms and the disclosures. */
export function CommuneHome(props: {
  commune: Unit;
  home: boolean;
  others?: Unit[];
  drives?: HomeDrives;
  posts: HomePosts;
}) {
  const { commune, home, others = [], posts } = props;
  const drives = props.drives ?? { own: [], ownMore: false, above: [], aboveMore: false };
  const title = unitDisplayName(commune);
  const q = xaQuery(commune, home);
  const [intro] = introParagraphs(commune.settings.intro);
  return (
    <Page
      title={`Ủy ban MTTQ Việt Nam ${title}`}
      description={`Cổng thông tin Ủy ban Mặt trận Tổ quốc Việt Nam ${title}: tin tức, thông báo, video, công khai tài chính.`}
      head={<link rel="alternate" type="application/rss+xml" title={`Tin tức ${title}`} href={`/rss.xml${q}`} />}
    >
      <PortalHeader commune={commune} home={home} />
      <main id="main-content">
        <div class="col">
          <section id="tin-tuc">
            <h2>Tin tức</h2>
            {posts.news.length === 0 ? <p class="empty">Chưa có tin bài.</p> : <NewsList items={posts.news} />}
            {posts.news.length > 0 && (
              <a class="more" href={`/tin-tuc${q}`}>
                Xem tất cả tin tức →
              </a>
            )}
          </section>
          <section id="video">
            <h2>Video</h2>
            {posts.videos.length === 0 ? (
              <p class="empty">Chưa có video.</p>
            ) : (
              <NewsList items={posts.videos} summaries={false} />
            )}
            {posts.videos.length > 0 && (
              <a class="more" href={`/video${q}`}>
                Xem tất cả video →
              </a>
            )}
          </section>
        </div>
        <div class="col">
          {intro && (
            <section id="gioi-thieu">
              <h2>Giới thiệu</h2>
              <p>{intro.length > 300 ? `${intro.slice(0, 300).replace(/\s+\S*$/, '')}…` : intro}</p>
              <a class="more" href={`${communePath(commune)}/gioi-thieu`}>
                Xem giới thiệu →
              </a>
            </section>
          )}
          <section id="thong-bao">
            <h2>Thông báo</h2>
            {posts.announcements.length === 0 ? (
              <p class="empty">Chưa có thông báo.</p>
            ) : (
              <ul class="notices">
                {posts.announcements.map((p) => (
                  <li>
                    <a href={`/tin-tuc/${p.slug}`}>{p.title}</a> <span class="date">({dateVi(p.publishedAt)})</span>
                  </li>
                ))}
              </ul>
            )}
            {posts.announcements.length > 0 && (
              <a class="more" href={`/thong-bao${q}`}>
                Tất cả thông báo →
              </a>
            )}
          </section>
          <section id="cong-dan">
            <h2>Dành cho công dân</h2>
            <ul class="drives">
              <li>
                <a href={`${communePath(commune)}/kien-nghi`}>Gửi ý kiến, kiến nghị</a>
              </li>
              <li>
                <a href="/tra-cuu-kien-nghi">Tra cứu kiến nghị đã gửi</a>
              </li>
              <li>
                <a href={`${communePath(commune)}/gop-y`}>Góp ý dự thảo văn bản</a>
              </li>
            </ul>
          </section>
          <section id="cong-khai">
            <h2>Công khai tài chính</h2>
            {drives.own.length === 0 ? (
              <p class="empty">Chưa có đợt vận động nào.</p>
            ) : (
              <ul class="drives">
                {drives.own.map((d) => (
                  <DriveLine drive={d} />
                ))}
              </ul>
            )}
            {drives.ownMore && (
              <a class="more" href={`/cong-khai?don-vi=${commune.id}`}>
                Tất cả đợt vận động của {title} →
              </a>
            )}
            {/* After a storm people look for the province's and the central committee's relief funds too. */}
            <h3>Quỹ cấp tỉnh, Trung ương</h3>
            {drives.above.length === 0 ? (
              <p class="empty">Chưa có đợt vận động nào.</p>
            ) : (
              <ul class="drives" id="cong-khai-cap-tren">
                {drives.above.map((d) => (
                  <DriveLine drive={d} />
                ))}
              </ul>
            )}
            <a class="more" href="/cong-khai">
              Công khai tài chính các cấp →
            </a>
          </section>
        </div>
      </main>
      <PortalFooter commune={commune} others={others} />
    </Page>
  );
}
