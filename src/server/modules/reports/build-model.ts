/**
 * The report model from gathered figures: pure, so tests check it directly and an issued report's
 * snapshot is exactly what this returned. Paragraph keys are stable; a staff edit replaces the text
 * of its key and `generated` keeps the draft sentence to go back to.
 */
import { achievedLabel, figure, percentLabel } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { defaultRecipients } from './recipients';
import { nextPeriodLabel, periodLabel, periodShort } from './period';
import type { Gathered } from './queries';
import type { ReportSettings, ReportType } from './schema';
import {
  campaignsSentence,
  capitalize,
  consultationsSentence,
  defaultTasks,
  fundsSentence,
  indicatorSentences,
  introSentence,
  meetingsSentence,
  petitionsSentence,
  quoted,
  reliefSentence,
  sentence,
  sourcePhrase,
  supervisionSentence,
  villagesMetSentence,
  type DriveFigure,
} from './sentences';
import type {
  IndicatorProgress,
  ReportFigure,
  ReportModel,
  ReportParagraph,
  ReportSection,
  ReportTable,
} from './types';

export type ReportHead = {
  id: string;
  type: ReportType;
  periodFrom: string;
  periodTo: string;
  title: string;
  status: 'draft' | 'issued';
  settings: ReportSettings;
};

export type MeetingFacts = ReportModel['meeting'];

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** computeProgress items → what the report prints: only indicators with a result or a target in the period. */
export function indicatorProgress(g: Gathered): IndicatorProgress[] {
  const kindOf = new Map(g.assigners.map((u) => [u.id, u.kind]));
  const out: IndicatorProgress[] = [];
  for (const i of g.progress.items) {
    const denominator = 'denominator' in i ? (i.denominator ?? 0) : undefined;
    if (i.actual === 0 && !denominator && i.targets.length === 0) continue;
    const several = i.targets.length > 1;
    out.push({
      code: i.code,
      name: i.name,
      unitLabel: i.unitLabel,
      aggregation: i.aggregation,
      actual: i.actual,
      ...(denominator !== undefined && { denominator }),
      text: i.text,
      targets: i.targets.map((t) => {
        const byUnit = 'unitId' in t.assignedBy ? t.assignedBy : null;
        const source = sourcePhrase(
          byUnit
            ? { ownUnit: byUnit.unitId === g.unit.id, unitKind: kindOf.get(byUnit.unitId) ?? null }
            : { ownUnit: false, body: 'body' in t.assignedBy ? t.assignedBy.body : null },
          several,
        );
        return {
          value: t.value,
          by: byUnit ? byUnit.name : 'body' in t.assignedBy ? t.assignedBy.body : '',
          source,
          percent: figure({ ...i, denominator, target: t.value }).rounded,
          met: t.met,
          text: t.text,
        };
      }),
      ...('met' in i && i.met && { met: i.met }),
    });
  }
  return out;
}

function drivesOf(g: Gathered): DriveFigure[] {
  const kindOf = new Map(g.assigners.map((u) => [u.id, u.kind]));
  const perFund = new Map<string, number>();
  for (const d of g.drives) perFund.set(d.fundName, (perFund.get(d.fundName) ?? 0) + 1);
  return g.drives.map((d) => {
    const by = d.drive.assignedByUnitId;
    return {
      fundName: d.fundName,
      driveName: d.drive.name,
      total: d.totals.total,
      target: d.drive.target,
      percent: figure({ aggregation: 'sum', unitLabel: 'đồng', actual: d.totals.total, target: d.drive.target })
        .rounded,
      source: sourcePhrase(
        by
          ? { ownUnit: by === g.unit.id, unitKind: kindOf.get(by) ?? null }
          : { ownUnit: false, body: d.drive.assignedByBody },
        false,
      ),
      sameFundDrives: perFund.get(d.fundName) ?? 1,
    };
  });
}

