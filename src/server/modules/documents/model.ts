/**
 * An official document as plain data (ARCHITECTURE.md "Documents" "Documents are built twice"): modules build
 * an `OfficialDocument`; `render-html`, `render-docx` and `render-pdf` turn it into files. Tests of a
 * module check the model (see `documentText`); a few check the rendered file.
 *
 * The layout follows Decree 30/2020/NĐ-CP, Appendix I (ARCHITECTURE.md "Documents"):
 *
 *   ỦY BAN MTTQ VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *       XÃ HỒNG SƠN                    Độc lập - Tự do - Hạnh phúc
 *     BAN THƯỜNG TRỰC                  ───────────────────────────
 *        ───────
 *   Số: 15/BC-MTTQ-BTT          Hồng Sơn, ngày 06 tháng 7 năm 2023
 *                              BÁO CÁO
 *                    Kết quả công tác Mặt trận ...
 *   body …
 *   Nơi nhận:                                TM. BAN THƯỜNG TRỰC
 *   - …;                                          CHỦ TỊCH
 *                                               (signature space)
 *                                                 Full Name
 *
 * Everything here is JSON-safe (no bigint, no Date, no functions), so a published document can be
 * frozen as a snapshot (ARCHITECTURE.md, domain rule 8) and rendered again later to the same file.
 */
import { formatInteger } from '../../../lib/numbers';

/** The national motto (Quốc hiệu và Tiêu ngữ); Front documents carry it too. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A4 portrait (the default), A4 landscape (wide tables) or A5 portrait (receipts). */
export type PageSize = 'A4' | 'A4-landscape' | 'A5';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with its own emphasis, inside a paragraph. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A plain string is a regular run. */
export type Inline = string | TextRun;

/**
 * Issuer lines at the top left. Per Decree 30 the parent body (`parent`, e.g. "ỦY BAN MTTQ VIỆT NAM" /
 * "XÃ HỒNG SƠN") is upright caps and the issuing body (`body`, e.g. "BAN THƯỜNG TRỰC") is caps bold
 * with a short rule under it. Without `body` the parent lines are the issuer: bold, rule under them.
 */
export interface DocumentHeader {
  issuer: string[];
  body?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  content: Inline | Inline[];
  /** Default 'justify'. */
  align?: Align;
  /** First-line indent 1.27 cm; default true for justified/left text, false otherwise. */
  indent?: boolean;
  /** Whole paragraph italic (notes, "(Kèm theo …)"). */
  italic?: boolean;
  bold?: boolean;
}

/**
 * A section heading inside the body: level 1 "I. KẾT QUẢ ĐẠT ĐƯỢC" (bold), level 2 "1. Công tác …"
 * (bold), level 3 "a) …" (bold italic). Headings are indented like paragraphs.
 */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
  level?: 1 | 2 | 3;
}

/** Lines starting with "- " (or `marker`), indented like paragraphs. */
export interface ListBlock {
  kind: 'list';
  items: (Inline | Inline[])[];
  /** Default '-'. */
  marker?: string;
}

export interface TableColumn {
  header: string;
  /**
   * 'money' and 'number' columns are right-aligned and format numeric cells as 72.925.000;
   * 'index' (STT) is centred. Default 'text'.
   */
  type?: 'text' | 'money' | 'number' | 'index';
  /** Overrides the alignment implied by `type`. */
  align?: Exclude<Align, 'justify'>;
  /** Relative width (weights, any unit); default 1 per column, 0.7 for 'index'. */
  width?: number;
}

export interface TableCellObject {
  text: string | number;
  bold?: boolean;
  italic?: boolean;
  /** Cells this one spans (default 1). */
  colSpan?: number;
  align?: Exclude<Align, 'justify'>;
}

/** A number in a 'money'/'number' column is formatted with dot thousands; null is empty. */
export type TableCell = string | number | null | TableCellObject;

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableCell[][];
  /** A bold last row ("Tổng cộng"), same shape as a row. */
  total?: TableCell[];
  /** Optional caption line above the table (bold, centred), e.g. "Biểu 1: …". */
  caption?: string;
  /** Optional unit note above the table on the right, e.g. "Đơn vị tính: đồng" (italic). */
  unit?: string;
  /** Point size, 12 or 13 (default 12). */
  fontSize?: 11 | 12 | 13;
}

