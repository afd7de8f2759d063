import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  columnAlign,
  documentText,
  fitPt,
  pageLayout,
  placeDateLine,
  resolveRow,
  viDateWords,
  type OfficialDocument,
  type TableColumn,
} from './model';
import { renderDocx } from './render-docx';
import { escapeHtml, renderHtml } from './render-html';
import {
  docxToPdf,
  DocumentRenderError,
  pdfAvailable,
  pdfInfo,
  pdfQueueLength,
  pdfToPngPages,
  pdfToText,
  popplerAvailable,
} from './render-pdf';
import { sampleReceipt, sampleReport } from './samples';
import { docxDocumentXml, docxParagraphTexts, isZip, readZipEntry } from './zip-read';

/** Twips of a length in millimetres, as the renderer rounds them. */
const tw = (mm: number) => Math.round(mm * 56.6929);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('placeDateLine (Decree 30 date words)', () => {
  it('pads days under 10, not months from March on', () => {
    expect(placeDateLine('Hồng Sơn', '2023-07-06')).toBe('Hồng Sơn, ngày 06 tháng 7 năm 2023');
  });
  it('pads January and February', () => {
    expect(placeDateLine('Hồng Sơn', '2024-02-05')).toBe('Hồng Sơn, ngày 05 tháng 02 năm 2024');
    expect(viDateWords('2024-01-20')).toBe('ngày 20 tháng 01 năm 2024');
  });
  it('leaves two-digit days and months alone', () => {
    expect(placeDateLine('Hồng Sơn', '2023-12-15')).toBe('Hồng Sơn, ngày 15 tháng 12 năm 2023');
    expect(viDateWords('2023-10-31')).toBe('ngày 31 tháng 10 năm 2023');
  });
  it('rejects malformed and impossible dates', () => {
    expect(() => placeDateLine('Hồng Sơn', '06/07/2023')).toThrow(/YYYY-MM-DD/);
    expect(() => viDateWords('2023-02-30')).toThrow();
    expect(() => viDateWords('2023-13-01')).toThrow();
  });
});

describe('document model', () => {
  it('formats money cells with dot thousands and right-aligns money columns', () => {
    const cols: TableColumn[] = [
      { header: 'STT', type: 'index' },
      { header: 'Đơn vị' },
      { header: 'Số tiền', type: 'money' },
    ];
    expect(cols.map(columnAlign)).toEqual(['center', 'left', 'right']);
    const row = resolveRow(cols, [1, 'Thôn Đông Sơn', 72_925_000]);
    expect(row.map((c) => [c.text, c.align])).toEqual([
      ['1', 'center'],
      ['Thôn Đông Sơn', 'left'],
      ['72.925.000', 'right'],
    ]);
    const total = resolveRow(cols, [{ text: 'Tổng cộng', colSpan: 2 }, 72_925_000], true);
    expect(total).toHaveLength(2);
    expect(total[0]).toMatchObject({ text: 'Tổng cộng', colSpan: 2, bold: true, align: 'center' });
    // A short row is padded to the full grid.
    expect(resolveRow(cols, ['x'])).toHaveLength(3);
  });

  it('gives the whole document as plain text for module tests', () => {
    const text = documentText(sampleReport());
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(text).toContain(
      'Số: 15/BC-MTTQ-BTT\nHồng Sơn, ngày 06 tháng 7 năm 2023\nBÁO CÁO\nKết quả công tác Mặt trận 6 tháng đầu năm 2023',
    );
    expect(text).toContain('Tổng cộng | 45.300.000 | 72.925.000 | 161%');
    expect(text).toContain('Nơi nhận:\n- BTT UBMTTQ huyện;');
    expect(text).toContain('TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Văn An');
    expect(documentText(sampleReceipt())).toContain('Kèm theo: ……');
  });

  it('is plain JSON data (a frozen snapshot renders the same)', () => {
    const doc = sampleReport();
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('uses Decree 30 margins on A4 and shrinks header lines that would not fit', () => {
    expect(pageLayout('A4').margin).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(pageLayout('A4-landscape')).toMatchObject({ widthMm: 297, heightMm: 210, landscape: true });
    expect(pageLayout('A5')).toMatchObject({ widthMm: 148, heightMm: 210 });
    expect(fitPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true, 13, 98)).toBe(13);
    expect(fitPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true, 10, 70)).toBeLessThan(10);
  });
});

