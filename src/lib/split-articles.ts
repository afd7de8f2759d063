/**
 * Splits a pasted (or .docx) draft into its articles: a line "Điều 5. Chính sách …" starts article
 * "Điều 5" with that heading; the lines below it, up to the next "Điều N.", are its text. Pure (no
 * Node or DOM), so the staff app imports it for the live preview and the server for the real thing.
 */

export type SplitArticle = { ref: string; heading: string | null; text: string };

export type SplitResult = {
  articles: SplitArticle[];
  /** Lines before the first article (căn cứ ban hành, title): shown, not stored. */
  preamble: string[];
  /** "Chương I …", "Mục 2 …" lines: structure between articles, never part of an article's text. */
  outline: string[];
};

// "Điều 5." / "ĐIỀU 5:" / "Điều  10 .Heading" / "Điều 5a." — the dot (or colon) is required, so a body
// line that merely starts with "Điều 5 của Luật …" stays body text.
const ARTICLE = /^điều\s*(\d{1,4})\s*([a-zđ]?)\s*[.:]\s*(.*)$/iu;
const DIVISION = /^(chương|mục|phần)\s+([ivxlcdm]+|\d+)\b/iu;

/** "điều 5" / "5" / "Điều 5." / "ĐIỀU 05" → "Điều 5"; null when it is not an article reference. */
export function normalizeRef(input: string): string | null {
  const m = /^(?:điều\s*)?0*(\d{1,4})\s*([a-zđ]?)\s*\.?$/iu.exec(clean(input));
  if (!m) return null;
  return `Điều ${Number(m[1])}${(m[2] ?? '').toLowerCase()}`;
}

/** NFC, no-break spaces and tabs as spaces, runs of spaces collapsed, trimmed. */
function clean(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A chapter's title line under "Chương I" is written in capitals ("QUY ĐỊNH CHUNG"). */
const isCapsTitle = (line: string) =>
  /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi') && !ARTICLE.test(line);

export function splitArticles(input: string): SplitResult {
  const lines = input.replace(/\r\n?/g, '\n').split('\n').map(clean);
  const articles: { ref: string; heading: string | null; body: string[] }[] = [];
  const preamble: string[] = [];
  const outline: string[] = [];
  let afterDivision = false;
  for (const line of lines) {
    if (!line) continue;
    const a = ARTICLE.exec(line);
    if (a) {
      const heading = (a[3] ?? '').trim();
      articles.push({ ref: `Điều ${Number(a[1])}${(a[2] ?? '').toLowerCase()}`, heading: heading || null, body: [] });
      afterDivision = false;
      continue;
    }
    if (DIVISION.test(line)) {
      outline.push(line);
      afterDivision = true;
      continue;
    }
    if (afterDivision && isCapsTitle(line)) {
      outline[outline.length - 1] += ` ${line}`;
      continue;
    }
    afterDivision = false;
    const current = articles[articles.length - 1];
    if (current) current.body.push(line);
    else preamble.push(line);
  }
  return {
    articles: articles.map((a) => ({ ref: a.ref, heading: a.heading, text: a.body.join('\n') })),
    preamble,
    outline,
  };
}

/** The first article reference used twice, or null. */
export function duplicateRef(articles: { ref: string }[]): { ref: string; index: number } | null {
  const seen = new Set<string>();
  for (const [index, a] of articles.entries()) {
    if (seen.has(a.ref)) return { ref: a.ref, index };
    seen.add(a.ref);
  }
  return null;
}

/** "Điều 5. Phạm vi điều chỉnh" — how an article is named in lists and the synthesis. */
export function articleTitle(a: { ref: string; heading: string | null }): string {
  return a.heading ? `${a.ref}. ${a.heading}` : a.ref;
}