/** A "label: value" line, e.g. "Họ tên người nộp tiền: Nguyễn Văn An". */
export interface KeyValueItem {
  label: string;
  /** Empty (or missing) value renders as a dotted line to fill in by hand. */
  value?: string;
  valueBold?: boolean;
}

export interface KeyValueBlock {
  kind: 'keyValue';
  items: KeyValueItem[];
}

/** Vertical space, in lines of body text. */
export interface SpacerBlock {
  kind: 'spacer';
  lines?: number;
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | TableBlock | KeyValueBlock | SpacerBlock;

/**
 * One signature column: "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / (space) / "Nguyễn Văn An"; or, on a
 * receipt, "Người nộp tiền" / "(Ký, ghi rõ họ tên)" / (space) / name.
 */
export interface SignatureBlock {
  /** "TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", … (caps bold). */
  authority?: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH", or "Người lập phiếu" (bold; written as given). */
  position: string;
  /** "(Ký, ghi rõ họ tên)" (italic). */
  note?: string;
  /** Full name (bold); blank for a form filled in by hand. */
  name?: string;
}

export interface RecipientsBlock {
  /** Default "Nơi nhận:". */
  heading?: string;
  /** "- BTT UBMTTQ tỉnh;" … "- Lưu: VT." (the "- " is added when missing). */
  lines: string[];
}

export interface DocumentClosing {
  /** Place-date line written just above the signatures (receipts, minutes), italic. */
  dateLine?: string;
  recipients?: RecipientsBlock;
  /** One signature (right, beside the recipients) or several side by side. */
  signatures: SignatureBlock[];
  /** Blank lines left for signing; default 4 (3 on A5). */
  signatureSpace?: number;
}

/** The mark a draft carries at the top of its first page, as offices mark a text not yet signed and numbered. */
export const DRAFT_MARK = 'DỰ THẢO';

export interface OfficialDocument {
  page?: PageSize;
  /**
   * A draft, not yet issued (a report before its number, a synthesis before it is signed): the renderers print
   * "DỰ THẢO" boxed at the top right of the first page. An issued document has none.
   */
  draft?: boolean;
  header: DocumentHeader;
  /** The number without "Số: ", e.g. "15/BC-MTTQ-BTT"; omitted for documents without one. */
  number?: string;
  /** Built by `placeDateLine`, e.g. "Hồng Sơn, ngày 06 tháng 7 năm 2023". */
  placeDate?: string;
  /** Document kind, written in caps bold: "BÁO CÁO", "GIẤY MỜI", "PHIẾU THU". */
  title: string;
  /** The abstract (trích yếu) under the title, bold, with a short rule below. */
  subtitle?: string;
  /** Small italic lines under the title/subtitle, e.g. "(Liên 1: Lưu)". */
  titleNotes?: string[];
  body: Block[];
  closing?: DocumentClosing;
  /** Document properties (title, author) for the .docx. */
  meta?: { author?: string; description?: string };
}

/* ─────────────────────────────── helpers ─────────────────────────────── */

/** 1..9 → '01'..'09'; other numbers as they are. */
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Day and month as Decree 30 writes them in a place-date line: days under 10 and months 1–2 take a
 * leading zero ("ngày 06 tháng 7", "ngày 15 tháng 02").
 */
export function viDateWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Ngày không hợp lệ (cần YYYY-MM-DD): ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`Ngày không hợp lệ: ${date}`);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) throw new Error(`Ngày không tồn tại: ${date}`);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/** placeDateLine('Hồng Sơn', '2023-07-06') → 'Hồng Sơn, ngày 06 tháng 7 năm 2023'. */
export function placeDateLine(place: string, date: string): string {
  return `${place}, ${viDateWords(date)}`;
}

