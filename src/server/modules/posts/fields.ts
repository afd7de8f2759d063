import { z } from '@hono/zod-openapi';
import { uuid } from '../../http/fields';
import { postKinds } from './schema';
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
