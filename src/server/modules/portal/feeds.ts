import { unitDisplayName } from '../../../lib/units';
import type { Unit } from '../units/schema';
import { communePath, itemSummary, KIND_NAMES } from './chrome';
import type { PublicPostItem } from '../posts/published';

/** Text for XML: &, <, >, quotes escaped; control characters XML 1.0 forbids removed. */
export const xml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** RSS 2.0 of a commune's latest published posts. */
export function rssFeed(origin: string, commune: Unit, items: PublicPostItem[], selfPath: string): string {
  const title = `Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)}`;
  const entries = items.map((p) => {
    const link = `${origin}/tin-tuc/${encodeURIComponent(p.slug)}`;
    return [
      '    <item>',
      `      <title>${xml(p.title)}</title>`,
      `      <link>${xml(link)}</link>`,
      `      <guid isPermaLink="true">${xml(link)}</guid>`,
      p.publishedAt ? `      <pubDate>${new Date(p.publishedAt).toUTCString()}</pubDate>` : '',
      `      <category>${xml(KIND_NAMES[p.kind])}</category>`,
      `      <description>${xml(itemSummary(p))}</description>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xml(title)}</title>`,
    `    <link>${xml(`${origin}/`)}</link>`,
    `    <atom:link href="${xml(origin + selfPath)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${xml(`Tin tức, thông báo và video của ${title}`)}</description>`,
    '    <language>vi</language>',
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** sitemaps.org urlset: the portal's pages, each commune's home and "Giới thiệu", and every published post. */
export function sitemap(origin: string, communes: Unit[], posts: { slug: string; updatedAt: Date }[]): string {
  const url = (loc: string, lastmod?: Date) =>
    `  <url><loc>${xml(origin + loc)}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  const [, ...rest] = communes;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/'),
    url('/tin-tuc'),
    url('/thong-bao'),
    url('/video'),
    ...rest.map((c) => url(communePath(c))),
    ...communes.map((c) => url(`${communePath(c)}/gioi-thieu`)),
    ...posts.map((p) => url(`/tin-tuc/${encodeURIComponent(p.slug)}`, p.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}
