import { z } from '@hono/zod-openapi';
import { uuid } from '../../http/fields';
import { postKinds, postStatuses } from './schema';
import { videoEmbed } from './video';

const optionalText = (what: string, max: number) =>
  z
    .string({ message: `${what} là chuỗi ký tự.` })
    .trim()
    .max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự.`)
    .nullish();

export const kindField = z.enum(postKinds, {
  message: 'Loại bài: news (tin tức), announcement (thông báo) hoặc video.',
});

/** The fields a post's content is made of, shared by create and edit (all optional for PATCH). */
export const contentFields = {
  kind: kindField,
  title: z
    .string({ message: 'Nhập tiêu đề.' })
    .trim()
    .min(5, 'Tiêu đề ít nhất 5 ký tự.')
    .max(300, 'Tiêu đề tối đa 300 ký tự.'),
  body: z.string({ message: 'Nội dung là chuỗi HTML.' }).max(200_000, 'Nội dung tối đa 200.000 ký tự.'),
  summary: optionalText('Tóm tắt', 1000),
  authorName: optionalText('Tên tác giả', 200),
  videoUrl: z
    .string({ message: 'Đường dẫn video là chuỗi ký tự.' })
    .trim()
    .max(500, 'Đường dẫn video tối đa 500 ký tự.')
    .refine(
      (v) => v === '' || videoEmbed(v) !== null,
      'Chỉ nhận đường dẫn https của video YouTube, Facebook hoặc Vimeo.',
    )
    .nullish(),
  videoMediaId: uuid('tệp video').nullish(),
  coverMediaId: uuid('ảnh đại diện').nullish(),
};

export const createBody = z.object({
  communeId: uuid('xã'),
  ...contentFields,
  status: z
    .enum(['draft', 'published'], { message: 'Trạng thái khi tạo: draft (nháp) hoặc published (đăng ngay).' })
    .default('draft'),
});

export const patchBody = z
  .object({
    kind: contentFields.kind.optional(),
    title: contentFields.title.optional(),
    body: contentFields.body.optional(),
    summary: contentFields.summary,
    authorName: contentFields.authorName,
    videoUrl: contentFields.videoUrl,
    videoMediaId: contentFields.videoMediaId,
    coverMediaId: contentFields.coverMediaId,
  })
  .strict();

export const transitionBody = z.object({
  to: z.enum(['draft', 'pending', 'published', 'archived'], {
    message: 'Chuyển sang: pending (gửi duyệt), published (duyệt đăng), archived (lưu trữ) hoặc draft (về nháp).',
  }),
});

export const listQuery = z.object({
  communeId: uuid('xã').optional(),
  status: z
    .enum(['draft', 'pending', 'published', 'archived'], {
      message: 'Trạng thái: draft, pending, published, archived.',
    })
    .optional(),
  kind: kindField.optional(),
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').optional(),
});

export const previewBody = z.object({ communeId: uuid('xã'), body: contentFields.body });

// Responses.

const stamp = z.string().nullable();
const status = z.enum(postStatuses);

export const postRow = z
  .object({
    id: z.string(),
    communeId: z.string(),
    kind: kindField,
    title: z.string(),
    slug: z.string(),
    summary: z.string().nullable(),
    status,
    authorName: z.string().nullable(),
    coverMediaId: z.string().nullable(),
    coverThumbUrl: z.string().nullable(),
    publicUrl: z.string().nullable(),
    publishedAt: stamp,
    createdBy: z.string().nullable(),
    createdAt: stamp,
    updatedAt: stamp,
  })
  .openapi('PostRow');

export const postList = z.object({ items: z.array(postRow) }).openapi('PostList');

/** What the caller may do with a post, computed with the policy. */
export const postCan = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    publish: z.boolean(),
    archive: z.boolean(),
    unpublish: z.boolean(),
  })
  .openapi('PostCan');

export const postResponse = postRow
  .extend({
    body: z.string(),
    videoUrl: z.string().nullable(),
    videoEmbedUrl: z.string().nullable(),
    videoMediaId: z.string().nullable(),
    videoFileUrl: z.string().nullable(),
    sourceMeetingId: z.string().nullable(),
    sourceReportId: z.string().nullable(),
    approvedBy: z.string().nullable(),
    canEdit: z.boolean().optional(),
    next: z.array(status).optional(),
    can: postCan.optional(),
  })
  .openapi('Post');

export const postCommunes = z
  .object({
    items: z.array(
      z.object({ id: z.string(), name: z.string(), kind: z.string(), canCreate: z.boolean(), canPublish: z.boolean() }),
    ),
  })
  .openapi('PostCommunes');

export const postPreview = z.object({ body: z.string() }).openapi('PostPreview');
