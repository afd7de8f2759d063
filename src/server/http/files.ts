import type { Context } from 'hono';
import { foldVietnamese } from '../../lib/vi-text';

/** What the app sends as files, by extension. */
export const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
export type FileKind = keyof typeof CONTENT_TYPES;

export const XLSX_MIME = CONTENT_TYPES.xlsx;

/** "Kế hoạch giám sát Quý 1" → "ke-hoach-giam-sat-quy-1": a file name part any system accepts. */
export function fileSlug(text: string, fallback = '', max = 60): string {
  return (
    foldVietnamese(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, max) || fallback
  );
}

/**
 * Content-Disposition naming the file twice: `filename` in plain ASCII (diacritics dropped, quotes and
 * control characters replaced) for old clients, and `filename*` (RFC 5987, UTF-8) with the real name.
 */
export function contentDisposition(fileName: string, disposition: 'inline' | 'attachment' = 'attachment'): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const kindOf = (fileName: string): FileKind | null => {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext && ext in CONTENT_TYPES ? (ext as FileKind) : null;
};

export type FileOptions = {
  /** Defaults to the extension's type (docx, pdf, xlsx, csv). */
  type?: string;
  /** Shown in the browser rather than saved; PDFs are by default, everything else is downloaded. */
  inline?: boolean;
  /** Further headers (e.g. Cache-Control). */
  headers?: Record<string, string>;
};

/** A file answer: its type, its name (see contentDisposition) and the bytes. */
export function fileResponse(c: Context, body: Uint8Array<ArrayBuffer>, fileName: string, opts: FileOptions = {}) {
  const kind = kindOf(fileName);
  const type = opts.type ?? (kind ? CONTENT_TYPES[kind] : 'application/octet-stream');
  const inline = opts.inline ?? kind === 'pdf';
  return c.body(body, 200, {
    'Content-Type': type,
    'Content-Disposition': contentDisposition(fileName, inline ? 'inline' : 'attachment'),
    ...opts.headers,
  });
}
