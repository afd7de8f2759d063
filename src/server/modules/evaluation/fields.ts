import { z } from '@hono/zod-openapi';
import { calendarDate, hasForbiddenChars, text, uuid } from '../../http/fields';
import { scoreActions } from './rules';
import { householdResults, scoreStages, scoreTargets } from './schema';

const name = (what: string, max = 200) => text(what, max).transform((s) => s.normalize('NFC'));
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} tối đa ${max} ký tự.`)
    .refine((s) => !hasForbiddenChars(s), `${what} chứa ký tự không hợp lệ.`)
    .transform((s) => (s === '' ? null : s.normalize('NFC')))
    .nullish();
const year = z
  .number({ message: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm từ 2000 đến 2100.')
  .max(2100, 'Năm từ 2000 đến 2100.');
const yearQuery = z.coerce
  .number()
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm từ 2000 đến 2100.')
  .max(2100, 'Năm từ 2000 đến 2100.');
const points = (what: string) =>
  z
    .number({ message: `${what} phải là một số.` })
    .int(`${what} phải là số nguyên.`)
    .min(0, `${what} không được âm.`)
    .max(1000, `${what} tối đa 1.000.`);
const result = z.enum(householdResults, {
  message: 'Kết quả: passed (đạt), failed (không đạt) hoặc exemplary (tiêu biểu).',
});
const target = z.enum(scoreTargets, { message: 'Cấp: village (thôn) hoặc commune (xã).' });
const stage = z.enum(scoreStages);

export const registerBody = z.object({
  villageId: uuid('thôn'),
  year,
  registeredOn: calendarDate('Ngày đăng ký'),
  householdIds: z.array(uuid('hộ')).max(5000, 'Tối đa 5.000 hộ một lần.').optional().openapi({
    description: 'Các hộ của thôn đăng ký; bỏ trống: mọi hộ của thôn.',
  }),
});
export const registerOut = z.object({ registered: z.number(), already: z.number() });

const meetingFields = {
  heldOn: calendarDate('Ngày họp'),
  place: name('địa điểm', 300),
  attendance: z
    .number({ message: 'Số người dự phải là một số.' })
    .int('Số người dự phải là số nguyên.')
    .min(1, 'Số người dự ít nhất 1.')
    .max(100000, 'Số người dự tối đa 100.000.'),
  chairName: name('họ tên người chủ trì'),
  secretaryName: name('họ tên thư ký'),
  note: optionalText('Ý kiến khác', 2000),
  results: z.array(z.object({ householdId: uuid('hộ'), result })).max(5000, 'Tối đa 5.000 hộ.'),
};
export const createMeetingBody = z.object({ villageId: uuid('thôn'), year, ...meetingFields });
export const updateMeetingBody = z.object(meetingFields);
export const confirmBody = z.object({ date: calendarDate('Ngày xác nhận').optional() });

export const villageYearQuery = z.object({ villageId: uuid('thôn'), year: yearQuery });
export const meetingsQuery = z.object({ year: yearQuery, communeId: uuid('xã').optional() });

const counts = z.object({ registered: z.number(), passed: z.number(), exemplary: z.number(), failed: z.number() });
export const meetingOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    villageId: z.string(),
    villageName: z.string(),
    year: z.number(),
    heldOn: z.string(),
    place: z.string(),
    attendance: z.number(),
    chairName: z.string(),
    secretaryName: z.string(),
    note: z.string().nullable(),
    confirmedOn: z.string().nullable(),
    documentNumber: z.string().nullable(),
    counts,
    minutesUrl: z.string(),
    can: z.object({ edit: z.boolean(), confirm: z.boolean() }),
  })
  .openapi('EvaluationMeeting');
export const meetingsOut = z.object({ items: z.array(meetingOut) });

export const villageYearOut = z
  .object({
    villageId: z.string(),
    villageName: z.string(),
    year: z.number(),
    households: z.array(
      z.object({
        householdId: z.string(),
        headName: z.string(),
        registeredOn: z.string(),
        result: result.nullable(),
      }),
    ),
    meeting: meetingOut.nullable(),
    can: z.object({ register: z.boolean(), evaluate: z.boolean() }),
  })
  .openapi('EvaluationVillageYear');

const criterionIn = z.object({
  title: name('tên tiêu chí', 500),
  maxPoints: points('Điểm tối đa của tiêu chí'),
  maxBonus: points('Điểm thưởng tối đa').optional(),
});
const groupIn = z.object({
  title: name('tên nhóm tiêu chí', 500),
  maxPoints: points('Điểm tối đa của nhóm').min(1, 'Điểm tối đa của nhóm ít nhất 1.'),
  criteria: z.array(criterionIn).min(1, 'Mỗi nhóm cần ít nhất một tiêu chí.').max(100, 'Tối đa 100 tiêu chí.'),
});
const setFields = {
  title: name('tên bộ tiêu chí', 300),
  passScore: points('Điểm đạt'),
  groups: z.array(groupIn).min(1, 'Cần ít nhất một nhóm tiêu chí.').max(30, 'Tối đa 30 nhóm.'),
};
export const createSetBody = z.object({ provinceId: uuid('tỉnh'), year, target, ...setFields });
export const updateSetBody = z.object(setFields);
export const setsQuery = z.object({
  provinceId: uuid('tỉnh').optional().openapi({ description: 'Bỏ trống: các tỉnh trong phạm vi của người xem.' }),
  year: yearQuery.optional(),
});

export const setOut = z
  .object({
    id: z.string(),
    provinceId: z.string(),
    year: z.number(),
    target,
    title: z.string(),
    passScore: z.number(),
    maxTotal: z.number(),
    groups: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        maxPoints: z.number(),
        criteria: z.array(
          z.object({ key: z.string(), title: z.string(), maxPoints: z.number(), maxBonus: z.number() }),
        ),
      }),
    ),
    can: z.object({ edit: z.boolean() }),
  })
  .openapi('EvaluationCriteriaSet');
export const setsOut = z.object({ items: z.array(setOut) });

export const openCardBody = z.object({ setId: uuid('bộ tiêu chí'), unitId: uuid('đơn vị') });
export const scoreBody = z.object({
  scores: z
    .array(
      z.object({
        key: z.string().max(20, 'Mã tiêu chí tối đa 20 ký tự.'),
        points: points('Điểm'),
        bonus: points('Điểm thưởng').default(0),
      }),
    )
    .max(3000, 'Quá nhiều tiêu chí.'),
  note: optionalText('Ghi chú', 2000),
});
export const moveCardBody = z.object({
  action: z.enum(scoreActions, {
    message: 'Thao tác: submit (gửi), approve (phê duyệt), return (trả lại) hoặc publish (công bố).',
  }),
  comment: optionalText('Ý kiến', 1000),
});
export const cardsQuery = z.object({
  setId: uuid('bộ tiêu chí').optional(),
  communeId: uuid('xã').optional(),
  target: target.optional(),
  year: yearQuery.optional(),
});

export const cardOut = z
  .object({
    id: z.string(),
    setId: z.string(),
    year: z.number(),
    target,
    unitId: z.string(),
    unitName: z.string(),
    communeId: z.string(),
    communeName: z.string(),
    scores: z.array(z.object({ key: z.string(), points: z.number(), bonus: z.number() })),
    total: z.number(),
    passScore: z.number(),
    stage,
    recognised: z.boolean(),
    returnComment: z.string().nullable(),
    note: z.string().nullable(),
    history: z.array(
      z.object({
        action: z.enum(scoreActions),
        from: stage,
        to: stage,
        comment: z.string().nullable(),
        by: z.string().nullable(),
        at: z.string(),
      }),
    ),
    can: z.object({ score: z.boolean(), actions: z.array(z.enum(scoreActions)) }),
  })
  .openapi('EvaluationScorecard');
export const cardsOut = z.object({ items: z.array(cardOut) });

export const figuresQuery = z.object({ unitId: uuid('đơn vị'), year: yearQuery });
export const figuresOut = z.object({
  familiesRegistered: z.number(),
  familiesRecognised: z.number(),
  familiesExemplary: z.number(),
  villagesConfirmed: z.number(),
  villagesRecognised: z.number(),
  communesRecognised: z.number(),
  text: z.string(),
});
