/**
 * OfficialDocument → .docx (Word), laid out per Decree 30/2020/NĐ-CP Appendix I: see model.ts.
 * Officials edit these files, so the layout uses plain Word features only (tables, paragraph
 * borders, tab leaders, a page-number field), which LibreOffice converts faithfully to PDF.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import {
  approxTextWidthEm,
  columnFractions,
  DRAFT_MARK,
  fitPt,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  pageLayout,
  recipientLine,
  resolveRow,
  runsOf,
  type Align,
  type Block,
  type DocumentClosing,
  type Inline,
  type OfficialDocument,
  type PageLayout,
  type SignatureBlock,
  type TableBlock,
} from './model';
import { CONTENT_TYPES } from '../../http/files';

export const DOCX_FONT = 'Times New Roman';
export const DOCX_MIME = CONTENT_TYPES.docx;

/** Millimetres → twentieths of a point. */
const mm = (v: number) => Math.round(v * 56.6929);
/** Points → twips. */
const ptTw = (v: number) => Math.round(v * 20);
/** Points → docx half-points. */
const hp = (v: number) => Math.round(v * 2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const GRID_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** Tight single-spaced paragraph spacing for header, table and signature lines. */
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

function run(text: string, s: RunStyle & { underline?: boolean }): TextRun {
  return new TextRun({
    text,
    size: hp(s.size),
    bold: s.bold ?? false,
    italics: s.italic ?? false,
    ...(s.underline ? { underline: {} } : {}),
  });
}

function runs(content: Inline | Inline[], base: RunStyle): TextRun[] {
  return runsOf(content).map((r) =>
    run(r.text, {
      size: base.size,
      bold: r.bold ?? base.bold,
      italic: r.italic ?? base.italic,
      underline: r.underline,
    }),
  );
}

/** A centred single line. */
function line(
  text: string,
  s: RunStyle,
  extra: { before?: number; after?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT, before: ptTw(extra.before ?? 0), after: ptTw(extra.after ?? 0) },
    keepNext: extra.keepNext ?? false,
    children: [run(text, s)],
  });
}

/**
 * A short horizontal rule `lengthTw` long, centred in a box `boxTw` wide: an empty paragraph with a
 * top border, narrowed by indents (a paragraph border spans exactly its indented width).
 */
function rule(lengthTw: number, boxTw: number, keepNext = false): Paragraph {
  const side = Math.max(0, Math.round((boxTw - lengthTw) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: ptTw(2.5), after: 0, line: ptTw(2), lineRule: LineRuleType.EXACT },
    border: { top: { ...LINE, space: 0 } },
    keepNext,
    run: { size: 2 },
    children: [],
  });
}

/** Approximate printed width of a line, twips. */
const textTw = (text: string, pt: number, bold: boolean) => Math.round(approxTextWidthEm(text, bold) * pt * 20);

function cell(
  children: Paragraph[],
  widthTw: number,
  opts: { borders?: boolean; span?: number; valign?: 'top' | 'center' } = {},
): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ children: [] })],
    width: { size: widthTw, type: WidthType.DXA },
    columnSpan: opts.span ?? 1,
    borders: opts.borders ? { top: THIN, bottom: THIN, left: THIN, right: THIN } : NO_CELL_BORDERS,
    verticalAlign: opts.valign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: opts.borders
      ? { top: ptTw(1.5), bottom: ptTw(1.5), left: mm(1.5), right: mm(1.5) }
      : { top: 0, bottom: 0, left: mm(0.5), right: mm(0.5) },
  });
}

function layoutTable(rows: TableRow[], widths: number[], borders: boolean): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: borders ? GRID_BORDERS : NO_BORDERS,
  });
}

/** Split a total width into column widths that add up exactly. */
function split(total: number, fractions: number[]): number[] {
  const widths = fractions.map((f) => Math.floor(total * f));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length) widths[widths.length - 1] = (widths[widths.length - 1] as number) + rest;
  return widths;
}

/* ─────────────────────────────── header ─────────────────────────────── */