/** A blank place-date line for forms: "Hồng Sơn, ngày …… tháng …… năm 20……". */
export function blankPlaceDateLine(place?: string): string {
  const words = 'ngày …… tháng …… năm 20……';
  return place ? `${place}, ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
}

/** 'Số: 15/BC-MTTQ-BTT'. */
export function numberLine(number: string): string {
  return `Số: ${number}`;
}

/** Inline content as a list of runs. */
export function runsOf(content: Inline | Inline[]): TextRun[] {
  const list = Array.isArray(content) ? content : [content];
  return list.map((r) => (typeof r === 'string' ? { text: r } : r));
}

export function plainText(content: Inline | Inline[]): string {
  return runsOf(content)
    .map((r) => r.text)
    .join('');
}

/** The alignment a column's cells take. */
export function columnAlign(col: TableColumn): Exclude<Align, 'justify'> {
  if (col.align) return col.align;
  switch (col.type) {
    case 'money':
    case 'number':
      return 'right';
    case 'index':
      return 'center';
    default:
      return 'left';
  }
}

export interface ResolvedCell {
  text: string;
  bold: boolean;
  italic: boolean;
  colSpan: number;
  align: Exclude<Align, 'justify'>;
}

/**
 * A row of cells resolved against the columns: numbers formatted ("72.925.000"), alignment from
 * the column the cell starts in, spans counted. Renderers share this so every output agrees.
 */
export function resolveRow(columns: TableColumn[], row: TableCell[], bold = false): ResolvedCell[] {
  const out: ResolvedCell[] = [];
  let col = 0;
  for (const cell of row) {
    if (col >= columns.length) break;
    const column = columns[col] as TableColumn;
    const obj: TableCellObject = cell !== null && typeof cell === 'object' ? cell : { text: cell ?? '' };
    const span = Math.max(1, Math.min(obj.colSpan ?? 1, columns.length - col));
    const text = typeof obj.text === 'number' ? formatCellNumber(obj.text, column) : obj.text;
    out.push({
      text,
      bold: obj.bold ?? bold,
      italic: obj.italic ?? false,
      colSpan: span,
      align: obj.align ?? (span > 1 && typeof obj.text === 'string' ? 'center' : columnAlign(column)),
    });
    col += span;
  }
  // A short row is padded with empty cells so the grid stays whole.
  while (col < columns.length) {
    out.push({ text: '', bold, italic: false, colSpan: 1, align: columnAlign(columns[col] as TableColumn) });
    col += 1;
  }
  return out;
}

function formatCellNumber(n: number, column: TableColumn): string {
  if (column.type === 'index') return String(n);
  if (Number.isInteger(n)) return formatInteger(n);
  // Non-integer quantities: comma decimal (ARCHITECTURE.md "Numbers").
  const [int, frac] = String(n).split('.');
  return `${formatInteger(Number(int))},${frac ?? ''}`;
}

/** Column weights, with defaults, summing to 1. */
export function columnFractions(columns: TableColumn[]): number[] {
  const weights = columns.map((c) => c.width ?? (c.type === 'index' ? 0.7 : 1));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((w) => w / sum);
}

/** "- BTT UBMTTQ tỉnh;" — a recipient line with its dash. */
export function recipientLine(line: string): string {
  return /^[-–+•]\s/.test(line) ? line : `- ${line}`;
}

export const DOTS = '……………………………………';

/**
 * The document as plain text, one line per printed line-ish unit, in reading order. Module tests
 * assert on this instead of opening a rendered file.
 */
export function documentText(doc: OfficialDocument): string {
  const lines: string[] = [];
  if (doc.draft) lines.push(DRAFT_MARK);
  lines.push(...doc.header.issuer);
  if (doc.header.body) lines.push(doc.header.body);
  lines.push(NATIONAL_NAME, MOTTO);
  if (doc.number) lines.push(numberLine(doc.number));
  if (doc.placeDate) lines.push(doc.placeDate);
  lines.push(doc.title);
  if (doc.subtitle) lines.push(doc.subtitle);
  if (doc.titleNotes) lines.push(...doc.titleNotes);
  for (const b of doc.body) {
    switch (b.kind) {
      case 'paragraph':
        lines.push(plainText(b.content));
        break;
      case 'heading':
        lines.push(b.text);
        break;
      case 'list':
        for (const item of b.items) lines.push(`${b.marker ?? '-'} ${plainText(item)}`);
        break;
      case 'table':
        if (b.caption) lines.push(b.caption);
        if (b.unit) lines.push(b.unit);
        lines.push(b.columns.map((c) => c.header).join(' | '));
        for (const r of b.rows)
          lines.push(
            resolveRow(b.columns, r)
              .map((c) => c.text)
              .join(' | '),
          );
        if (b.total)
          lines.push(
            resolveRow(b.columns, b.total, true)
              .map((c) => c.text)
              .join(' | '),
          );
        break;
      case 'keyValue':
        for (const it of b.items) lines.push(`${it.label}: ${it.value || DOTS}`);
        break;
      case 'spacer':
        break;
    }
  }
  const c = doc.closing;
  if (c) {
    if (c.dateLine) lines.push(c.dateLine);
    for (const s of c.signatures) {
      if (s.authority) lines.push(s.authority);
      lines.push(s.position);
      if (s.note) lines.push(s.note);
      if (s.name) lines.push(s.name);
    }
    if (c.recipients) {
      lines.push(c.recipients.heading ?? 'Nơi nhận:');
      lines.push(...c.recipients.lines.map(recipientLine));
    }
  }
  return lines.join('\n');
}

/* ─────────────────────────────── page layout ─────────────────────────────── */

/** Sizes in millimetres and points that every renderer uses for a page size. */
export interface PageLayout {
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  margin: { top: number; bottom: number; left: number; right: number };
  /** Width of the header's left (issuer) column, as a fraction of the text width. */
  issuerFraction: number;
  pt: {
    issuer: number;
    nationalName: number;
    motto: number;
    number: number;
    placeDate: number;
    title: number;
    body: number;
    table: number;
    recipientsHeading: number;
    recipients: number;
    signature: number;
    pageNumber: number;
  };
  /** First-line indent of body paragraphs, mm. */
  indentMm: number;
  /** Line spacing (multiple of single). */
  lineSpacing: number;
  /** Space after a body paragraph, pt. */
  afterPt: number;
  signatureSpace: number;
}

const A4_FONTS: PageLayout['pt'] = {
  issuer: 13,
  nationalName: 13,
  motto: 14,
  number: 13,
  placeDate: 14,
  title: 14,
  body: 14,
  table: 12,
  recipientsHeading: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 13,
};

/** Decree 30 margins for A4 (top/bottom 20 mm, left 30 mm, right 15 mm); a reduced set for A5. */
export function pageLayout(size: PageSize = 'A4'): PageLayout {
  const common = { indentMm: 12.7, lineSpacing: 1.2, afterPt: 6 };
  switch (size) {
    case 'A4':
      return {
        widthMm: 210,
        heightMm: 297,
        landscape: false,
        margin: { top: 20, bottom: 20, left: 30, right: 15 },
        issuerFraction: 0.4,
        pt: A4_FONTS,
        signatureSpace: 4,
        ...common,
      };
    case 'A4-landscape':
      return {
        widthMm: 297,
        heightMm: 210,
        landscape: true,
        margin: { top: 20, bottom: 20, left: 30, right: 15 },
        issuerFraction: 0.4,
        pt: A4_FONTS,
        signatureSpace: 4,
        ...common,
      };
    case 'A5':
      return {
        widthMm: 148,
        heightMm: 210,
        landscape: false,
        margin: { top: 12, bottom: 12, left: 18, right: 10 },
        issuerFraction: 0.4,
        pt: {
          issuer: 10,
          nationalName: 10,
          motto: 11,
          number: 11,
          placeDate: 11,
          title: 14,
          body: 12,
          table: 11,
          recipientsHeading: 11,
          recipients: 10,
          signature: 11,
          pageNumber: 11,
        },
        signatureSpace: 3,
        indentMm: 10,
        lineSpacing: 1.15,
        afterPt: 3,
      };
  }
}

/**
 * Rough width of a line of Times New Roman / Liberation Serif text in em units, used to size the
 * short rules under the issuer and the motto (Decree 30: under the issuer 1/3–1/2 of its line,
 * under the motto as long as the motto).
 */
export function approxTextWidthEm(text: string, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) {
    if (ch === ' ') em += 0.25;
    else if (/[A-ZĐ]/.test(ch)) em += /[MW]/.test(ch) ? 0.92 : /[IJ]/.test(ch) ? 0.4 : 0.7;
    else if (/[a-zđ]/.test(ch)) em += /[mw]/.test(ch) ? 0.75 : /[iljtf]/.test(ch) ? 0.3 : 0.5;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return em * (bold ? 1.04 : 1);
}

/**
 * The largest size (in half-point steps, from `maxPt` down to `minPt`) at which `text` fits on one
 * line `availMm` wide; `minPt` when nothing fits (the line then wraps).
 */
export function fitPt(text: string, bold: boolean, maxPt: number, availMm: number, minPt = maxPt - 2): number {
  const emMm = approxTextWidthEm(text, bold) * (25.4 / 72) * 1.02;
  for (let pt = maxPt; pt > minPt; pt -= 0.5) if (emMm * pt <= availMm) return pt;
  return minPt;
}
