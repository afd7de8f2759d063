/**
 * OfficialDocument → preview HTML: the same Decree 30 structure as the .docx (model.ts), drawn on
 * a page-sized sheet in millimetres and points so a browser preview looks like the printed page.
 * Every piece of text is escaped; the output carries no script.
 */
import {
  columnFractions,
  DOTS,
  DRAFT_MARK,
  fitPt,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  pageLayout,
  recipientLine,
  resolveRow,
  runsOf,
  type Block,
  type DocumentClosing,
  type Inline,
  type OfficialDocument,
  type PageLayout,
  type SignatureBlock,
  type TableBlock,
} from './model';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escape text (also safe inside double- or single-quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function inline(content: Inline | Inline[]): string {
  return runsOf(content)
    .map((r) => {
      let h = escapeHtml(r.text);
      if (r.underline) h = `<u>${h}</u>`;
      if (r.italic) h = `<i>${h}</i>`;
      if (r.bold) h = `<b>${h}</b>`;
      return h;
    })
    .join('');
}

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

function headerHtml(doc: OfficialDocument, L: PageLayout, textMm: number): string {
  const leftMm = textMm * L.issuerFraction - 1;
  const rightMm = textMm * (1 - L.issuerFraction) - 1;
  const { issuer, body } = doc.header;
  const boldIssuer = !body;
  const issuerLines = issuer.map((t) => {
    const text = t.toUpperCase();
    const size = fitPt(text, boldIssuer, L.pt.issuer, leftMm);
    return `<div class="${boldIssuer ? 'b' : ''}" style="font-size:${size}pt">${escapeHtml(text)}</div>`;
  });
  if (body)
    issuerLines.push(
      `<div class="b" style="font-size:${fitPt(body.toUpperCase(), true, L.pt.issuer, leftMm)}pt">${escapeHtml(body.toUpperCase())}</div>`,
    );
  const nationalPt = fitPt(NATIONAL_NAME, true, L.pt.nationalName, rightMm);
  const mottoPt = fitPt(MOTTO, true, L.pt.motto, rightMm);
  const rows = [
    `<tr><td class="issuer" style="width:${pct(L.issuerFraction)}">${issuerLines.join('')}<div class="rule short"></div></td>` +
      `<td class="motto"><div class="b" style="font-size:${nationalPt}pt">${escapeHtml(NATIONAL_NAME)}</div>` +
      `<div class="b" style="font-size:${mottoPt}pt"><span class="ruled">${escapeHtml(MOTTO)}</span></div></td></tr>`,
  ];
  if (doc.number || doc.placeDate) {
    rows.push(
      `<tr class="numdate"><td style="font-size:${L.pt.number}pt">${doc.number ? escapeHtml(numberLine(doc.number)) : ''}</td>` +
        `<td class="i" style="font-size:${L.pt.placeDate}pt">${doc.placeDate ? escapeHtml(doc.placeDate) : ''}</td></tr>`,
    );
  }
  return `<table class="head">${rows.join('')}</table>`;
}

function titleHtml(doc: OfficialDocument, L: PageLayout): string {
  let h = `<div class="title" style="font-size:${L.pt.title}pt">${escapeHtml(doc.title.toUpperCase())}</div>`;
  if (doc.subtitle)
    h += `<div class="subtitle" style="font-size:${L.pt.title}pt">${escapeHtml(doc.subtitle)}</div><div class="rule third"></div>`;
  for (const n of doc.titleNotes ?? []) h += `<div class="c i">${escapeHtml(n)}</div>`;
  return `<div class="titles">${h}</div>`;
}

function tableHtml(b: TableBlock, L: PageLayout): string {
  const size = b.fontSize ?? L.pt.table;
  const fr = columnFractions(b.columns);
  let h = '';
  if (b.caption) h += `<div class="caption">${escapeHtml(b.caption)}</div>`;
  if (b.unit) h += `<div class="unit" style="font-size:${size}pt">${escapeHtml(b.unit)}</div>`;
  const cols = fr.map((f) => `<col style="width:${pct(f)}">`).join('');
  const head = b.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const row = (cells: ReturnType<typeof resolveRow>) =>
    `<tr>${cells
      .map((c) => {
        const cls = [c.align === 'left' ? '' : c.align, c.bold ? 'b' : '', c.italic ? 'i' : '']
          .filter(Boolean)
          .join(' ');
        return `<td${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${cls ? ` class="${cls}"` : ''}>${escapeHtml(c.text)}</td>`;
      })
      .join('')}</tr>`;
  const body =
    b.rows.map((r) => row(resolveRow(b.columns, r))).join('') +
    (b.total ? row(resolveRow(b.columns, b.total, true)) : '');
  h += `<table class="grid" style="font-size:${size}pt"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  return h;
}

function blockHtml(b: Block, L: PageLayout): string {
  switch (b.kind) {
    case 'paragraph': {
      const align = b.align ?? 'justify';
      const indented = b.indent ?? (align === 'justify' || align === 'left');
      const cls = ['p', indented ? 'ind' : '', b.bold ? 'b' : '', b.italic ? 'i' : ''].filter(Boolean).join(' ');
      return `<p class="${cls}" style="text-align:${align}">${inline(b.content)}</p>`;
    }
    case 'heading': {
      const level = b.level ?? 1;
      return `<h${level + 1} class="p ind b${level === 3 ? ' i' : ''}">${escapeHtml(b.text)}</h${level + 1}>`;
    }
    case 'list':
      return b.items.map((it) => `<p class="p ind">${escapeHtml(b.marker ?? '-')} ${inline(it)}</p>`).join('');
    case 'keyValue':
      return b.items
        .map(
          (it) =>
            `<p class="kv">${escapeHtml(it.label)}: ${it.value ? (it.valueBold ? `<b>${escapeHtml(it.value)}</b>` : escapeHtml(it.value)) : `<span class="dots">${DOTS}${DOTS}</span>`}</p>`,
        )
        .join('');
    case 'spacer':
      return `<div style="height:${Math.round((b.lines ?? 1) * L.pt.body * 1.2)}pt"></div>`;
    case 'table':
      return tableHtml(b, L);
  }
}

function signatureHtml(s: SignatureBlock, L: PageLayout, space: number, dateLine?: string): string {
  let h = '';
  if (dateLine) h += `<div class="i" style="font-size:${L.pt.placeDate}pt">${escapeHtml(dateLine)}</div>`;
  if (s.authority) h += `<div class="b">${escapeHtml(s.authority.toUpperCase())}</div>`;
  h += `<div class="b">${escapeHtml(s.position)}</div>`;
  if (s.note) h += `<div class="i" style="font-size:${L.pt.signature - 1}pt">${escapeHtml(s.note)}</div>`;
  h += `<div style="height:${Math.round(space * L.pt.signature * 1.15)}pt"></div>`;
  h += `<div class="b">${escapeHtml(s.name ?? '')}</div>`;
  return `<div class="signature" style="font-size:${L.pt.signature}pt">${h}</div>`;
}

function recipientsHtml(c: DocumentClosing, L: PageLayout): string {
  if (!c.recipients) return '';
  const lines = c.recipients.lines.map((l) => `<div>${escapeHtml(recipientLine(l))}</div>`).join('');
  return (
    `<div class="recipients" style="font-size:${L.pt.recipients}pt">` +
    `<div class="b i" style="font-size:${L.pt.recipientsHeading}pt">${escapeHtml(c.recipients.heading ?? 'Nơi nhận:')}</div>${lines}</div>`
  );
}

function closingHtml(c: DocumentClosing, L: PageLayout): string {
  const space = c.signatureSpace ?? L.signatureSpace;
  if (c.signatures.length <= 1) {
    const sig = c.signatures[0];
    const right = sig
      ? signatureHtml(sig, L, space, c.dateLine)
      : c.dateLine
        ? `<div class="c i">${escapeHtml(c.dateLine)}</div>`
        : '';
    const pad =
      c.dateLine && c.recipients ? `<div style="height:${Math.round(L.pt.placeDate * 1.2 + 3)}pt"></div>` : '';
    return `<table class="closing"><tr><td style="width:${pct(L.issuerFraction)}">${pad}${recipientsHtml(c, L)}</td><td class="c">${right}</td></tr></table>`;
  }
  const date = c.dateLine
    ? `<div class="closing-date i" style="font-size:${L.pt.placeDate}pt">${escapeHtml(c.dateLine)}</div>`
    : '';
  const cells = c.signatures.map((s) => `<td class="c">${signatureHtml(s, L, space)}</td>`).join('');
  return `${date}<table class="closing"><tr>${cells}</tr></table>${recipientsHtml(c, L)}`;
}

function css(L: PageLayout): string {
  const m = L.margin;
  return `
.doc-sheet{box-sizing:border-box;width:${L.widthMm}mm;min-height:${L.heightMm}mm;margin:0 auto;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  background:#fff;color:#000;font-family:'Times New Roman','Liberation Serif','Tinos',serif;font-size:${L.pt.body}pt;line-height:1.2}
.doc-sheet .b{font-weight:bold}.doc-sheet .i{font-style:italic}.doc-sheet .c{text-align:center}
.doc-sheet table.head,.doc-sheet table.closing{width:100%;border-collapse:collapse;table-layout:fixed}
.doc-sheet table.head td{vertical-align:top;text-align:center;padding:0 0.5mm;line-height:1.15}
.doc-sheet table.head tr.numdate td{padding-top:6pt}
.doc-sheet .rule{border-top:0.75pt solid #000;margin:4pt auto 0}
.doc-sheet .rule.short{width:35%}.doc-sheet .rule.third{width:${Math.round(100 / 3)}%;max-width:40mm}
.doc-sheet .ruled{display:inline-block;border-bottom:0.75pt solid #000;padding-bottom:3pt}
.doc-sheet .titles{text-align:center;margin:18pt 0 ${L.afterPt + 6}pt}
.doc-sheet .title,.doc-sheet .subtitle{font-weight:bold}
.doc-sheet .p{margin:0 0 ${L.afterPt}pt;line-height:${L.lineSpacing};font-size:${L.pt.body}pt;text-align:justify}
.doc-sheet .ind{text-indent:${L.indentMm}mm}
.doc-sheet h2,.doc-sheet h3,.doc-sheet h4{font-size:${L.pt.body}pt;margin:0 0 ${L.afterPt}pt}.doc-sheet h2{margin-top:6pt}
.doc-sheet .kv{margin:0 0 ${Math.min(L.afterPt, 3)}pt;line-height:${L.lineSpacing};white-space:nowrap;overflow:hidden}
.doc-sheet .dots{letter-spacing:0}
.doc-sheet .caption{font-weight:bold;text-align:center;margin:3pt 0}
.doc-sheet .unit{font-style:italic;text-align:right;margin-bottom:2pt}
.doc-sheet table.grid{width:100%;border-collapse:collapse;table-layout:fixed;margin-bottom:${L.afterPt}pt}
.doc-sheet table.grid th,.doc-sheet table.grid td{border:0.5pt solid #000;padding:1.5pt 1.5mm;vertical-align:middle;line-height:1.15}
.doc-sheet table.grid th{text-align:center}
.doc-sheet table.grid td.center{text-align:center}.doc-sheet table.grid td.right{text-align:right}
.doc-sheet table.closing{margin-top:${L.pt.body}pt;page-break-inside:avoid}
.doc-sheet table.closing td{vertical-align:top;padding:0 0.5mm}
.doc-sheet .signature{text-align:center;line-height:1.15}
.doc-sheet .draft-mark{margin:0 0 3pt auto;width:max-content;border:0.75pt solid #000;padding:1pt 4mm;font-weight:bold;font-size:${L.pt.title}pt}
.doc-sheet .recipients{text-align:left;line-height:1.15}
.doc-sheet .closing-date{text-align:center;margin:${L.pt.body}pt 0 3pt auto;width:60%}
@media print{.doc-sheet{margin:0;width:auto;min-height:0;padding:0}@page{size:${L.widthMm}mm ${L.heightMm}mm;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}}
@media screen{body.doc-preview{background:#e8e8e8;padding:16px 0}.doc-sheet{box-shadow:0 1px 6px rgba(0,0,0,.25)}}
`;
}

/** The document as an HTML fragment: a `<style>` and one `.doc-sheet` element. */
export function renderHtmlFragment(doc: OfficialDocument): string {
  const L = pageLayout(doc.page);
  const textMm = L.widthMm - L.margin.left - L.margin.right;
  const parts = [headerHtml(doc, L, textMm), titleHtml(doc, L), ...doc.body.map((b) => blockHtml(b, L))];
  if (doc.draft) parts.unshift(`<div class="draft-mark">${escapeHtml(DRAFT_MARK)}</div>`);
  if (doc.closing) parts.push(closingHtml(doc.closing, L));
  return `<style>${css(L)}</style><div class="doc-sheet" lang="vi">${parts.join('\n')}</div>`;
}

/** A complete preview page (`<!doctype html>` … ) for a browser tab or an iframe `srcdoc`. */
export function renderHtml(doc: OfficialDocument): string {
  const title = doc.subtitle ? `${doc.title} – ${doc.subtitle}` : doc.title;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body class="doc-preview">${renderHtmlFragment(doc)}</body></html>`;
}