function figuresOf(g: Gathered, inds: IndicatorProgress[]): ReportFigure[] {
  const f: ReportFigure[] = inds.map((i) => {
    const t = i.targets[0];
    const raw = g.progress.items.find((x) => x.code === i.code)?.targets[0];
    return {
      key: `indicator.${i.code}`,
      group: 'indicator',
      label: i.name,
      unitLabel: i.unitLabel,
      aggregation: i.aggregation,
      value: i.actual,
      ...(i.denominator !== undefined && { denominator: i.denominator }),
      ...(t && { target: t.value }),
      ...(raw && raw.percent !== null && { percent: raw.percent }),
      text: i.text,
    };
  });
  const count = (
    key: string,
    group: ReportFigure['group'],
    label: string,
    unitLabel: string,
    value: number,
    aggregation: 'sum' | 'count' = 'count',
  ): ReportFigure => ({
    key,
    group,
    label,
    unitLabel,
    aggregation,
    value,
    text: `${formatInteger(value)} ${unitLabel}`,
  });
  const households = g.relief.reduce((s, r) => s + r.households, 0);
  const reliefValue = g.relief.reduce((s, r) => s + r.value, 0);
  const received = g.fundFlows.reduce((s, r) => s + r.received, 0);
  const disbursed = g.fundFlows.reduce((s, r) => s + r.disbursed, 0);
  f.push(
    count('relief.programs', 'relief', 'Chương trình trợ giúp', 'chương trình', g.relief.length),
    count('relief.households', 'relief', 'Lượt hộ được trợ giúp', 'hộ', households),
    count('relief.value', 'relief', 'Giá trị trợ giúp', 'đồng', reliefValue, 'sum'),
    count('funds.received', 'funds', 'Tiền, hàng vận động vào các quỹ', 'đồng', received, 'sum'),
    count('funds.disbursed', 'funds', 'Chi từ các quỹ', 'đồng', disbursed, 'sum'),
    count('meetings.total', 'meetings', 'Hội nghị, cuộc họp đã tổ chức', 'cuộc', g.meetings.total),
    count(
      'meetings.voter_contact',
      'meetings',
      'Hội nghị tiếp xúc cử tri',
      'cuộc',
      g.meetings.byType.voter_contact ?? 0,
    ),
    count('petitions.received', 'petitions', 'Ý kiến, kiến nghị cử tri tiếp nhận', 'ý kiến', g.petitions.received),
    count('petitions.answered', 'petitions', 'Kiến nghị đã được trả lời', 'ý kiến', g.petitions.answered),
    count('petitions.overdue', 'petitions', 'Kiến nghị quá hạn chưa trả lời', 'ý kiến', g.petitions.overdue),
    count('consultations.count', 'consultations', 'Dự thảo lấy ý kiến góp ý', 'dự thảo', g.consultations.consultations),
    count('consultations.comments', 'consultations', 'Ý kiến góp ý thu được', 'ý kiến', g.consultations.comments),
    count('supervision.supervisions', 'supervision', 'Cuộc giám sát', 'cuộc', g.supervision.supervision.held),
    count(
      'supervision.criticism',
      'supervision',
      'Hội nghị phản biện xã hội',
      'cuộc',
      g.supervision.socialCriticism.held,
    ),
    count(
      'supervision.recommendations',
      'supervision',
      'Kiến nghị sau giám sát',
      'kiến nghị',
      g.supervision.recommendations.issued,
    ),
  );
  return f;
}

function indicatorTable(inds: IndicatorProgress[]): ReportTable {
  const rows: ReportTable['rows'] = [];
  let stt = 0;
  for (const i of inds) {
    const result =
      i.aggregation === 'ratio' ? `${formatInteger(i.actual)}/${formatInteger(i.denominator ?? 0)}` : i.actual;
    // A ratio's own rate (9/17 → 53%), whether or not it has targets.
    const rate = i.aggregation === 'ratio' ? figure({ ...i, target: null }).rounded : null;
    const own = rate === null ? '' : percentLabel(rate);
    const met = i.met ? `${i.met.count}/${i.met.of}` : '';
    stt += 1;
    if (i.targets.length === 0) rows.push([stt, i.name, i.unitLabel, result, '', '', own, met]);
    i.targets.forEach((t, k) => {
      const target = i.aggregation === 'ratio' ? percentLabel(formatInteger(t.value)) : t.value;
      const pct = t.percent === null ? '' : percentLabel(t.percent);
      rows.push(
        k === 0 ? [stt, i.name, i.unitLabel, result, target, t.by, pct, met] : ['', '', '', '', target, t.by, pct, ''],
      );
    });
  }
  return {
    key: 'indicators',
    caption: 'Kết quả thực hiện các chỉ tiêu',
    columns: [
      { header: 'STT', type: 'index', width: 0.8 },
      { header: 'Chỉ tiêu', width: 2.7 },
      { header: 'Đơn vị tính', width: 1.2 },
      { header: 'Kết quả', type: 'number', width: 1.9 },
      { header: 'Chỉ tiêu giao', type: 'number', width: 1.8 },
      { header: 'Nơi giao', width: 1.9 },
      { header: 'Đạt (%)', type: 'number', width: 0.9 },
      { header: 'Thôn đạt', width: 0.9 },
    ],
    rows,
  };
}

