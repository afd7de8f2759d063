/** @jsxImportSource hono/jsx */
import { unitDisplayName } from '../../../lib/units';
import type { listCommuneDrives } from '../funds/queries';
import type { Unit } from '../units/schema';
import { communePath, dateVi, NewsList, PortalFooter, PortalHeader, xaQuery } from './chrome';
import { introParagraphs } from './intro-page';
import { Page } from './layout';
import type { PublicPostItem } from '../posts/published';

type PublicDrive = Awaited<ReturnType<typeof listCommuneDrives>>[number];
export type HomePosts = { news: PublicPostItem[]; announcements: PublicPostItem[]; videos: PublicPostItem[] };

/** A commune's front page: latest news, announcements and videos, then the citizen forms and the disclosures. */
export function CommuneHome(props: {
  commune: Unit;
  home: boolean;
  others?: Unit[];
  drives?: PublicDrive[];
  posts: HomePosts;
}) {
  const { commune, home, others = [], drives = [], posts } = props;
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
            {drives.length === 0 ? (
              <p class="empty">Chưa có đợt vận động nào.</p>
            ) : (
              <ul class="drives">
                {drives.map((x) => (
                  <li>
                    <a href={`/cong-khai/${x.drive.id}`}>{x.drive.name}</a> ({x.fundName})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </main>
      <PortalFooter commune={commune} others={others} />
    </Page>
  );
}
