import { z } from '@hono/zod-openapi';
import { uuid } from '../../http/fields';

export { uuid };
import { reportTypes } from './schema';

export const isoDate = (what: string) => z.iso.date(`${what} dạng YYYY-MM-DD, là ngày có thật.`);
export const reportType = z.enum(reportTypes, {
  message: 'Loại báo cáo: half_year (6 tháng), year (năm) hoặc custom (tùy chọn).',
});

/** from/to of a report period, years 2000–2100. */
export const periodFields = {
  from: isoDate('Ngày bắt đầu (from)').refine(
    (d) => d >= '2000-01-01' && d <= '2100-12-31',
    'Ngày bắt đầu trong các năm 2000–2100.',
  ),
  to: isoDate('Ngày kết thúc (to)').refine(
    (d) => d >= '2000-01-01' && d <= '2100-12-31',
    'Ngày kết thúc trong các năm 2000–2100.',
  ),
};

const line = (what: string, min: number, max: number) =>
  z
    .string({ message: `${what} là một chuỗi.` })
    .trim()
    .min(min, `${what} ít nhất ${min} ký tự.`)
    .max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự.`);

export const title = line('Tiêu đề (title)', 10, 300);

export const createBody = z.strictObject({
  unitId: uuid('đơn vị (unitId)'),
  type: reportType,
  ...periodFields,
  meetingId: uuid('hội nghị (meetingId)').nullish(),
  title: title.optional(),
});

export const patchBody = z.strictObject({
  edits: z
    .record(
      z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'Mã đoạn văn không hợp lệ.'),
      line('Nội dung đoạn văn', 1, 5000).nullable(),
      { message: 'edits là một bảng { mã đoạn: nội dung | null }.' },
    )
    .optional(),
  tasks: z
    .array(line('Nhiệm vụ', 3, 1000), { message: 'tasks là một danh sách nhiệm vụ.' })
    .max(30, 'Tối đa 30 nhiệm vụ.')
    .nullable()
    .optional(),
  recipients: z
    .array(line('Nơi nhận', 2, 300), { message: 'recipients là một danh sách nơi nhận.' })
    .max(20, 'Tối đa 20 nơi nhận.')
    .nullable()
    .optional(),
  signerName: line('Người ký (signerName)', 2, 100).nullable().optional(),
  signerPosition: line('Chức vụ người ký (signerPosition)', 2, 100).nullable().optional(),
  title: title.optional(),
});

export const issueBody = z.strictObject({
  date: isoDate('Ngày ban hành (date)'),
  signerName: line('Người ký (signerName)', 2, 100).optional(),
});

export const listQuery = z.object({
  unitId: uuid('đơn vị (unitId)').optional(),
  status: z.enum(['draft', 'issued'], { message: 'Trạng thái: draft hoặc issued.' }).optional(),
  year: z.coerce
    .number({ message: 'Năm là một số.' })
    .int('Năm là số nguyên.')
    .min(2000, 'Năm từ 2000.')
    .max(2100, 'Năm đến 2100.')
    .optional(),
});

export const rollupQuery = z.object({ provinceId: uuid('tỉnh (provinceId)'), type: reportType, ...periodFields });