describe('renderDocx', () => {
  it('writes a real .docx with the Decree 30 page, font and text', async () => {
    const docx = await renderDocx(sampleReport());
    expect(isZip(docx)).toBe(true);
    expect(readZipEntry(docx, '[Content_Types].xml')?.toString('utf8')).toContain('wordprocessingml');
    const xml = docxDocumentXml(docx);
    // A4 portrait, margins 20/20/30/15 mm, a different first page (no page number on page 1).
    expect(xml).toContain(`<w:pgSz w:w="${tw(210)}" w:h="${tw(297)}" w:orient="portrait"/>`);
    expect(xml).toMatch(
      new RegExp(`<w:pgMar w:top="${tw(20)}" w:right="${tw(15)}" w:bottom="${tw(20)}" w:left="${tw(30)}"`),
    );
    expect(xml).toContain('<w:titlePg/>');
    const styles = readZipEntry(docx, 'word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toContain('w:ascii="Times New Roman"');

    const paras = docxParagraphTexts(docx);
    for (const s of [
      'ỦY BAN MTTQ VIỆT NAM',
      'XÃ HỒNG SƠN',
      'BAN THƯỜNG TRỰC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-MTTQ-BTT',
      'Hồng Sơn, ngày 06 tháng 7 năm 2023',
      'BÁO CÁO',
      'Kết quả công tác Mặt trận 6 tháng đầu năm 2023',
      '72.925.000',
      'Nơi nhận:',
      'TM. BAN THƯỜNG TRỰC',
      'Nguyễn Văn An',
    ]) {
      expect(paras).toContain(s);
    }
    expect(paras.some((p) => p.startsWith('Thực hiện Chương trình phối hợp') && p.includes('72.925.000 đồng'))).toBe(
      true,
    );
    // The money cell is right-aligned; body paragraphs have the 1.27 cm first-line indent.
    expect(xml).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>)[\s\S])*?<w:t xml:space="preserve">72\.925\.000<\/w:t>/);
    expect(xml).toContain(`w:firstLine="${tw(12.7)}"`);
    // The page number field lives in a header part.
    const headers = ['word/header1.xml', 'word/header2.xml']
      .map((n) => readZipEntry(docx, n)?.toString('utf8') ?? '')
      .join('');
    expect(headers).toMatch(/PAGE/);
  });

  it('lays out A5 receipts and A4 landscape', async () => {
    const a5 = docxDocumentXml(await renderDocx(sampleReceipt()));
    expect(a5).toContain(`<w:pgSz w:w="${tw(148)}" w:h="${tw(210)}" w:orient="portrait"/>`);
    expect(a5).toContain('w:leader="dot"');
    const wide: OfficialDocument = { ...sampleReport(), page: 'A4-landscape' };
    const land = docxDocumentXml(await renderDocx(wide));
    expect(land).toContain(`<w:pgSz w:w="${tw(297)}" w:h="${tw(210)}" w:orient="landscape"/>`);
  });

  it('escapes XML special characters in text', async () => {
    const doc: OfficialDocument = { ...sampleReport(), body: [{ kind: 'paragraph', content: 'A & B <c> "d"' }] };
    const docx = await renderDocx(doc);
    expect(docxParagraphTexts(docx)).toContain('A & B <c> "d"');
  });
});

describe('renderHtml', () => {
  it('previews the same structure, escaped', () => {
    const html = renderHtml(sampleReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Hồng Sơn, ngày 06 tháng 7 năm 2023',
      'BÁO CÁO',
      '72.925.000',
      'Nơi nhận:',
      'Nguyễn Văn An',
    ]) {
      expect(html).toContain(s);
    }
    expect(html).toContain('Số: 15/BC-MTTQ-BTT');
    expect(html).toContain('padding:20mm 15mm 20mm 30mm');
    expect(html).toContain('<td class="right">18.500.000</td>');
    expect(html).toContain('<td class="right b">72.925.000</td>');
    const evil = renderHtml({
      ...sampleReport(),
      title: '<script>alert(1)</script>',
      body: [{ kind: 'paragraph', content: { text: '<img src=x onerror=1>', bold: true } }],
    });
    expect(evil).not.toContain('<script>');
    expect(evil).not.toContain('<img');
    expect(evil).toContain('&lt;SCRIPT&gt;');
    expect(escapeHtml(`a&b<"'>`)).toBe('a&amp;b&lt;&quot;&#39;&gt;');
  });
});

