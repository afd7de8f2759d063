import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import {
  columnFractions,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  type OfficialDocument,
  pageLayout,
  plainText,
  recipientLine,
  resolveRow,
  type TableBlock,
} from './model';

/**
 * An official document drawn straight to PDF, page by page, for documents too long for LibreOffice: the public
 * list of a typhoon's 100,000 transfers is 2,000 pages, which a .docx table takes LibreOffice many minutes and
 * gigabytes to lay out, while here each page is written out as soon as it is full (memory stays that of one page).
 * The same model and helpers as the .docx (model.ts), in Liberation Serif (Times New Roman's metrics).
 */

const FONT_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const FACES = { regular: 'Regular', bold: 'Bold', italic: 'Italic' } as const;

function fontFiles(): Record<keyof typeof FACES, string> | null {
  for (const dir of FONT_DIRS) {
    const files = {
      regular: `${dir}/LiberationSerif-Regular.ttf`,
      bold: `${dir}/LiberationSerif-Bold.ttf`,
      italic: `${dir}/LiberationSerif-Italic.ttf`,
    };
    if (Object.values(files).every((f) => existsSync(f))) return files;
  }
  return null;
}

/** True when the fonts are installed (Debian's fonts-liberation2). */
export const drawPdfAvailable = () => fontFiles() !== null;

const PT_PER_MM = 72 / 25.4;
const PAD = 2;

