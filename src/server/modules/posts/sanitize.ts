import sanitizeHtml from 'sanitize-html';
import { foldVietnamese } from '../../../lib/vi-text';

/** "/media/<uuid>/large" or "/media/<uuid>/thumb": the only image sources a post body may use. */
export const MEDIA_SRC = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(large|thumb)$/i;

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
];

/** http(s), mailto, or a path on this site; anything else (javascript:, data:, //host) loses the link. */
const safeHref = (href: string | undefined) =>
  !!href && (/^(https?:\/\/|mailto:)/i.test(href.trim()) || /^\/(?!\/)/.test(href.trim()));

/** Media ids an HTML fragment refers to in <img src="/media/…">, before sanitising (to look them up). */
export function mediaIdsIn(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(
    /\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(?:large|thumb)/gi,
  ))
    if (m[1]) ids.add(m[1].toLowerCase());
  return [...ids];
}

/**
 * The staff editor's HTML reduced to what a news article needs. Scripts, styles, event handlers,
 * javascript: links and foreign images go; an image survives only when `mediaAllowed` knows its id
 * (an upload of the post's own commune). Links get rel="noopener noreferrer".
 */
export function sanitizeBody(html: string, mediaAllowed: (id: string) => boolean = () => true): string {
  return sanitizeHtml(html.normalize('NFC'), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'rel', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      th: ['colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: safeHref(attribs.href) ? { ...attribs, rel: 'noopener noreferrer' } : {},
      }),
    },
    exclusiveFilter: (frame) => {
      if (frame.tag !== 'img') return false;
      const m = MEDIA_SRC.exec(frame.attribs.src ?? '');
      return !m?.[1] || !mediaAllowed(m[1].toLowerCase());
    },
  }).trim();
}

/** Plain text of sanitised HTML: block ends become spaces, entities decoded. */
export function htmlToText(html: string): string {
  const spaced = html.replace(/<(?:br|\/p|\/h[2-4]|\/li|\/blockquote|\/tr|\/td|\/th)\b[^>]*>/gi, ' ');
  return sanitizeHtml(spaced, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short excerpt for lists, cut at a word boundary. */
export function excerpt(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** What search matches against: title, summary and body text, folded (no diacritics, lower case). */
export function searchTextOf(title: string, summary: string | null, body: string): string {
  return foldVietnamese(`${title} ${summary ?? ''} ${htmlToText(body)}`);
}

/**
 * "MTTQ xã Hồng Sơn tổ chức Hội nghị sơ kết" → "mttq-xa-hong-son-to-chuc-hoi-nghi-so-ket" (at most 80 characters, whole
 * words).
 */
export function slugify(title: string): string {
  const s = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= 80) return s || 'bai-viet';
  const cut = s.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}