describe('PDF without LibreOffice', () => {
  it('reports a missing soffice clearly', async () => {
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = '/nonexistent/soffice';
    try {
      expect(pdfAvailable()).toBe(false);
      const err = await docxToPdf(Buffer.from('x')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DocumentRenderError);
      expect((err as DocumentRenderError).code).toBe('SOFFICE_MISSING');
      expect((err as Error).message).toMatch(/LibreOffice/);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });
});

const available = pdfAvailable() && popplerAvailable();
const required = process.env.REQUIRE_SYSTEM_DEPS === '1';
if (!available)
  console.log(
    `SKIPPED: soffice not found (or poppler-utils missing)${required ? ' — REQUIRE_SYSTEM_DEPS=1, failing' : ''}`,
  );

describe('PDF through LibreOffice', () => {
  if (!available && required)
    it('has soffice and poppler-utils installed (REQUIRE_SYSTEM_DEPS=1)', () => {
      throw new Error('REQUIRE_SYSTEM_DEPS=1 but soffice or pdftotext/pdfinfo/pdftoppm is not installed');
    });

  it.skipIf(!available && !required)(
    'renders the report to an A4 PDF with the Vietnamese text and a page image per page',
    async () => {
      const pdf = await docxToPdf(await renderDocx(sampleReport()));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfToText(pdf);
      const flat = squash(text);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Hồng Sơn, ngày 06 tháng 7 năm 2023');
      expect(text).toContain('Số: 15/BC-MTTQ-BTT');
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Kết quả công tác Mặt trận 6 tháng đầu năm 2023');
      expect(text).toContain('72.925.000');
      expect(flat).toContain('Ban Thường trực Ủy ban MTTQ Việt Nam xã Hồng Sơn');
      expect(text).toContain('Nguyễn Văn An');
      // The header is two columns: issuer and national name on one printed line.
      expect(text).toMatch(/ỦY BAN MTTQ VIỆT NAM\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);

      const info = await pdfInfo(pdf);
      expect(info.pages).toBe(2);
      expect(Math.round(info.widthPt)).toBe(595);
      expect(Math.round(info.heightPt)).toBe(842);
      // Page numbers from page 2: page 2 starts with "2", page 1 carries none.
      const pages = text.split('\f');
      expect(pages[1]?.trim().startsWith('2')).toBe(true);
      expect(pages[0]?.trim().startsWith('ỦY BAN')).toBe(true);

      const work = mkdtempSync(join(tmpdir(), 'mattran-doc-test-'));
      try {
        const pngs = await pdfToPngPages(pdf, work);
        expect(pngs.map((p) => p.slice(work.length + 1))).toEqual(['page-1.png', 'page-2.png']);
        expect(
          readFileSync(pngs[0] as string)
            .subarray(1, 4)
            .toString('latin1'),
        ).toBe('PNG');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it.skipIf(!available && !required)(
    'queues documents asked for at once and converts each (one LibreOffice at a time)',
    async () => {
      const [reportDocx, receiptDocx] = await Promise.all([renderDocx(sampleReport()), renderDocx(sampleReceipt())]);
      const both = Promise.all([docxToPdf(reportDocx), docxToPdf(receiptDocx)]);
      expect(pdfQueueLength()).toBe(2);
      const [report, receipt] = await both;
      expect(pdfQueueLength()).toBe(0);
      const info = await pdfInfo(receipt);
      expect(info.pages).toBe(1);
      expect(Math.round(info.widthPt)).toBe(420); // A5: 148 mm
      expect(Math.round(info.heightPt)).toBe(595);
      const text = await pdfToText(receipt);
      expect(text).toContain('PHIẾU THU');
      expect(text).toContain('Trần Thị Bình');
      expect(text).toContain('Người lập phiếu');
      expect((await pdfInfo(report)).pages).toBe(2);
    },
    120_000,
  );
});