function headerTable(doc: OfficialDocument, L: PageLayout, textW: number): Table {
  const [leftW, rightW] = split(textW, [L.issuerFraction, 1 - L.issuerFraction]) as [number, number];
  const innerLeft = leftW - 2 * mm(0.5);
  const innerRight = rightW - 2 * mm(0.5);
  const { issuer, body } = doc.header;

  const left: Paragraph[] = [];
  const boldIssuer = !body;
  const leftMm = innerLeft / 56.6929;
  const rightMm = innerRight / 56.6929;
  // Each header line on one line when it can be, shrinking at most 2pt (Decree 30 allows 12–13pt).
  for (const t of issuer) {
    const text = t.toUpperCase();
    left.push(line(text, { size: fitPt(text, boldIssuer, L.pt.issuer, leftMm), bold: boldIssuer }));
  }
  if (body)
    left.push(line(body.toUpperCase(), { size: fitPt(body.toUpperCase(), true, L.pt.issuer, leftMm), bold: true }));
  // Rule under the issuer: about 1/3–1/2 of its (longest bold) line.
  const lastBold = body ?? issuer[issuer.length - 1] ?? '';
  const issuerRule = Math.min(
    innerLeft,
    Math.max(mm(15), Math.round(textTw(lastBold.toUpperCase(), L.pt.issuer, true) * 0.45)),
  );
  left.push(rule(issuerRule, innerLeft));

  const right: Paragraph[] = [
    line(NATIONAL_NAME, { size: fitPt(NATIONAL_NAME, true, L.pt.nationalName, rightMm), bold: true }),
    line(MOTTO, { size: fitPt(MOTTO, true, L.pt.motto, rightMm), bold: true }),
    rule(Math.min(innerRight, textTw(MOTTO, fitPt(MOTTO, true, L.pt.motto, rightMm), true)), innerRight),
  ];

  const rows = [new TableRow({ cantSplit: true, children: [cell(left, leftW), cell(right, rightW)] })];
  if (doc.number || doc.placeDate) {
    const gap = 6;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(doc.number ? [line(numberLine(doc.number), { size: L.pt.number }, { before: gap })] : [], leftW),
          cell(
            doc.placeDate ? [line(doc.placeDate, { size: L.pt.placeDate, italic: true }, { before: gap })] : [],
            rightW,
          ),
        ],
      }),
    );
  }
  return layoutTable(rows, [leftW, rightW], false);
}

function titleParagraphs(doc: OfficialDocument, L: PageLayout, textW: number): Paragraph[] {
  const out: Paragraph[] = [
    line(doc.title.toUpperCase(), { size: L.pt.title, bold: true }, { before: 18, keepNext: true }),
  ];
  if (doc.subtitle) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, line: Math.round(240 * 1.1) },
        keepNext: true,
        children: [run(doc.subtitle, { size: L.pt.title, bold: true })],
      }),
    );
    out.push(rule(Math.min(mm(40), Math.round(textW / 3)), textW, true));
  }
  for (const n of doc.titleNotes ?? []) out.push(line(n, { size: L.pt.body, italic: true }, { keepNext: true }));
  out.push(new Paragraph({ spacing: { ...TIGHT, after: ptTw(6) }, children: [] }));
  return out;
}

/* ─────────────────────────────── body ─────────────────────────────── */

function bodyBlock(b: Block, L: PageLayout, textW: number, keepWithNext = false): (Paragraph | Table)[] {
  const body = { size: L.pt.body };
  const spacing = {
    before: 0,
    after: ptTw(L.afterPt),
    line: Math.round(240 * L.lineSpacing),
    lineRule: LineRuleType.AUTO,
  };
  const indent = { firstLine: mm(L.indentMm) };
  switch (b.kind) {
    case 'paragraph': {
      const align = b.align ?? 'justify';
      const indented = b.indent ?? (align === 'justify' || align === 'left');
      return [
        new Paragraph({
          alignment: ALIGN[align],
          spacing,
          ...(indented ? { indent } : {}),
          keepNext: keepWithNext,
          keepLines: keepWithNext,
          children: runs(b.content, { ...body, bold: b.bold, italic: b.italic }),
        }),
      ];
    }
    case 'heading': {
      const level = b.level ?? 1;
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { ...spacing, before: ptTw(level === 1 ? 6 : 0) },
          indent,
          keepNext: true,
          keepLines: true,
          children: [run(b.text, { ...body, bold: true, italic: level === 3 })],
        }),
      ];
    }
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing,
            indent,
            children: [run(`${b.marker ?? '-'} `, body), ...runs(item, body)],
          }),
      );
    case 'keyValue':
      return b.items.map(
        (it) =>
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { ...spacing, after: ptTw(Math.min(L.afterPt, 3)) },
            tabStops: [{ type: TabStopType.RIGHT, position: textW, leader: LeaderType.DOT }],
            children: it.value
              ? [run(`${it.label}: `, body), run(it.value, { ...body, bold: it.valueBold })]
              : [run(`${it.label}: `, body), new TextRun({ size: hp(L.pt.body), children: [new Tab()] })],
          }),
      );
    case 'spacer':
      return Array.from(
        { length: Math.max(1, b.lines ?? 1) },
        () => new Paragraph({ spacing: TIGHT, children: [run('', body)] }),
      );
    case 'table':
      return dataTable(b, L, textW);
  }
}

