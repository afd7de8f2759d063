/**
 * The sentences a report's narrative starts from, written the way a commune committee writes them
 * ("vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện
 * giao"). Pure functions over figures; staff edit the result in the app.
 */
import { achievedLabel, figure } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import { foldVietnamese } from '../../../lib/vi-text';
import type { IndicatorProgress, IndicatorTarget } from './types';

const n = formatInteger;
const money = (v: number) => `${n(v)} đồng`;

export const capitalize = (s: string) => (s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s);
const lcFirst = (s: string) => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);
/** Sentence pieces joined with "; ", capitalised, closed with a full stop. */
export const sentence = (parts: string[]) => (parts.length ? `${capitalize(parts.join('; '))}.` : '');

/** Straight quotes become Vietnamese curly ones; a name without quotes is wrapped: “Quỹ vì biển đảo Việt Nam”. */
export function quoted(name: string): string {
  if (/["“”]/.test(name)) return name.replace(/"([^"]*)"/g, '“$1”');
  return `“${name}”`;
}

/** "gần 5.000" for 4.950, "trên 70" for 72: the round figure a speaker would say. */
export function approxPhrase(v: number): string {
  if (v <= 0) return n(v);
  const mag = 10 ** Math.floor(Math.log10(v));
  const round = Math.round(v / mag) * mag;
  if (round === v) return n(v);
  return v < round ? `gần ${n(round)}` : `trên ${n(round)}`;
}

export type TargetSource = { ownUnit: boolean; unitKind?: string | null; body?: string | null };

const LEVEL_WORDS = ['thành phố', 'thị xã', 'huyện', 'quận', 'tỉnh', 'phường', 'xã'];

/**
 * How a report names who set a target: "KH huyện giao" for a Front committee above, "kế hoạch đề
 * ra" for the unit's own plan, else "chỉ tiêu giao" (or, among several targets, "chỉ tiêu <body> giao").
 */
export function sourcePhrase(s: TargetSource, several: boolean): string {
  if (s.ownUnit) return 'kế hoạch đề ra';
  if (s.unitKind) return `KH ${s.unitKind} giao`;
  const body = s.body ?? '';
  const folded = foldVietnamese(body);
  if (folded.includes('mttq') || folded.includes('mat tran')) {
    const level = LEVEL_WORDS.find((w) => folded.includes(foldVietnamese(w)));
    return level ? `KH ${level} giao` : 'KH cấp trên giao';
  }
  return several && body ? `chỉ tiêu ${body} giao` : 'chỉ tiêu giao';
}

/* ─────────────────────────── indicators ─────────────────────────── */

const folded = (ind: Pick<IndicatorProgress, 'code' | 'name'>) =>
  `${foldVietnamese(ind.code)} ${foldVietnamese(ind.name)}`;
export const isBlood = (i: IndicatorProgress) =>
  /hien[ _]?mau/.test(folded(i)) && foldVietnamese(i.unitLabel).includes('don vi');
export const isBloodRegistered = (i: IndicatorProgress) =>
  /hien[ _]?mau/.test(folded(i)) && (i.code.toUpperCase().endsWith('_DK') || folded(i).includes('dang ky'));
const isCremation = (i: IndicatorProgress) => folded(i).includes('hoa tang');
const isElectronicId = (i: IndicatorProgress) => folded(i).includes('dinh danh');
const isEnlistment = (i: IndicatorProgress) => /nhap ngu|nghia vu quan su|nvqs/.test(folded(i));

/** "54/44 đơn vị máu, đạt 123% chỉ tiêu giao" — the result against each target (or alone). */
export function resultPhrase(ind: IndicatorProgress): string {
  const ts = ind.targets;
  if (ind.aggregation === 'ratio') {
    const base = `${n(ind.actual)}/${n(ind.denominator ?? 0)} ${ind.unitLabel}`;
    const rate = figure({ ...ind, target: null }).rounded;
    const head = rate === null ? base : `${base}, ${achievedLabel(rate)}`;
    const judged = ts.map(
      (t) =>
        `${t.met ? 'đảm bảo' : 'chưa đạt'} chỉ tiêu trên ${n(t.value)}%${t.source.startsWith('KH') ? ` ${t.source}` : ''}`,
    );
    return [head, ...judged].join(', ');
  }
  const isMoney = foldVietnamese(ind.unitLabel) === 'dong';
  if (ts.length === 0) return isMoney ? money(ind.actual) : `${n(ind.actual)} ${ind.unitLabel}`;
  const [first] = ts as [IndicatorTarget];
  const head = isMoney ? money(ind.actual) : `${n(ind.actual)}/${n(first.value)} ${ind.unitLabel}`;
  const pcts = ts.map((t) =>
    t.percent === null ? `chỉ tiêu ${t.source} là 0` : `${achievedLabel(t.percent)} ${t.source}`,
  );
  return `${head}, ${pcts.join('; ')}`;
}

const metTail = (ind: IndicatorProgress) =>
  ind.targets.length > 0 && ind.aggregation !== 'ratio'
    ? ind.targets.every((t) => t.met)
      ? ', đảm bảo chỉ tiêu'
      : ', chưa đạt chỉ tiêu'
    : '';

/**
 * One sentence per indicator (or pair: blood units with the people who registered), in the words of
 * the seed report for the ones every commune has, "Tên chỉ tiêu: kết quả" for the rest.
 * Returns [paragraph key suffix, text].
 */
export function indicatorSentences(inds: IndicatorProgress[], periodShort: string): [string, string][] {
  const out: [string, string][] = [];
  const registered = inds.find(isBloodRegistered);
  const blood = inds.find((i) => isBlood(i) && i !== registered);
  const rank = (i: IndicatorProgress) =>
    isEnlistment(i) ? 0 : i === blood ? 1 : isCremation(i) ? 2 : isElectronicId(i) ? 3 : 4;
  const ordered = inds
    .map((ind, k) => ({ ind, k }))
    .sort((a, b) => rank(a.ind) - rank(b.ind) || a.k - b.k)
    .map((x) => x.ind);
  for (const ind of ordered) {
    if (ind === registered && blood) continue;
    let text: string;
    if (ind === blood) {
      const reg = registered ? `có ${n(registered.actual)} người đăng ký tham gia, kết quả ` : '';
      text = `công tác hiến máu nhân đạo ${reg}đã hiến tặng ${resultPhrase(ind)}`;
    } else if (isCremation(ind) && ind.aggregation === 'ratio') {
      text = `tuyên truyền vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội, ${periodShort} có ${resultPhrase(ind).replace(` ${ind.unitLabel}`, ` ${ind.unitLabel} thực hiện hỏa táng`)}`;
    } else if (isElectronicId(ind) && ind.aggregation === 'ratio') {
      const approx = approxPhrase(ind.actual);
      const about = approx === n(ind.actual) ? '' : ` (${approx} ${ind.unitLabel})`;
      text = `phối hợp tham gia tổ công nghệ số cộng đồng, hướng dẫn người dân cài đặt, kích hoạt mã định danh điện tử; đến nay đã có ${n(ind.actual)} ${ind.unitLabel}${about} trên tổng số ${n(ind.denominator ?? 0)} ${ind.unitLabel} trong độ tuổi được kích hoạt${resultPhrase(ind).replace(/^[^,]*/, '')}`;
    } else if (isEnlistment(ind)) {
      text = `động viên thanh niên đi khám tuyển và lên đường làm nghĩa vụ quân sự: ${resultPhrase(ind)}${metTail(ind)}`;
    } else {
      text = `${ind.name}: ${resultPhrase(ind)}${metTail(ind)}`;
    }
    out.push([ind.code, sentence([text])]);
  }
  return out;
}

/** "Hiến máu tình nguyện: 5/6 thôn đạt chỉ tiêu; …". */
export function villagesMetSentence(inds: IndicatorProgress[]): string {
  const parts = inds.filter((i) => i.met).map((i) => `${lcFirst(i.name)} có ${i.met?.text}`);
  return parts.length ? sentence([`kết quả theo đơn vị: ${parts.join('; ')}`]) : '';
}

/* ─────────────────────────── relief and funds ─────────────────────────── */

export type ProgramFigure = {
  name: string;
  partner: string | null;
  households: number;
  value: number;
  donors: number;
  fromFund: boolean;
};

/**
 * "tổ chức chương trình chung tay Tết Quý Mão 2023 cho 43 hộ với số tiền trao tặng 21.500.000 đồng";
 * a programme of many donors: "nhiều tổ chức, cá nhân tặng quà …, tổng số hộ được tặng là 257 hộ với
 * tổng số tiền là 72.800.000 đồng".
 */
export function programSentence(p: ProgramFigure): string {
  if (!p.fromFund && p.donors >= 2) {
    return `nhiều tổ chức, cá nhân tặng quà trong chương trình ${quoted(p.name)}, tổng số hộ được tặng là ${n(p.households)} hộ với tổng số tiền là ${money(p.value)}`;
  }
  const partner = p.partner ? `phối hợp với ${p.partner} ` : '';
  return `${partner}tổ chức chương trình ${lcFirst(p.name)} cho ${n(p.households)} hộ với số tiền trao tặng ${money(p.value)}`;
}

export function reliefSentence(programs: ProgramFigure[], periodShort: string): string {
  const served = programs.filter((p) => p.households > 0);
  if (!served.length) return sentence([`${periodShort} chưa ghi nhận chương trình trợ giúp hộ nghèo, hộ khó khăn nào`]);
  return sentence(served.map(programSentence));
}

export type DriveFigure = {
  fundName: string;
  driveName: string;
  total: number;
  target: number | null;
  percent: string | null;
  source: string;
  sameFundDrives: number;
};
/** `hasDrive`: the fund's receipts were already told by its drive sentence. */
export type FundFlow = {
  name: string;
  received: number;
  disbursed: number;
  transferredOut: number;
  transferredIn: number;
  hasDrive?: boolean;
};

/** "vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao". */
export function driveSentence(d: DriveFigure): string {
  const which = d.sameFundDrives > 1 ? ` (đợt ${quoted(d.driveName)})` : '';
  const pct = d.target && d.percent !== null ? `, ${achievedLabel(d.percent)} ${d.source}` : '';
  return `vận động ủng hộ ${quoted(d.fundName)}${which} tổng số tiền là ${money(d.total)}${pct}`;
}

export function fundsSentence(drives: DriveFigure[], flows: FundFlow[], periodShort: string): string {
  const parts = drives.filter((d) => d.total > 0 || d.target).map(driveSentence);
  for (const f of flows) {
    if (f.disbursed === 0 && f.transferredOut === 0 && f.transferredIn === 0) continue;
    const moves = [
      f.received && !f.hasDrive ? `thu ${money(f.received)}` : '',
      f.disbursed ? `chi hỗ trợ ${money(f.disbursed)}` : '',
      f.transferredOut ? `nộp lên cấp trên ${money(f.transferredOut)}` : '',
      f.transferredIn ? `nhận từ cấp trên ${money(f.transferredIn)}` : '',
    ].filter(Boolean);
    if (moves.length) parts.push(`${quoted(f.name)} ${periodShort} đã ${moves.join(', ')}`);
  }
  if (!parts.length) return sentence([`${periodShort} chưa ghi nhận khoản vận động, ủng hộ quỹ nào`]);
  return sentence(parts);
}

/* ─────────────────────────── civic work ─────────────────────────── */

const MEETING_WORDS: Record<string, string> = {
  half_year_review: 'hội nghị sơ kết',
  year_review: 'hội nghị tổng kết',
  voter_contact: 'hội nghị tiếp xúc cử tri',
  consultation: 'hội nghị góp ý dự thảo',
  other: 'hội nghị, cuộc họp khác',
};

export function meetingsSentence(total: number, byType: Record<string, number>, periodShort: string): string {
  if (total === 0) return sentence([`${periodShort} chưa ghi nhận hội nghị, cuộc họp nào đã tổ chức`]);
  const parts = Object.entries(byType)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${n(v)} ${MEETING_WORDS[k] ?? k}`);
  return sentence([`${periodShort} đã tổ chức ${n(total)} hội nghị, cuộc họp, trong đó: ${parts.join(', ')}`]);
}

export function petitionsSentence(p: { received: number; answered: number; overdue: number }): string {
  if (p.received === 0) return sentence(['trong kỳ chưa tiếp nhận ý kiến, kiến nghị nào của cử tri']);
  const overdue = p.overdue ? `, quá hạn chưa được trả lời ${n(p.overdue)}` : '';
  const pending = p.received - p.answered - p.overdue;
  const answered = p.answered ? `đã được trả lời ${n(p.answered)}` : 'chưa có kiến nghị được trả lời';
  return sentence([
    `tổng hợp ${n(p.received)} ý kiến, kiến nghị của cử tri gửi đến các cơ quan có thẩm quyền; ${answered}${overdue}${pending > 0 ? `, đang chờ trả lời ${n(pending)}` : ''}`,
  ]);
}

export function consultationsSentence(c: {
  consultations: number;
  comments: number;
  byKind: { person: number; organization: number; meeting: number };
}): string {
  if (c.consultations === 0) return sentence(['trong kỳ chưa tổ chức lấy ý kiến góp ý dự thảo văn bản nào']);
  const kinds = [
    c.byKind.person ? `${n(c.byKind.person)} ý kiến của cá nhân` : '',
    c.byKind.organization ? `${n(c.byKind.organization)} ý kiến của tổ chức` : '',
    c.byKind.meeting ? `${n(c.byKind.meeting)} ý kiến tại hội nghị` : '',
  ].filter(Boolean);
  return sentence([
    `tổ chức lấy ý kiến góp ý ${n(c.consultations)} dự thảo văn bản, thu được ${n(c.comments)} ý kiến${kinds.length ? ` (${kinds.join(', ')})` : ''}`,
  ]);
}

export function supervisionSentence(s: {
  supervisions: number;
  criticism: number;
  issued: number;
  answered: number;
  overdue: number;
}): string {
  if (s.supervisions === 0 && s.criticism === 0)
    return sentence(['trong kỳ chưa tổ chức cuộc giám sát, hội nghị phản biện xã hội nào']);
  const recs = s.issued
    ? `; nêu ${n(s.issued)} kiến nghị, đã được trả lời ${n(s.answered)}${s.overdue ? `, quá hạn chưa trả lời ${n(s.overdue)}` : ''}`
    : '';
  return sentence([`tổ chức ${n(s.supervisions)} cuộc giám sát, ${n(s.criticism)} hội nghị phản biện xã hội${recs}`]);
}

export type CampaignFigure = { name: string; tasks: number; done: number; selfAssigned: number };

export function campaignsSentence(cs: CampaignFigure[]): string {
  if (!cs.length) return '';
  const tasks = cs.reduce((s, c) => s + c.tasks, 0);
  const done = cs.reduce((s, c) => s + c.done, 0);
  const self = cs.reduce((s, c) => s + c.selfAssigned, 0);
  const names = cs.map((c) => `cuộc vận động ${quoted(c.name)}`).join(', ');
  const t = tasks
    ? `; các tổ chức thành viên được giao và tự nhận đảm nhiệm ${n(tasks)} nhiệm vụ${self ? ` (tự nhận ${n(self)})` : ''}, đã hoàn thành ${n(done)}/${n(tasks)} nhiệm vụ`
    : '';
  return sentence([`triển khai thực hiện ${names}${t}`]);
}

export function introSentence(unitTitle: string, periodLabel: string, year: number): string {
  return sentence([
    `trong ${periodLabel}, Ủy ban MTTQ Việt Nam ${unitTitle} đã bám sát nhiệm vụ chính trị của địa phương và chương trình công tác Mặt trận năm ${year}, phối hợp chặt chẽ với chính quyền tuyên truyền, vận động các tầng lớp nhân dân chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, phát huy sức mạnh khối đại đoàn kết toàn dân tộc, góp phần thực hiện tốt nhiệm vụ chính trị của địa phương`,
  ]);
}

/** The default "Nhiệm vụ trọng tâm": standing lines plus what the figures ask for (targets not yet met). */
export function defaultTasks(o: {
  nextLabel: string;
  campaigns: string[];
  unmet: string[];
  overduePetitions: number;
  halfYearFirst: boolean;
  year: number;
}): string[] {
  const tasks = [
    'Tiếp tục đẩy mạnh công tác tuyên truyền, vận động các tầng lớp nhân dân thực hiện tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; củng cố, phát huy sức mạnh khối đại đoàn kết toàn dân tộc.',
    o.campaigns.length
      ? `Tiếp tục triển khai có hiệu quả ${o.campaigns.map((c) => `cuộc vận động ${quoted(c)}`).join(', ')}.`
      : 'Tiếp tục triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào xây dựng nông thôn mới kiểu mẫu.',
  ];
  if (o.unmet.length)
    tasks.push(`Tập trung hoàn thành các chỉ tiêu chưa đạt trong ${o.nextLabel}: ${o.unmet.join('; ')}.`);
  tasks.push(
    'Vận động xây dựng Quỹ “Vì người nghèo”, chăm lo cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn; công khai các khoản thu, chi theo quy định.',
  );
  tasks.push(
    `Phối hợp tổ chức tiếp xúc cử tri, tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp HĐND${o.overduePetitions ? `; đôn đốc trả lời ${n(o.overduePetitions)} kiến nghị đã quá hạn` : ''}.`,
  );
  tasks.push(
    'Thực hiện tốt công tác giám sát, phản biện xã hội; tham gia xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.',
  );
  if (o.halfYearFirst) tasks.push(`Chuẩn bị tổ chức hội nghị tổng kết công tác Mặt trận năm ${o.year}.`);
  return tasks;
}
