import { todayVn } from '../../../lib/dates';
import { addDays } from '../../../lib/dates';
import { systemContext } from '../../core/command';
import type { DemoContext } from '../manifest';
import { createForm } from './commands/create-form';
import { dueDateOf, periodOf, previousPeriod } from '../../../lib/report-periods';
import { type FormField, reportSubmissions, type SubmissionStatus, type Values } from './schema';

/** The province's monthly form of the demo: 20 fields in four sections, some prefilled from the records. */
const FIELDS: FormField[] = [
  {
    key: 'meetings',
    label: 'Số cuộc họp, sinh hoạt đã tổ chức',
    type: 'count',
    section: 'I. Hoạt động',
    required: true,
    sum: true,
    source: 'meetings.held',
  },
  { key: 'attendees', label: 'Số lượt người tham dự', type: 'count', section: 'I. Hoạt động', sum: true, max: 100000 },
  {
    key: 'attendeesWomen',
    label: 'Trong đó: nữ',
    type: 'count',
    section: 'I. Hoạt động',
    sum: true,
    ofKey: 'attendees',
  },
  {
    key: 'propaganda',
    label: 'Số buổi tuyên truyền, phổ biến pháp luật',
    type: 'count',
    section: 'I. Hoạt động',
    sum: true,
  },
  {
    key: 'petitionsReceived',
    label: 'Kiến nghị cử tri tiếp nhận',
    type: 'count',
    section: 'II. Kiến nghị, giám sát',
    sum: true,
    source: 'petitions.received',
  },
  {
    key: 'petitionsAnswered',
    label: 'Kiến nghị đã được trả lời',
    type: 'count',
    section: 'II. Kiến nghị, giám sát',
    sum: true,
    source: 'petitions.answered',
  },
  {
    key: 'supervisions',
    label: 'Số cuộc giám sát',
    type: 'count',
    section: 'II. Kiến nghị, giám sát',
    sum: true,
    source: 'supervision.held',
  },
  { key: 'conflicts', label: 'Số vụ hòa giải ở cơ sở', type: 'count', section: 'II. Kiến nghị, giám sát', sum: true },
  {
    key: 'conflictsResolved',
    label: 'Trong đó: hòa giải thành',
    type: 'count',
    section: 'II. Kiến nghị, giám sát',
    sum: true,
    ofKey: 'conflicts',
  },
  {
    key: 'fundRaised',
    label: 'Số tiền vận động Quỹ "Vì người nghèo"',
    type: 'money',
    section: 'III. Vận động, an sinh',
    sum: true,
  },
  { key: 'reliefHouseholds', label: 'Số hộ được hỗ trợ', type: 'count', section: 'III. Vận động, an sinh', sum: true },
  { key: 'reliefValue', label: 'Giá trị hỗ trợ (đồng)', type: 'money', section: 'III. Vận động, an sinh', sum: true },
  {
    key: 'housesStarted',
    label: 'Nhà Đại đoàn kết khởi công',
    type: 'count',
    section: 'III. Vận động, an sinh',
    sum: true,
  },
  {
    key: 'housesDone',
    label: 'Nhà Đại đoàn kết bàn giao',
    type: 'count',
    section: 'III. Vận động, an sinh',
    sum: true,
    source: 'housing.houses',
  },
  { key: 'newMembers', label: 'Hội viên, đoàn viên mới kết nạp', type: 'count', section: 'IV. Tổ chức', sum: true },
  { key: 'selfManaged', label: 'Mô hình tự quản hoạt động hiệu quả', type: 'count', section: 'IV. Tổ chức', sum: true },
  { key: 'cleanRoads', label: 'Tổ chức ra quân vệ sinh đường làng', type: 'boolean', section: 'IV. Tổ chức' },
  {
    key: 'security',
    label: 'Tình hình an ninh trật tự',
    type: 'choice',
    section: 'IV. Tổ chức',
    choices: ['Ổn định', 'Có vụ việc phức tạp'],
  },
  { key: 'highlights', label: 'Kết quả nổi bật', type: 'text', section: 'V. Đánh giá' },
  { key: 'proposals', label: 'Đề xuất, kiến nghị với cấp trên', type: 'text', section: 'V. Đánh giá' },
];

const HIGHLIGHTS = [
  'Vận động nhân dân hiến đất mở rộng đường liên thôn.',
  'Tổ chức thăm, tặng quà gia đình chính sách.',
  'Ra quân vệ sinh môi trường, trồng hoa hai bên đường.',
  'Phối hợp tổ chức hội nghị tiếp xúc cử tri.',
];