function dataTable(b: TableBlock, L: PageLayout, textW: number): (Paragraph | Table)[] {
  const size = b.fontSize ?? L.pt.table;
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(line(b.caption, { size: L.pt.body, bold: true }, { before: 3, after: 3, keepNext: true }));
  if (b.unit)
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { ...TIGHT, after: ptTw(2) },
        keepNext: true,
        children: [run(b.unit, { size, italic: true })],
      }),
    );
  const widths = split(textW, columnFractions(b.columns));
  const spanWidth = (start: number, span: number) => widths.slice(start, start + span).reduce((a, w) => a + w, 0);
  const para = (text: string, align: Align, s: RunStyle) =>
    new Paragraph({
      alignment: ALIGN[align],
      spacing: { ...TIGHT, before: ptTw(1), after: ptTw(1) },
      children: text ? [run(text, s)] : [],
    });

  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: b.columns.map((c, i) =>
        cell([para(c.header, 'center', { size, bold: true })], widths[i] as number, {
          borders: true,
          valign: 'center',
        }),
      ),
    }),
  ];
  const dataRow = (cells: ReturnType<typeof resolveRow>) => {
    let col = 0;
    const children = cells.map((c) => {
      const w = spanWidth(col, c.colSpan);
      col += c.colSpan;
      return cell([para(c.text, c.align, { size, bold: c.bold, italic: c.italic })], w, {
        borders: true,
        span: c.colSpan,
        valign: 'center',
      });
    });
    return new TableRow({ cantSplit: true, children });
  };
  for (const r of b.rows) rows.push(dataRow(resolveRow(b.columns, r)));
  if (b.total) rows.push(dataRow(resolveRow(b.columns, b.total, true)));
  out.push(layoutTable(rows, widths, true));
  out.push(new Paragraph({ spacing: { ...TIGHT, after: ptTw(L.afterPt) }, children: [] }));
  return out;
}

/* ─────────────────────────────── closing ─────────────────────────────── */

function signatureParagraphs(s: SignatureBlock, L: PageLayout, space: number, dateLine?: string): Paragraph[] {
  const size = L.pt.signature;
  const out: Paragraph[] = [];
  if (dateLine) out.push(line(dateLine, { size: L.pt.placeDate, italic: true }, { after: 3 }));
  if (s.authority) out.push(line(s.authority.toUpperCase(), { size, bold: true }));
  out.push(line(s.position, { size, bold: true }));
  if (s.note) out.push(line(s.note, { size: size - 1, italic: true }));
  for (let i = 0; i < space; i++) out.push(line('', { size }));
  out.push(line(s.name ?? '', { size, bold: true }));
  return out;
}

function recipientParagraphs(c: DocumentClosing, L: PageLayout): Paragraph[] {
  if (!c.recipients) return [];
  const out = [
    new Paragraph({
      spacing: TIGHT,
      children: [run(c.recipients.heading ?? 'Nơi nhận:', { size: L.pt.recipientsHeading, bold: true, italic: true })],
    }),
  ];
  for (const l of c.recipients.lines)
    out.push(new Paragraph({ spacing: TIGHT, children: [run(recipientLine(l), { size: L.pt.recipients })] }));
  return out;
}

