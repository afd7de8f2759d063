import { z } from '@hono/zod-openapi';
import { calendarDate, optionalText, text, uuid } from '../../http/fields';
import { positiveMoney } from '../funds/fields';
import { moves } from './rules';
import { fundingSources, housingKinds, housingStages } from './schema';

const kind = z.enum(housingKinds, { message: 'Hình thức: new_build (xây mới) hoặc repair (sửa chữa).' });
const stage = z.enum(housingStages, {
  message: 'Bước: surveyed, approved, building, handed_over hoặc paused.',
});
const participants = z
  .array(text('thành phần', 200).transform((s) => s.normalize('NFC')))
  .max(20, 'Tối đa 20 người tham gia.');
const amount = positiveMoney('Tổng kinh phí cần');

export const createCaseBody = z.object({
  communeId: uuid('xã'),
  householdId: uuid('hộ').nullish(),
  headName: text('họ tên chủ hộ', 200)
    .transform((s) => s.normalize('NFC'))
    .nullish(),
  villageId: uuid('thôn').nullish(),
  kind,
  surveyedOn: calendarDate('Ngày khảo sát'),
  description: optionalText('Hiện trạng, quy mô nhà', 2000),
  participants: participants.optional(),
  requiredAmount: amount.nullish(),
  note: optionalText('Ghi chú', 1000),
});

export const updateCaseBody = z.object({
  headName: text('họ tên chủ hộ', 200)
    .transform((s) => s.normalize('NFC'))
    .optional(),
  kind: kind.optional(),
  surveyedOn: calendarDate('Ngày khảo sát').optional(),
  description: optionalText('Hiện trạng, quy mô nhà', 2000),
  participants: participants.optional(),
  requiredAmount: amount.nullable().optional(),
  note: optionalText('Ghi chú', 1000),
});

export const moveBody = z.object({
  move: z.enum(moves, {
    message: 'Bước: approve (phê duyệt), start (khởi công), hand_over (bàn giao), pause (tạm dừng), resume (tiếp tục).',
  }),
  date: calendarDate('Ngày'),
  requiredAmount: amount.nullish(),
  reason: optionalText('Lý do', 500),
});

export const fundingBody = z.object({
  source: z.enum(fundingSources, {
    message: 'Nguồn: fund (quỹ), budget (ngân sách), donor (nhà tài trợ) hoặc household (hộ đối ứng).',
  }),
  amount: positiveMoney('Số tiền'),
  fundId: uuid('quỹ').nullish(),
  disbursementId: uuid('phiếu chi').nullish(),
  donorName: optionalText('Tên nhà tài trợ', 200),
  note: optionalText('Ghi chú', 500),
});

export const listQuery = z.object({
  communeId: uuid('xã').optional(),
  villageId: uuid('thôn').optional(),
  stage: stage.optional(),
  kind: kind.optional(),
  q: z.string().trim().max(100, 'Từ khóa tối đa 100 ký tự.').optional(),
  limit: z.coerce.number().int().min(1, 'limit từ 1 đến 200.').max(200, 'limit từ 1 đến 200.').default(50),
  offset: z.coerce.number().int().min(0, 'offset không âm.').default(0),
});

export const caseOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    villageId: z.string(),
    villageName: z.string(),
    householdId: z.string().nullable(),
    headName: z.string(),
    kind,
    stage,
    pausedFrom: stage.nullable(),
    pauseReason: z.string().nullable(),
    requiredAmount: z.number().nullable(),
    funded: z.number(),
    description: z.string().nullable(),
    participants: z.array(z.string()),
    surveyedOn: z.string(),
    approvedOn: z.string().nullable(),
    buildingOn: z.string().nullable(),
    handedOverOn: z.string().nullable(),
    pausedOn: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('HousingCase');

export const fundingOut = z
  .object({
    id: z.string(),
    source: z.enum(fundingSources),
    amount: z.number(),
    fundId: z.string().nullable(),
    fundName: z.string().nullable(),
    disbursementId: z.string().nullable(),
    payoutNo: z.string().nullable(),
    donorName: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('HousingFunding');

export const photoOut = z
  .object({
    id: z.string(),
    stage,
    caption: z.string().nullable(),
    width: z.number(),
    height: z.number(),
    url: z.string(),
    thumbUrl: z.string(),
    createdAt: z.string(),
  })
  .openapi('HousingPhoto');

export const caseDetailOut = caseOut
  .extend({
    fundedInWords: z.string(),
    fundings: z.array(fundingOut),
    photos: z.array(photoOut),
    timeline: z.array(z.object({ stage, date: z.string().nullable() })),
    minutes: z.array(
      z.object({ kind: z.enum(['survey', 'acceptance', 'handover']), available: z.boolean(), url: z.string() }),
    ),
    can: z
      .object({ edit: z.boolean(), move: z.boolean(), fund: z.boolean(), addPhoto: z.boolean() })
      .openapi({ description: 'What the caller may do with the case.' }),
  })
  .openapi('HousingCaseDetail');

export const listOut = z.object({
  items: z.array(caseOut),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  byStage: z.record(z.string(), z.number()),
  byKind: z.record(z.string(), z.number()),
  can: z.object({ propose: z.boolean() }).openapi({ description: 'May the caller open a case in the commune.' }),
});
