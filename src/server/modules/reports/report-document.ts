import { unitDisplayName } from '../../../lib/units';
import {
  blankPlaceDateLine,
  placeDateLine,
  type Block,
  type OfficialDocument,
  type TableBlock,
} from '../documents/model';
import { abstractOf } from './period';
import type { ReportModel, ReportTable } from './types';

const upper = (s: string) => s.toLocaleUpperCase('vi');
/** A draft has no number yet: "Số:     /BC-MTTQ-BTT", filled in by hand or on issuing. */
export const BLANK_NUMBER = '     /BC-MTTQ-BTT';

export function tableBlock(t: ReportTable, caption: string): TableBlock {
  return {
    kind: 'table',
    caption,
    ...(t.unit && { unit: t.unit }),
    fontSize: 11,
    columns: t.columns.map((c) => ({
      header: c.header,
      ...(c.type && { type: c.type }),
      ...(c.width && { width: c.width }),
    })),
    rows: t.rows,
    ...(t.total && { total: t.total }),
  };
}

/**
 * The report as a Decree 30 document (ARCHITECTURE.md "Documents"): issuer block "ỦY BAN MTTQ VIỆT NAM /
 * XÃ HỒNG SƠN / BAN THƯỜNG TRỰC", number and date, "BÁO CÁO" and its abstract, the sections with
 * their paragraphs, the table of indicators and the next period's tasks, "Nơi nhận" and the chair's
 * signature. Only the indicators table prints in the body; the other tables go to the Excel annex.
 */
export function reportDocument(m: ReportModel): OfficialDocument {
  const body: Block[] = [];
  let tableNo = 0;
  for (const s of m.sections) {
    body.push({ kind: 'heading', text: s.heading, level: s.level });
    for (const p of s.paragraphs) if (p.text.trim()) body.push({ kind: 'paragraph', content: p.text });
    for (const t of s.tables) {
      if (t.key !== 'indicators') continue;
      tableNo += 1;
      body.push(tableBlock(t, `Biểu ${tableNo}: ${t.caption}`));
    }
    if (s.list?.length) body.push({ kind: 'list', items: s.list });
  }
  if (m.meeting) {
    body.push({
      kind: 'paragraph',
      content: `Trên đây là báo cáo ${abstractOf(m.title).charAt(0).toLocaleLowerCase('vi')}${abstractOf(m.title).slice(1)} của Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(m.unit)}, trình ${m.meeting.title.charAt(0).toLocaleLowerCase('vi')}${m.meeting.title.slice(1)}./.`,
    });
  } else {
    body.push({
      kind: 'paragraph',
      content: `Trên đây là báo cáo ${abstractOf(m.title).charAt(0).toLocaleLowerCase('vi')}${abstractOf(m.title).slice(1)} của Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(m.unit)}./.`,
    });
  }
  return {
    page: 'A4',
    // Not issued yet: printed with "DỰ THẢO" at the top of its first page, as offices mark a draft.
    draft: !m.number,
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(m.unit))], body: 'BAN THƯỜNG TRỰC' },
    number: m.number ?? BLANK_NUMBER,
    placeDate: m.date ? placeDateLine(m.unit.name, m.date) : blankPlaceDateLine(m.unit.name),
    title: 'BÁO CÁO',
    subtitle: abstractOf(m.title),
    body,
    closing: {
      recipients: { lines: m.recipients },
      signatures: [
        {
          authority: 'TM. BAN THƯỜNG TRỰC',
          position: upper(m.signer.position || 'CHỦ TỊCH'),
          ...(m.signer.name && { name: m.signer.name }),
        },
      ],
    },
    meta: { author: `Ủy ban MTTQ Việt Nam ${unitDisplayName(m.unit)}`, description: m.title },
  };
}