function closingBlocks(c: DocumentClosing, L: PageLayout, textW: number): (Paragraph | Table)[] {
  const space = c.signatureSpace ?? L.signatureSpace;
  const out: (Paragraph | Table)[] = [new Paragraph({ spacing: TIGHT, keepNext: true, children: [] })];
  const sigs = c.signatures;
  if (sigs.length <= 1) {
    const widths = split(textW, [L.issuerFraction, 1 - L.issuerFraction]);
    const right = sigs[0]
      ? signatureParagraphs(sigs[0], L, space, c.dateLine)
      : c.dateLine
        ? [line(c.dateLine, { size: L.pt.placeDate, italic: true })]
        : [];
    // "Nơi nhận:" starts level with the first signature line (Decree 30 layout).
    const left = recipientParagraphs(c, L);
    if (c.dateLine && left.length) left.unshift(line('', { size: L.pt.placeDate }, { after: 3 }));
    out.push(
      layoutTable(
        [
          new TableRow({
            cantSplit: true,
            children: [cell(left, widths[0] as number), cell(right, widths[1] as number)],
          }),
        ],
        widths,
        false,
      ),
    );
    return out;
  }
  if (c.dateLine) {
    // Receipts: the date sits above the last signature column.
    const colW = Math.round(textW / sigs.length);
    const width = Math.min(textW, Math.max(Math.round(colW * 1.5), textTw(c.dateLine, L.pt.placeDate, false) + mm(6)));
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: textW - width },
        spacing: { ...TIGHT, after: ptTw(3) },
        keepNext: true,
        children: [run(c.dateLine, { size: L.pt.placeDate, italic: true })],
      }),
    );
  }
  const widths = split(
    textW,
    sigs.map(() => 1 / sigs.length),
  );
  out.push(
    layoutTable(
      [
        new TableRow({
          cantSplit: true,
          children: sigs.map((s, i) => cell(signatureParagraphs(s, L, space), widths[i] as number)),
        }),
      ],
      widths,
      false,
    ),
  );
  if (c.recipients) out.push(new Paragraph({ spacing: TIGHT, children: [] }), ...recipientParagraphs(c, L));
  return out;
}

/* ─────────────────────────────── document ─────────────────────────────── */

/** "DỰ THẢO" bold in a box at the right edge of the text area (a paragraph's border spans its indented width). */
function draftMark(L: PageLayout, textW: number): Paragraph {
  const size = L.pt.title;
  const boxW = Math.min(textW, textTw(DRAFT_MARK, size, true) + mm(8));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: textW - boxW },
    spacing: TIGHT,
    border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    children: [run(DRAFT_MARK, { size, bold: true })],
  });
}

/** Build the docx `Document` object (for callers that want to add to it before packing). */
export function buildDocx(doc: OfficialDocument): Document {
  const L = pageLayout(doc.page);
  const textW = mm(L.widthMm - L.margin.left - L.margin.right);
  const children: (Paragraph | Table)[] = [headerTable(doc, L, textW), ...titleParagraphs(doc, L, textW)];
  doc.body.forEach((b, i) => {
    // The last body paragraph goes with the signatures, never leaving them alone on a page.
    const last = i === doc.body.length - 1 && doc.closing !== undefined;
    children.push(...bodyBlock(b, L, textW, last));
  });
  if (doc.closing) children.push(...closingBlocks(doc.closing, L, textW));

  // A draft's mark goes in the first page's own header: above the issuer block, without moving it.
  const firstHeader = new Header({ children: [doc.draft ? draftMark(L, textW) : new Paragraph({ children: [] })] });
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: TIGHT,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: hp(L.pt.pageNumber) })],
      }),
    ],
  });

  return new Document({
    title: doc.subtitle ? `${doc.title} — ${doc.subtitle}` : doc.title,
    creator: doc.meta?.author ?? doc.header.issuer.join(' '),
    description: doc.meta?.description ?? '',
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: hp(L.pt.body), color: '000000', language: { value: 'vi-VN' } },
          paragraph: { spacing: TIGHT },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // Portrait dimensions; docx swaps them for landscape.
            size: {
              width: mm(L.landscape ? L.heightMm : L.widthMm),
              height: mm(L.landscape ? L.widthMm : L.heightMm),
              orientation: L.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mm(L.margin.top),
              bottom: mm(L.margin.bottom),
              left: mm(L.margin.left),
              right: mm(L.margin.right),
              header: mm(Math.max(6, L.margin.top / 2)),
              footer: mm(Math.max(6, L.margin.bottom / 2)),
            },
          },
        },
        // Page numbers top centre from page 2: the first page has its own (empty) header.
        headers: { default: pageNumber, first: firstHeader },
        children,
      },
    ],
  });
}

/** OfficialDocument → .docx bytes. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc));
}
