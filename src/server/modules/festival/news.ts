/**
 * The portal news post about a village's festival, drafted from the festival and its report the way the conference
 * post is drafted from a conference (conference-news/compose.ts): title, the opening with the day and the place,
 * who attended (left for staff), the report's results, the commended, the programme. Pure.
 */
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { lowerFirst, partOfDay, TO_FILL } from '../conference-news/compose';
import { escapeHtml } from '../documents/render-html';
import type { FestivalFacts } from './facts';
import { communeInText, type FestivalReport } from './report-model';
import { anniversaryPhrase } from './rules';

export type FestivalNews = { title: string; summary: string; paragraphs: string[]; bodyHtml: string };

/** A report sentence run on after a colon: its own "Năm 2023," dropped (the lead says the year), "Nhân dân" kept. */
function clause(s: string): string {
  const x = s
    .trim()
    .replace(/[.;]+$/, '')
    .replace(/^Năm \d{4}, /, '');
  return x.startsWith('Nhân dân') || x.startsWith('Ban ') ? x : lowerFirst(x);
}

export function composeFestivalNews(f: FestivalFacts, r: FestivalReport): FestivalNews {
  const village = unitDisplayName(f.village);
  const commune = communeInText(f.commune);
  const year = f.festival.year;
  const when = partOfDay(f.festival.startTime);
  const opening = `${when ? `${when} ngày` : 'Ngày'} ${formatDateVi(f.festival.date)}, Ban công tác Mặt trận ${village}, ${commune} tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm ${year} tại ${f.festival.place}, hướng tới kỷ niệm ${anniversaryPhrase(year)}.`;
  const attendance = `Về dự Ngày hội có ${TO_FILL} cùng đông đảo Nhân dân trong thôn.`;
  const results = r.sections
    .find((s) => s.key === 'results')
    ?.paragraphs.filter((p) => !p.includes(TO_FILL))
    .map(clause);
  const reader = f.festival.presenter
    ? `đồng chí ${f.festival.presenter}, Trưởng ban công tác Mặt trận thôn`
    : 'Trưởng ban công tác Mặt trận thôn';
  const report = results?.length
    ? `Tại Ngày hội, ${reader} ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam và báo cáo kết quả năm ${year}: ${results.join('; ')}.`
    : `Tại Ngày hội, ${reader} ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam và báo cáo kết quả năm ${year}: ${TO_FILL}`;
  const households = f.commended.filter((c) => c.kind === 'household').length;
  const people = f.commended.length - households;
  const commended = f.commended.length
    ? [
        `Dịp này, Ban công tác Mặt trận thôn biểu dương, khen thưởng ${formatInteger(households)} hộ gia đình và ${formatInteger(people)} cá nhân tiêu biểu trong thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.`,
      ]
    : [];
  const programme = f.festival.programme.length
    ? [
        `Ngày hội diễn ra trong không khí vui tươi, đầm ấm với các hoạt động: ${f.festival.programme.map(clause).join('; ')}.`,
      ]
    : [];
  const paragraphs = [opening, attendance, report, ...commended, ...programme];
  return {
    title: `Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ${village}, ${commune} năm ${year}`,
    summary: opening,
    paragraphs,
    bodyHtml: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  };
}
