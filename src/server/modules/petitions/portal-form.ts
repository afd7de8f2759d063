import { z } from '@hono/zod-openapi';
import { hasSpoofingChars, SPOOFING_MESSAGE } from '../../http/fields';
import { content, field } from './fields';

/** The citizen's form on the portal, as posted (every value a string). */
export type PortalForm = {
  submitterName: string;
  submitterContact: string;
  submitterAddress: string;
  villageId: string;
  field: string;
  content: string;
};

const PHONE = /^\+?[\d\s.()-]{8,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One line typed on a keyboard: no controls, no bidi overrides (a name must not read as another's). */
const line = () => z.string().refine((v) => !hasSpoofingChars(v), SPOOFING_MESSAGE);

export const portalSchema = z.object({
  submitterName: line().pipe(z.string().trim().min(2, 'Nhập họ và tên.').max(200, 'Họ tên tối đa 200 ký tự.')),
  submitterContact: line().pipe(
    z
      .string()
      .trim()
      .min(1, 'Nhập số điện thoại hoặc email để Ban Thường trực liên hệ khi cần.')
      .max(200, 'Tối đa 200 ký tự.')
      .refine(
        (v) => EMAIL.test(v) || (PHONE.test(v) && v.replace(/\D/g, '').length >= 9),
        'Số điện thoại (ít nhất 9 chữ số) hoặc email chưa đúng.',
      ),
  ),
  submitterAddress: line().pipe(z.string().trim().max(300, 'Địa chỉ tối đa 300 ký tự.')),
  villageId: z.string().trim(),
  field: z.string().refine((v) => field.safeParse(v).success, 'Chọn lĩnh vực.'),
  content: z
    .string()
    .refine((v) => !hasSpoofingChars(v, true), SPOOFING_MESSAGE)
    .pipe(content.refine((v) => v.length >= 10, 'Nội dung quá ngắn (ít nhất 10 ký tự).')),
});

/** Form values as strings (a File or a missing field becomes ''). */
export function formValues(body: Record<string, unknown>): PortalForm {
  const s = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  return {
    submitterName: s('submitterName'),
    submitterContact: s('submitterContact'),
    submitterAddress: s('submitterAddress'),
    villageId: s('villageId'),
    field: s('field'),
    content: s('content'),
  };
}