function reliefTable(g: Gathered): ReportTable {
  return {
    key: 'relief',
    caption: 'Các chương trình trợ giúp',
    unit: 'Đơn vị tính: đồng',
    columns: [
      { header: 'STT', type: 'index', width: 0.6 },
      { header: 'Chương trình', width: 4 },
      { header: 'Ngày', width: 1.4 },
      { header: 'Số hộ', type: 'number', width: 1 },
      { header: 'Giá trị', type: 'number', width: 1.8 },
    ],
    rows: g.relief.map((r, k) => [k + 1, r.name, r.date.split('-').reverse().join('/'), r.households, r.value]),
    total: [
      '',
      'Tổng cộng',
      '',
      g.relief.reduce((s, r) => s + r.households, 0),
      g.relief.reduce((s, r) => s + r.value, 0),
    ],
  };
}

function drivesTable(drives: DriveFigure[]): ReportTable {
  return {
    key: 'drives',
    caption: 'Vận động ủng hộ các quỹ',
    unit: 'Đơn vị tính: đồng',
    columns: [
      { header: 'STT', type: 'index', width: 0.6 },
      { header: 'Quỹ, đợt vận động', width: 3.6 },
      { header: 'Kết quả', type: 'number', width: 1.6 },
      { header: 'Kế hoạch', type: 'number', width: 1.6 },
      { header: 'Đạt (%)', type: 'number', width: 0.9 },
      { header: 'Nơi giao', width: 1.6 },
    ],
    rows: drives.map((d, k) => [
      k + 1,
      `${quoted(d.fundName)} — ${d.driveName}`,
      d.total,
      d.target,
      d.percent === null ? '' : percentLabel(d.percent),
      d.target ? d.source : '',
    ]),
  };
}

