import type { Actor } from '../../core/actor';
import { invalid, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import type { PostContent } from './commands/create-post';
import { findPostCommuneVisibleTo } from './lookup';
import { communeImageIds, findMedia } from './queries';
import { htmlToText, mediaIdsIn, sanitizeBody } from './sanitize';
import type { Post } from './schema';

export type RawContent = {
  kind?: PostContent['kind'];
  title?: string;
  body?: string;
  summary?: string | null;
  authorName?: string | null;
  videoUrl?: string | null;
  videoMediaId?: string | null;
  coverMediaId?: string | null;
};

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v ? v : null);

async function checkMedia(
  db: Queryable,
  communeId: string,
  id: string | null | undefined,
  kind: 'image' | 'video',
  field: string,
) {
  if (!id) return;
  const m = await findMedia(db, id);
  if (!m || m.communeId !== communeId) throw unknownReference(field, kind === 'image' ? 'Ảnh' : 'Tệp video');
  if (m.kind !== kind)
    throw invalid({
      [field]:
        kind === 'image' ? 'Ảnh đại diện phải là một ảnh đã tải lên.' : 'Tệp video phải là một video đã tải lên.',
    });
}

/**
 * Turns what the editor sent into storable content: the body sanitised (images only from this
 * commune's uploads), referenced uploads checked, and the rules of the whole post checked on the
 * result (an article needs text; a video post needs a video). Returns only the fields sent.
 */
export async function resolveContent(
  db: Queryable,
  communeId: string,
  raw: RawContent,
  current?: Post,
): Promise<Partial<PostContent>> {
  const out: Partial<PostContent> = {};
  if (raw.kind !== undefined) out.kind = raw.kind;
  if (raw.title !== undefined) out.title = raw.title.normalize('NFC');
  if (raw.summary !== undefined) out.summary = blankToNull(raw.summary)?.normalize('NFC') ?? null;
  if (raw.authorName !== undefined) out.authorName = blankToNull(raw.authorName)?.normalize('NFC') ?? null;
  if (raw.videoUrl !== undefined) out.videoUrl = blankToNull(raw.videoUrl) ?? null;
  if (raw.videoMediaId !== undefined) out.videoMediaId = raw.videoMediaId ?? null;
  if (raw.coverMediaId !== undefined) out.coverMediaId = raw.coverMediaId ?? null;
  if (raw.body !== undefined) {
    const ours = await communeImageIds(db, communeId, mediaIdsIn(raw.body));
    out.body = sanitizeBody(raw.body, (id) => ours.has(id));
  }
  await checkMedia(db, communeId, out.coverMediaId, 'image', 'coverMediaId');
  await checkMedia(db, communeId, out.videoMediaId, 'video', 'videoMediaId');

  const kind = out.kind ?? current?.kind;
  const body = out.body ?? current?.body ?? '';
  const hasVideo = Boolean(
    (out.videoUrl !== undefined ? out.videoUrl : current?.videoUrl) ||
      (out.videoMediaId !== undefined ? out.videoMediaId : current?.videoMediaId),
  );
  if (kind === 'video' && !hasVideo)
    throw invalid({ videoUrl: 'Bài video cần đường dẫn video (YouTube, Facebook, Vimeo) hoặc tệp video tải lên.' });
  if (kind !== 'video' && htmlToText(body) === '' && !/<img\b/i.test(body))
    throw invalid({ body: 'Nhập nội dung bài viết (sau khi lọc mã không cho phép, nội dung đang trống).' });
  return out;
}

/** The body as the portal would show it (nothing saved): images only from the commune's own uploads. */
export async function previewBody(db: Queryable, actor: Actor, communeId: string, body: string) {
  const commune = await findPostCommuneVisibleTo(db, actor, communeId);
  const ours = await communeImageIds(db, commune.id, mediaIdsIn(body));
  return sanitizeBody(body, (id) => ours.has(id));
}