/** A village's (or, summed, the commune's) figures for a month, varied but repeatable. */
function villageValues(v: number, m: number): Values {
  const n = (base: number, spread: number) => base + ((v * 7 + m * 3) % spread);
  const attendees = n(60, 40);
  const conflicts = (v + m) % 3;
  return {
    meetings: n(2, 3),
    attendees,
    attendeesWomen: Math.floor(attendees * 0.45),
    propaganda: n(1, 3),
    petitionsReceived: (v + m) % 4,
    petitionsAnswered: (v + m) % 3,
    supervisions: m % 4 === 0 ? 1 : 0,
    conflicts,
    conflictsResolved: conflicts === 0 ? 0 : conflicts - (m % 2),
    fundRaised: n(3, 8) * 1_000_000,
    reliefHouseholds: n(1, 4),
    reliefValue: n(1, 4) * 500_000,
    housesStarted: m % 5 === v % 5 ? 1 : 0,
    housesDone: m % 6 === v % 6 ? 1 : 0,
    newMembers: n(2, 6),
    selfManaged: 1 + (v % 2),
    cleanRoads: (v + m) % 2 === 0,
    security: 'Ổn định',
    highlights: HIGHLIGHTS[(v + m) % HIGHLIGHTS.length] as string,
  };
}

function sum(parts: Values[]): Values {
  const out: Values = {};
  for (const f of FIELDS) {
    if (!f.sum) continue;
    out[f.key] = parts.reduce((a, p) => a + (typeof p[f.key] === 'number' ? (p[f.key] as number) : 0), 0);
  }
  return { ...out, cleanRoads: true, security: 'Ổn định', highlights: 'Hoàn thành các chỉ tiêu công tác tháng.' };
}

const at = (date: string, hour = 9) => new Date(`${date}T0${hour}:00:00+07:00`);

/**
 * The province's monthly report form and xã Hồng Sơn's last twelve months on it (issue 15.8): each village reports,
 * most on time, some late; the commune sums its villages and reports to the province, which accepted them. This
 * month's row shows the loose ends: one village's report returned with a comment, one village not yet reported, the
 * commune's report still a draft. Written as rows with their real dates (on time or late is judged on them).
 */
export async function loadDemoReportForms(d: DemoContext) {
  const ctx = systemContext(d.db);
  const form = await createForm(ctx, {
    ownerUnitId: d.province.id,
    title: 'Báo cáo tháng kết quả công tác Mặt trận',
    periodKind: 'month',
    fillers: ['commune', 'village'],
    fields: FIELDS,
    dueDays: 5,
  });
  let last = previousPeriod('month', periodOf('month', todayVn()));
  const months: string[] = [];
  for (let i = 0; i < 12; i++, last = previousPeriod('month', last)) months.unshift(last);
  const rows: (typeof reportSubmissions.$inferInsert)[] = [];
  months.forEach((period, m) => {
    const due = dueDateOf('month', period, 5);
    const newest = m === months.length - 1;
    const parts: Values[] = [];
    d.villages.forEach((v, i) => {
      if (newest && i === 5) return; // not reported yet: on the late list
      const values = villageValues(i, m);
      parts.push(values);
      const late = (i === 3 && m % 3 === 1) || (i === 4 && m === 7);
      const sent = addDays(due, late ? 4 + (m % 3) : -3 - (i % 3));
      const returned = newest && i === 2;
      const status: SubmissionStatus = returned ? 'returned' : newest && i === 1 ? 'submitted' : 'accepted';
      rows.push({
        formId: form.id,
        formVersion: 1,
        fillerId: v.id,
        fillerKind: 'village',
        communeId: d.commune.id,
        unitPath: v.path,
        period,
        status,
        values: returned ? { ...values, attendeesWomen: values.attendees ?? null } : values,
        returnComment: returned ? 'Số nữ tham dự bằng tổng số người: đề nghị thôn kiểm tra lại.' : null,
        submittedAt: at(sent),
        firstSubmittedAt: at(sent),
        reviewedAt: status === 'submitted' ? null : at(addDays(sent, 1), 8),
      });
    });
    const communeSent = addDays(due, m === 4 ? 2 : -1);
    rows.push({
      formId: form.id,
      formVersion: 1,
      fillerId: d.commune.id,
      fillerKind: 'commune',
      communeId: d.commune.id,
      unitPath: d.commune.path,
      period,
      status: newest ? 'draft' : 'accepted',
      values: sum(parts),
      submittedAt: newest ? null : at(communeSent, 8),
      firstSubmittedAt: newest ? null : at(communeSent, 8),
      reviewedAt: newest ? null : at(addDays(communeSent, 2)),
    });
  });
  await d.db.insert(reportSubmissions).values(rows);
}