/** Builds the model; `issue` gives the number and date once issued. */
export function buildModel(
  head: ReportHead,
  g: Gathered,
  meeting: MeetingFacts,
  opts: { builtAt: string; issue?: { number: string; date: string } },
): ReportModel {
  const { type, periodFrom: from, periodTo: to } = head;
  const label = periodLabel(type, from, to);
  const short = periodShort(type, from);
  const year = Number(from.slice(0, 4));
  const edits = head.settings.edits ?? {};
  const para = (key: string, generated: string): ReportParagraph => {
    const edit = edits[key];
    return { key, text: edit ?? generated, generated, edited: edit !== undefined };
  };
  const inds = indicatorProgress(g);
  const drives = drivesOf(g);
  const unitTitle = unitDisplayName(g.unit);
  const fundNamesInDrives = new Set(g.drives.map((d) => d.fundName.toLowerCase()));
  const fundIndicators = new Set(g.progress.items.filter((i) => i.source.startsWith('funds.')).map((i) => i.code));
  // A fund indicator repeats the drive sentence; keep it in the table, not twice in the narrative.
  const narrativeInds = inds.filter(
    (i) =>
      !fundIndicators.has(i.code) ||
      ![...fundNamesInDrives].some((n) => i.name.toLowerCase().includes(n.toLowerCase())),
  );

  const sub = (
    n: number,
    key: string,
    heading: string,
    paragraphs: ReportParagraph[],
    tables: ReportTable[] = [],
  ): ReportSection => ({
    key,
    level: 2,
    heading: `${n}. ${heading}`,
    paragraphs: paragraphs.filter((p) => p.text.trim() !== '' || p.edited),
    tables,
  });
  const campaigns = campaignsSentence(g.campaigns);
  const sections: ReportSection[] = [
    { key: 'results', level: 1, heading: `${ROMAN[0]}. KẾT QUẢ ĐẠT ĐƯỢC`, paragraphs: [], tables: [] },
    sub(1, 'propaganda', 'Công tác tuyên truyền, vận động và thực hiện các cuộc vận động', [
      para('propaganda.intro', introSentence(unitTitle, label, year)),
      ...(campaigns ? [para('propaganda.campaigns', campaigns)] : []),
      // The yearly evaluation (Hướng dẫn 83), once lists were confirmed or results published in the period.
      ...(g.evaluation.text
        ? [para('propaganda.evaluation', sentence([`kết quả bình xét năm ${year}: ${g.evaluation.text}`]))]
        : []),
    ]),
    sub(
      2,
      'welfare',
      'Công tác an sinh xã hội, vận động xây dựng các quỹ',
      [
        para('welfare.relief', reliefSentence(g.relief, capitalize(short))),
        para(
          'welfare.funds',
          fundsSentence(
            drives,
            g.fundFlows.map((f) => ({ ...f, hasDrive: g.drives.some((d) => d.fundName === f.name) })),
            short,
          ),
        ),
      ],
      [...(g.relief.length ? [reliefTable(g)] : []), ...(drives.length ? [drivesTable(drives)] : [])],
    ),
    sub(
      3,
      'targets',
      'Kết quả thực hiện các chỉ tiêu, phong trào',
      [
        ...indicatorSentences(narrativeInds, short).map(([code, text]) => para(`targets.${code}`, text)),
        ...(villagesMetSentence(inds) ? [para('targets.units', villagesMetSentence(inds))] : []),
      ],
      inds.length ? [indicatorTable(inds)] : [],
    ),
    sub(4, 'meetings', 'Công tác tổ chức hội nghị, tiếp xúc cử tri và tổng hợp kiến nghị', [
      para('meetings.summary', meetingsSentence(g.meetings.total, g.meetings.byType, capitalize(short))),
      para('petitions.summary', petitionsSentence(g.petitions)),
    ]),
    sub(5, 'consultations', 'Công tác tham gia góp ý dự thảo văn bản', [
      para('consultations.summary', consultationsSentence(g.consultations)),
    ]),
    sub(6, 'supervision', 'Công tác giám sát và phản biện xã hội', [
      para(
        'supervision.summary',
        supervisionSentence({
          supervisions: g.supervision.supervision.held,
          criticism: g.supervision.socialCriticism.held,
          ...g.supervision.recommendations,
        }),
      ),
    ]),
  ];
  const next = nextPeriodLabel(type, from);
  const unmet = inds.flatMap((i) =>
    i.targets
      .filter((t) => !t.met)
      .map((t) => `${i.name} (${t.percent === null ? 'chưa có kết quả' : achievedLabel(t.percent)})`),
  );
  const tasks =
    head.settings.tasks ??
    defaultTasks({
      nextLabel: next,
      campaigns: g.campaigns.map((c) => c.name),
      unmet,
      overduePetitions: g.petitions.overdue,
      halfYearFirst: type === 'half_year' && from.slice(5) === '01-01',
      year,
    });
  sections.push({
    key: 'tasks',
    level: 1,
    heading: `${ROMAN[1]}. NHIỆM VỤ TRỌNG TÂM ${next.toLocaleUpperCase('vi')}`,
    paragraphs: [],
    tables: [],
    list: tasks,
  });

  return {
    id: head.id,
    status: opts.issue ? 'issued' : head.status,
    type,
    from,
    to,
    periodLabel: label,
    title: head.title,
    unit: { id: g.unit.id, name: g.unit.name, kind: g.unit.kind, level: g.unit.level },
    parent: g.parent ? { name: g.parent.name, kind: g.parent.kind } : null,
    number: opts.issue?.number ?? null,
    date: opts.issue?.date ?? null,
    meeting,
    sections,
    figures: figuresOf(g, inds),
    indicators: inds,
    tasks,
    recipients: head.settings.recipients ?? defaultRecipients(g.unit, g.parent),
    signer: {
      name: head.settings.signerName ?? g.unit.settings.chairName ?? '',
      position: head.settings.signerPosition ?? 'CHỦ TỊCH',
    },
    builtAt: opts.builtAt,
  };
}

/** Every paragraph key of a model (PATCH checks edits against them). */
export function paragraphKeys(m: ReportModel): string[] {
  return m.sections.flatMap((s) => s.paragraphs.map((p) => p.key));
}
