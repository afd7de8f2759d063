/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import { unitDisplayName } from '../../../lib/units';
import { sanitizeBody } from '../posts/sanitize';
import type { Post } from '../posts/schema';
import { videoEmbed } from '../posts/video';
import type { Unit } from '../units/schema';
import { dateVi, KIND_NAMES, KIND_PATHS, NewsList, PortalFooter, PortalHeader, xaQuery } from './chrome';
import { Page } from './layout';
import type { PublicPostItem } from '../posts/published';

/**
 * One published post: title, kind, author and date, cover, lead, the sanitised body (sanitised again
 * here, so a row written by other code cannot carry a script), and the video — an embed player for
 * the allowed hosts or the uploaded file.
 */
export function ArticlePage(props: {
  post: Post;
  commune: Unit;
  home: boolean;
  others: PublicPostItem[];
  url: string;
}) {
  const { post, commune, home, others } = props;
  const embed = post.videoUrl ? videoEmbed(post.videoUrl) : null;
  const q = xaQuery(commune, home);
  return (
    <Page
      title={`${post.title} – MTTQ ${unitDisplayName(commune)}`}
      description={post.summary ?? undefined}
      head={
        <>
          <link rel="canonical" href={props.url} />
          <meta property="og:title" content={post.title} />
          {post.coverMediaId && (
            <meta property="og:image" content={new URL(`/media/${post.coverMediaId}/large`, props.url).toString()} />
          )}
        </>
      }
    >
      <PortalHeader commune={commune} home={home} />
      <main id="main-content">
        <section>
          <article>
            <div class="date">
              <a href={`${KIND_PATHS[post.kind]}${q}`}>{KIND_NAMES[post.kind]}</a>
            </div>
            <h1>{post.title}</h1>
            <div class="meta">
              {post.authorName && <span>{post.authorName} · </span>}
              <time datetime={post.publishedAt ? new Date(post.publishedAt).toISOString() : undefined}>
                {dateVi(post.publishedAt)}
              </time>
            </div>
            {post.coverMediaId && (
              <figure>
                <img src={`/media/${post.coverMediaId}/large`} alt={post.title} />
              </figure>
            )}
            {post.summary && <p class="lead">{post.summary}</p>}
            {embed && (
              <>
                <div class="video">
                  <iframe
                    src={embed.embedUrl}
                    title={`Video: ${post.title}`}
                    loading="lazy"
                    allowfullscreen
                    referrerpolicy="strict-origin-when-cross-origin"
                    sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
                  />
                </div>
                <p>
                  <a href={post.videoUrl ?? '#'} rel="noopener noreferrer">
                    Xem video trên {embed.provider}
                  </a>
                </p>
              </>
            )}
            {post.videoMediaId && (
              // biome-ignore lint/a11y/useMediaCaption: an upload comes without a caption file; the post's text tells what it shows
              <video controls preload="metadata" src={`/media/${post.videoMediaId}/large`}>
                <a href={`/media/${post.videoMediaId}/large`}>Tải video</a>
              </video>
            )}
            <div class="body">{raw(sanitizeBody(post.body))}</div>
          </article>
        </section>
        <div class="col">
          <section>
            <h2>Tin khác</h2>
            {others.length === 0 ? (
              <p class="empty">Chưa có tin khác.</p>
            ) : (
              <NewsList items={others} summaries={false} />
            )}
          </section>
        </div>
      </main>
      <PortalFooter commune={commune} />
    </Page>
  );
}