/** Draws `doc` into `out`; resolves once the last byte is written. */
export function drawPdf(doc: OfficialDocument, out: Writable): Promise<void> {
  const fonts = fontFiles();
  if (!fonts) return Promise.reject(new Error('fonts-liberation2 is not installed'));
  const layout = pageLayout(doc.page);
  const m = layout.margin;
  const pdf = new PDFDocument({
    size: [layout.widthMm * PT_PER_MM, layout.heightMm * PT_PER_MM],
    margins: {
      top: m.top * PT_PER_MM,
      bottom: m.bottom * PT_PER_MM,
      left: m.left * PT_PER_MM,
      right: m.right * PT_PER_MM,
    },
    info: {
      Title: `${doc.title} ${doc.subtitle ?? ''}`.trim(),
      Author: doc.meta?.author ?? doc.header.issuer.join(' '),
    },
  });
  for (const [face, file] of Object.entries(fonts)) pdf.registerFont(face, file);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    pdf.on('error', reject);
  });
  pdf.pipe(out);

  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  let pageNo = 1;
  const newPage = () => {
    pdf.addPage();
    pageNo += 1;
    // Decree 30: page numbers from the second page, centred in the top margin.
    pdf.font('regular').fontSize(layout.pt.pageNumber);
    pdf.text(String(pageNo), left, pdf.page.margins.top / 2, { width, align: 'center', lineBreak: false });
    pdf.y = pdf.page.margins.top;
  };
  const text = (
    s: string,
    o: {
      face?: keyof typeof FACES;
      pt: number;
      align?: 'left' | 'center' | 'right' | 'justify';
      x?: number;
      w?: number;
      indent?: number;
    },
  ) => {
    const w = o.w ?? width;
    const font = () => pdf.font(o.face ?? 'regular').fontSize(o.pt);
    if (pdf.y + font().heightOfString(s, { width: w }) > bottom()) newPage();
    // After the new page's number: set again.
    font().text(s, o.x ?? left, pdf.y, { width: w, align: o.align ?? 'left', indent: o.indent ?? 0 });
  };

  // Header: the issuer on the left, the national name and motto on the right; number and place-date under them.
  const issuerW = width * layout.issuerFraction;
  const top = pdf.y;
  pdf.font('regular').fontSize(layout.pt.issuer);
  for (const line of doc.header.issuer) pdf.text(line, left, pdf.y, { width: issuerW, align: 'center' });
  if (doc.header.body) pdf.font('bold').text(doc.header.body, left, pdf.y, { width: issuerW, align: 'center' });
  const issuerEnd = pdf.y;
  pdf.font('bold').fontSize(layout.pt.nationalName);
  pdf.text(NATIONAL_NAME, left + issuerW, top, { width: width - issuerW, align: 'center' });
  pdf.fontSize(layout.pt.motto).text(MOTTO, left + issuerW, pdf.y, { width: width - issuerW, align: 'center' });
  pdf.y = Math.max(issuerEnd, pdf.y) + 6;
  const row = pdf.y;
  if (doc.number) text(numberLine(doc.number), { pt: layout.pt.number, w: issuerW, align: 'center' });
  if (doc.placeDate) {
    pdf.y = row;
    text(doc.placeDate, {
      face: 'italic',
      pt: layout.pt.placeDate,
      x: left + issuerW,
      w: width - issuerW,
      align: 'center',
    });
  }
  pdf.y += 12;
  text(doc.title, { face: 'bold', pt: layout.pt.title, align: 'center' });
  if (doc.subtitle) text(doc.subtitle, { face: 'bold', pt: layout.pt.body, align: 'center' });
  for (const note of doc.titleNotes ?? []) text(note, { face: 'italic', pt: layout.pt.body - 1, align: 'center' });
  pdf.y += 8;

  for (const block of doc.body) {
    if (block.kind === 'paragraph')
      text(plainText(block.content), {
        face: block.bold ? 'bold' : block.italic ? 'italic' : 'regular',
        pt: layout.pt.body,
        align: block.align ?? 'justify',
        indent: block.indent === false ? 0 : layout.indentMm * PT_PER_MM,
      });
    else if (block.kind === 'heading') text(block.text, { face: 'bold', pt: layout.pt.body });
    else if (block.kind === 'list')
      for (const item of block.items) text(`${block.marker ?? '-'} ${plainText(item)}`, { pt: layout.pt.body });
    else if (block.kind === 'keyValue')
      for (const kv of block.items) text(`${kv.label}${kv.value ? `: ${kv.value}` : ''}`, { pt: layout.pt.body });
    else if (block.kind === 'spacer') pdf.y += (block.lines ?? 1) * layout.pt.body * layout.lineSpacing;
    else drawTable(block);
    pdf.y += layout.afterPt;
  }

  function drawTable(t: TableBlock) {
    const pt = t.fontSize ?? layout.pt.table;
    if (t.unit) text(t.unit, { face: 'italic', pt, align: 'right' });
    const widths = columnFractions(t.columns).map((f) => f * width);
    const header = t.columns.map((c) => ({
      text: c.header,
      bold: true,
      italic: false,
      colSpan: 1,
      align: 'center' as const,
    }));
    const drawRow = (cells: ReturnType<typeof resolveRow>, repeatHeader: boolean) => {
      let h = 0;
      let col = 0;
      const placed = cells.map((c) => {
        const w = widths.slice(col, col + c.colSpan).reduce((a, b) => a + b, 0);
        col += c.colSpan;
        pdf.font(c.bold ? 'bold' : c.italic ? 'italic' : 'regular').fontSize(pt);
        // One line when it fits (most cells): measuring wrapped text is the slow part of a 100,000-row table.
        const lines =
          pdf.widthOfString(c.text) <= w - 2 * PAD ? pt * 1.15 : pdf.heightOfString(c.text, { width: w - 2 * PAD });
        h = Math.max(h, lines + 2 * PAD);
        return { c, w };
      });
      if (pdf.y + h > bottom()) {
        newPage();
        if (repeatHeader) drawRow(header, false);
      }
      // Fonts are set per cell below: a new page set its number's.
      let x = left;
      const y = pdf.y;
      for (const { c, w } of placed) {
        pdf.rect(x, y, w, h).lineWidth(0.5).stroke();
        pdf.font(c.bold ? 'bold' : c.italic ? 'italic' : 'regular').fontSize(pt);
        pdf.text(c.text, x + PAD, y + PAD, { width: w - 2 * PAD, align: c.align });
        x += w;
      }
      pdf.y = y + h;
    };
    drawRow(header, false);
    for (const r of t.rows) drawRow(resolveRow(t.columns, r), true);
    if (t.total) drawRow(resolveRow(t.columns, t.total, true), true);
    pdf.x = left;
  }

  if (doc.closing) {
    const c = doc.closing;
    pdf.y += 8;
    const signW = width / Math.max(1, c.signatures.length + (c.recipients ? 1 : 0));
    if (pdf.y + 120 > bottom()) newPage();
    const start = pdf.y;
    let x = left;
    if (c.recipients) {
      pdf.font('bold').fontSize(layout.pt.recipientsHeading);
      pdf.text(c.recipients.heading ?? 'Nơi nhận:', x, start, { width: signW });
      pdf.font('regular').fontSize(layout.pt.recipients);
      for (const line of c.recipients.lines) pdf.text(recipientLine(line), x, pdf.y, { width: signW });
      x += signW;
    }
    for (const s of c.signatures) {
      pdf.font('bold').fontSize(layout.pt.signature);
      pdf.y = start;
      if (s.authority) pdf.text(s.authority, x, pdf.y, { width: signW, align: 'center' });
      pdf.text(s.position, x, pdf.y, { width: signW, align: 'center' });
      if (s.note) pdf.font('italic').text(s.note, x, pdf.y, { width: signW, align: 'center' });
      pdf.y += (c.signatureSpace ?? layout.signatureSpace) * layout.pt.signature * 1.3;
      if (s.name) pdf.font('bold').text(s.name, x, pdf.y, { width: signW, align: 'center' });
      x += signW;
    }
  }
  pdf.end();
  return done;
}
