/**
 * A minimal ZIP reader (stored and deflated entries, no ZIP64, no encryption): enough to open a
 * .docx or .xlsx and look at `word/document.xml` in tests, without soffice.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** True when the bytes start like a ZIP file ("PK\x03\x04"). */
export function isZip(buf: Buffer): boolean {
  return buf.length >= 22 && buf.readUInt32LE(0) === LOCAL;
}

/** The central directory's entries. Throws on anything that is not a readable ZIP. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new Error('corrupt zip central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes of one entry, or null when the archive has no such name. */
export function readZipEntry(buf: Buffer, name: string): Buffer | null {
  const e = zipEntries(buf).find((x) => x.name === name);
  if (!e) return null;
  const p = e.localOffset;
  if (buf.readUInt32LE(p) !== LOCAL) throw new Error(`corrupt zip local header for ${name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`unsupported zip method ${e.method} for ${name}`);
}

/** The text of `word/document.xml` in a .docx. */
export function docxDocumentXml(docx: Buffer): string {
  const xml = readZipEntry(docx, 'word/document.xml');
  if (!xml) throw new Error('not a .docx: word/document.xml is missing');
  return xml.toString('utf8');
}

/** The visible text runs (`<w:t>`) of a .docx body, joined per paragraph, XML entities decoded. */
export function docxParagraphTexts(docx: Buffer): string[] {
  return paragraphTexts(docxDocumentXml(docx));
}

/** The visible text of each paragraph of a WordprocessingML part. */
function paragraphTexts(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join('');
    if (text) out.push(text);
  }
  return out;
}

/**
 * The paragraphs of the page headers a .docx's body uses, by kind: `first` (the first page's own, when the section
 * has one) and `default` (the other pages'). Followed through the body's relationships, as Word does.
 */
export function docxHeaderTexts(docx: Buffer): Record<'first' | 'default', string[]> {
  const rels = readZipEntry(docx, 'word/_rels/document.xml.rels')?.toString('utf8') ?? '';
  const target = (id: string) => rels.match(new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
  const out: Record<'first' | 'default', string[]> = { first: [], default: [] };
  for (const m of docxDocumentXml(docx).matchAll(/<w:headerReference w:type="(first|default)" r:id="([^"]+)"/g)) {
    const file = target(m[2] ?? '');
    const xml = file ? readZipEntry(docx, `word/${file.replace(/^\/?word\//, '')}`) : null;
    if (xml) out[m[1] as 'first' | 'default'] = paragraphTexts(xml.toString('utf8'));
  }
  return out;
}
