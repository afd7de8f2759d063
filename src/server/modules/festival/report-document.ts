import { unitDisplayName } from '../../../lib/units';
import { type Block, type OfficialDocument, placeDateLine } from '../documents/model';
import type { FestivalFacts } from './facts';
import { communeInText, type FestivalReport } from './report-model';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The festival report as a Decree 30 document (ARCHITECTURE.md "Documents"): issued by the village's Ban công tác
 * Mặt trận under the commune's committee, dated the festival's day, with the list of the commended as a table and
 * the head of the board (who reads it at the ceremony) signing. Before it is issued it is a draft dated the festival's
 * day; issued, it carries its register number and the date of issue.
 */
export function festivalReportDocument(
  f: FestivalFacts,
  r: FestivalReport,
  issue?: { number: string; date: string },
): OfficialDocument {
  const body: Block[] = [];
  for (const s of r.sections) {
    body.push({ kind: 'heading', level: 1, text: s.heading });
    for (const p of s.paragraphs) body.push({ kind: 'paragraph', content: p });
    if (s.key === 'commended' && r.commended.length)
      body.push({
        kind: 'table',
        caption: 'Danh sách hộ gia đình, cá nhân được biểu dương, khen thưởng',
        fontSize: 12,
        columns: [
          { header: 'STT', type: 'index', width: 0.7 },
          { header: 'Hộ gia đình, cá nhân', width: 3 },
          { header: 'Thành tích', width: 4.5 },
        ],
        rows: r.commended.map((c, i) => [i + 1, c.kind === 'household' ? `Hộ ${c.name}` : c.name, c.reason]),
      });
    if (s.list.length) body.push({ kind: 'list', items: s.list });
  }
  body.push({
    kind: 'paragraph',
    content: `Trên đây là báo cáo kết quả thực hiện Cuộc vận động năm ${f.festival.year} của Ban công tác Mặt trận ${unitDisplayName(f.village)}, trình bày tại Ngày hội Đại đoàn kết toàn dân tộc./.`,
  });
  return {
    page: 'A4',
    header: {
      issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(f.commune))],
      body: `BAN CÔNG TÁC MẶT TRẬN ${upper(unitDisplayName(f.village))}`,
    },
    ...(issue ? { number: issue.number } : { draft: true }),
    placeDate: placeDateLine(f.village.name, issue?.date ?? f.festival.date),
    title: r.title,
    subtitle: r.subtitle,
    body,
    closing: {
      recipients: { lines: [`BTT Ủy ban MTTQ Việt Nam ${communeInText(f.commune)};`, 'Chi bộ thôn;', 'Lưu.'] },
      signatures: [
        {
          authority: 'TM. BAN CÔNG TÁC MẶT TRẬN',
          position: 'TRƯỞNG BAN',
          ...(f.festival.presenter && { name: f.festival.presenter }),
        },
      ],
    },
    meta: { author: `Ban công tác Mặt trận ${unitDisplayName(f.village)}`, description: r.subtitle },
  };
}
