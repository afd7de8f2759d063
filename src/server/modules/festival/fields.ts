import { z } from '@hono/zod-openapi';
import { calendarDate, optionalText, text, uuid } from '../../http/fields';
import { commendationKinds } from './schema';

const nfc = (what: string, max: number) => text(what, max).transform((s) => s.normalize('NFC'));
const lines = (what: string, max: number) => z.array(nfc(what, 500)).max(max, `${what}: tối đa ${max} dòng.`);
const startTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu dạng HH:MM, ví dụ 07:30.')
  .nullish();

export const createFestivalBody = z.object({
  villageId: uuid('thôn'),
  date: calendarDate('Ngày tổ chức'),
  startTime,
  place: nfc('địa điểm', 300),
  programme: lines('Chương trình', 30).optional(),
  presenter: optionalText('Người đọc báo cáo', 200),
  highlights: optionalText('Nội dung nổi bật của thôn', 4000),
});

export const updateFestivalBody = z.object({
  date: calendarDate('Ngày tổ chức').optional(),
  startTime,
  place: nfc('địa điểm', 300).optional(),
  programme: lines('Chương trình', 30).optional(),
  presenter: optionalText('Người đọc báo cáo', 200),
  highlights: optionalText('Nội dung nổi bật của thôn', 4000),
  tasks: lines('Phương hướng, nhiệm vụ', 20).nullable().optional(),
  newsPostId: uuid('bài viết').nullable().optional(),
});

export const commendationBody = z.object({
  kind: z.enum(commendationKinds, { message: 'Đối tượng: household (hộ gia đình) hoặc person (cá nhân).' }),
  name: nfc('họ tên', 200),
  reason: nfc('thành tích', 500),
  householdId: uuid('hộ').nullish(),
});

export const issueReportBody = z
  .object({ date: calendarDate('Ngày ban hành').optional() })
  .openapi('FestivalReportIssueRequest');

export const listQuery = z.object({
  communeId: uuid('xã').optional(),
  year: z.coerce
    .number({ message: 'Năm phải là số.' })
    .int('Năm phải là số nguyên.')
    .min(2000, 'Năm từ 2000 đến 2100.')
    .max(2100, 'Năm từ 2000 đến 2100.')
    .optional(),
});

export const commendationOut = z
  .object({
    id: z.string(),
    kind: z.enum(commendationKinds),
    name: z.string(),
    reason: z.string(),
    householdId: z.string().nullable(),
  })
  .openapi('FestivalCommendation');

export const festivalOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    communeName: z.string(),
    villageId: z.string(),
    villageName: z.string(),
    year: z.number(),
    date: z.string(),
    startTime: z.string().nullable(),
    place: z.string(),
    programme: z.array(z.string()),
    presenter: z.string().nullable(),
    highlights: z.string().nullable(),
    tasks: z.array(z.string()).nullable(),
    newsPostId: z.string().nullable(),
    commended: z.object({ households: z.number(), people: z.number() }),
    reportNumber: z
      .string()
      .nullable()
      .openapi({ description: 'The issued report’s register number (e.g. 01/BC-BCTMT); null while it is a draft.' }),
  })
  .openapi('Festival');

export const festivalDetailOut = festivalOut
  .extend({
    commendations: z.array(commendationOut),
    newsPost: z.object({ id: z.string(), title: z.string(), status: z.string(), kind: z.string() }).nullable(),
    reportUrl: z.string(),
    report: z
      .object({ documentId: z.string(), number: z.string(), date: z.string(), signer: z.string().nullable() })
      .nullable()
      .openapi({ description: 'The report’s register entry once issued (number, date); null while a draft.' }),
    can: z.object({ edit: z.boolean(), editReport: z.boolean(), issue: z.boolean(), draftNews: z.boolean() }).openapi({
      description:
        'What the caller may do: plan the festival; change what the report prints (its text, the commended) while ' +
        'it is a draft; issue the report; draft the news post.',
    }),
  })
  .openapi('FestivalDetail');

export const festivalListOut = z.object({
  items: z.array(festivalOut),
  can: z.object({ plan: z.boolean() }).openapi({ description: 'May the caller plan a festival somewhere.' }),
});

export const festivalReportOut = z
  .object({
    title: z.string(),
    subtitle: z.string(),
    sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()), list: z.array(z.string()) })),
    commended: z.array(commendationOut),
    figures: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), text: z.string() })),
  })
  .openapi('FestivalReport');

export const newsPostBody = z.object({}).openapi('FestivalNewsRequest');
