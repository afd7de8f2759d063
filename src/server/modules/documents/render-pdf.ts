/**
 * .docx → PDF through LibreOffice headless, and small poppler helpers (PDF → PNG pages, text, page
 * count) for tests and for looking at a rendered document.
 *
 * Each conversion runs with its own LibreOffice profile directory: two conversions sharing one
 * profile fail silently (ARCHITECTURE.md "Tests"), so concurrent requests must never share it.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_TYPES } from '../../http/files';

export const PDF_MIME = CONTENT_TYPES.pdf;
export const CONVERT_TIMEOUT_MS = 60_000;

/** Raised when a program is missing, times out or produces no output. */
export class DocumentRenderError extends Error {
  constructor(
    message: string,
    readonly code: 'SOFFICE_MISSING' | 'PROGRAM_MISSING' | 'TIMEOUT' | 'CONVERSION_FAILED' | 'QUEUE_FULL',
    /** With QUEUE_FULL: seconds after which a retry is likely to find room. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'DocumentRenderError';
  }
}

/** The first executable called `name` on PATH (or the absolute path itself), else null. */
export function findProgram(name: string): string | null {
  const candidates = name.includes('/')
    ? [name]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      /* next */
    }
  }
  return null;
}

/** The LibreOffice binary: $SOFFICE_PATH, else `soffice` or `libreoffice` on PATH, else /usr/bin/soffice. */
export function sofficePath(): string | null {
  const env = process.env.SOFFICE_PATH;
  if (env) return findProgram(env);
  return (
    findProgram('soffice') ??
    findProgram('libreoffice') ??
    (existsSync('/usr/bin/soffice') ? findProgram('/usr/bin/soffice') : null)
  );
}

/** True when PDF output is possible on this machine (LibreOffice is installed). */
export function pdfAvailable(): boolean {
  return sofficePath() !== null;
}

/** True when poppler's pdftoppm/pdftotext/pdfinfo are installed. */
export function popplerAvailable(): boolean {
  return findProgram('pdftoppm') !== null && findProgram('pdftotext') !== null && findProgram('pdfinfo') !== null;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a program in its own process group; on timeout the whole group is killed (soffice forks
 * soffice.bin, which a plain kill of the child would leave behind).
 */
function runProgram(file: string, args: string[], opts: { timeoutMs: number; cwd?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: process.env.HOME ?? tmpdir(), SAL_USE_VCLPLUGIN: 'svp' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new DocumentRenderError(`Không chạy được ${file}: ${err.message}`, 'PROGRAM_MISSING'));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut)
        reject(new DocumentRenderError(`${file} quá thời gian ${Math.round(opts.timeoutMs / 1000)} giây`, 'TIMEOUT'));
      else resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Who is waiting for a PDF: a staff member at work (receipts, reports, minutes) or an anonymous
 * visitor of the portal. Staff conversions go first; anonymous ones wait in a bounded queue, so
 * a crowd of visitors can neither stall a receipt nor pile up without end (issue 12 item 1).
 */
export type PdfPriority = 'staff' | 'public';

/** Anonymous conversions waiting or running beyond which another is refused (503, try later). */
export const PUBLIC_QUEUE_MAX = 4;
/** What one conversion takes, roughly, for telling a refused visitor when to come back. */
const SECONDS_PER_CONVERSION = 3;

type Converter = (docx: Buffer, opts: { timeoutMs?: number; inputName?: string }) => Promise<Buffer>;
type Job = { priority: PdfPriority; start: () => void };

const waiting: Job[] = [];
let running = false;
let queued = 0;
let publicQueued = 0;
let publicMax = PUBLIC_QUEUE_MAX;
let converter: Converter = convert;

/** Start the next job when none runs: the first staff job, else the first anonymous one. */
function pump() {
  if (running) return;
  const staff = waiting.findIndex((j) => j.priority === 'staff');
  const [job] = waiting.splice(staff >= 0 ? staff : 0, 1);
  if (!job) return;
  running = true;
  job.start();
}

/**
 * Convert a .docx (or any LibreOffice-readable document) to PDF, queued behind any conversion already
 * running (staff documents ahead of anonymous ones). Each conversion gets a fresh temporary directory
 * holding the input, the output and its own LibreOffice profile, removed afterwards. An anonymous
 * conversion over the queue's bound is refused at once with DocumentRenderError QUEUE_FULL.
 */
export function docxToPdf(
  docx: Buffer,
  opts: { timeoutMs?: number; inputName?: string; priority?: PdfPriority } = {},
): Promise<Buffer> {
  // One LibreOffice at a time: each conversion takes a core and ~200 MB; parallel ones only thrash.
  const priority = opts.priority ?? 'staff';
  if (priority === 'public' && publicQueued >= publicMax) {
    const wait = Math.max(1, queued * SECONDS_PER_CONVERSION);
    return Promise.reject(
      new DocumentRenderError('Máy chủ đang bận tạo tệp PDF; vui lòng thử lại sau ít phút.', 'QUEUE_FULL', wait),
    );
  }
  queued += 1;
  if (priority === 'public') publicQueued += 1;
  const run = converter;
  return new Promise<Buffer>((resolve, reject) => {
    waiting.push({
      priority,
      start: () => {
        Promise.resolve()
          .then(() => run(docx, opts))
          .then(resolve, reject)
          .finally(() => {
            queued -= 1;
            if (priority === 'public') publicQueued -= 1;
            running = false;
            pump();
          });
      },
    });
    pump();
  });
}

/** Conversions waiting or running (shown to someone waiting for a PDF). */
export function pdfQueueLength(): number {
  return queued;
}

/**
 * For tests: convert with `fn` instead of LibreOffice and bound anonymous conversions at `maxPublic`;
 * returns the function that puts LibreOffice and the default bound back.
 */
export function replacePdfConverter(fn: Converter, maxPublic = PUBLIC_QUEUE_MAX): () => void {
  converter = fn;
  publicMax = maxPublic;
  return () => {
    converter = convert;
    publicMax = PUBLIC_QUEUE_MAX;
  };
}

async function convert(docx: Buffer, opts: { timeoutMs?: number; inputName?: string }): Promise<Buffer> {
  const soffice = sofficePath();
  if (!soffice) {
    throw new DocumentRenderError(
      'Không tìm thấy LibreOffice (soffice) để xuất PDF; hãy cài gói libreoffice-writer hoặc đặt SOFFICE_PATH. Tệp .docx vẫn tải được.',
      'SOFFICE_MISSING',
    );
  }
  const work = await mkdtemp(join(tmpdir(), 'mattran-pdf-'));
  try {
    const profile = join(work, 'profile');
    const out = join(work, 'out');
    await mkdir(out);
    const inputName = opts.inputName ?? 'document.docx';
    const input = join(work, inputName);
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--nofirststartwizard',
      '--nolockcheck',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      input,
    ];
    const res = await runProgram(soffice, args, { timeoutMs: opts.timeoutMs ?? CONVERT_TIMEOUT_MS, cwd: work });
    const produced = (await readdir(out)).find((f) => f.toLowerCase().endsWith('.pdf'));
    if (!produced) {
      const detail = `${res.stderr}\n${res.stdout}`.trim().slice(0, 2000);
      throw new DocumentRenderError(
        `LibreOffice không tạo được PDF (mã thoát ${res.code}): ${detail || 'không có thông báo'}`,
        'CONVERSION_FAILED',
      );
    }
    const pdf = await readFile(join(out, produced));
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new DocumentRenderError('LibreOffice trả về tệp không phải PDF', 'CONVERSION_FAILED');
    }
    return pdf;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function withPdfFile<T>(pdf: Buffer, fn: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'mattran-poppler-'));
  try {
    const path = join(dir, 'document.pdf');
    await writeFile(path, pdf);
    return await fn(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function requireProgram(name: string): string {
  const p = findProgram(name);
  if (!p) throw new DocumentRenderError(`Không tìm thấy ${name} (gói poppler-utils)`, 'PROGRAM_MISSING');
  return p;
}

/**
 * Render each page of a PDF to `dir/page-N.png` at 80 dpi (pdftoppm) and return the paths in page
 * order. For tests and for looking at a document.
 */
export async function pdfToPngPages(
  pdf: Buffer,
  dir: string,
  opts: { dpi?: number; prefix?: string } = {},
): Promise<string[]> {
  const pdftoppm = requireProgram('pdftoppm');
  await mkdir(dir, { recursive: true });
  const prefix = opts.prefix ?? 'page';
  const input = join(dir, `${prefix}.pdf`);
  await writeFile(input, pdf);
  const res = await runProgram(pdftoppm, ['-r', String(opts.dpi ?? 80), '-png', input, join(dir, prefix)], {
    timeoutMs: CONVERT_TIMEOUT_MS,
  });
  if (res.code !== 0) throw new DocumentRenderError(`pdftoppm lỗi: ${res.stderr.trim()}`, 'CONVERSION_FAILED');
  const pages = (await readdir(dir))
    .map((f) => ({ f, m: new RegExp(`^${prefix}-(\\d+)\\.png$`).exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => Number(a.m[1]) - Number(b.m[1]))
    .map((x) => join(dir, x.f));
  return pages;
}

/** The text of a PDF, layout preserved (pdftotext -layout). */
export async function pdfToText(pdf: Buffer): Promise<string> {
  const pdftotext = requireProgram('pdftotext');
  return withPdfFile(pdf, async (path) => {
    const res = await runProgram(pdftotext, ['-layout', '-enc', 'UTF-8', path, '-'], { timeoutMs: CONVERT_TIMEOUT_MS });
    if (res.code !== 0) throw new DocumentRenderError(`pdftotext lỗi: ${res.stderr.trim()}`, 'CONVERSION_FAILED');
    return res.stdout.normalize('NFC');
  });
}

/** Page count and first page size in points, from pdfinfo. */
export async function pdfInfo(pdf: Buffer): Promise<{ pages: number; widthPt: number; heightPt: number }> {
  const pdfinfo = requireProgram('pdfinfo');
  return withPdfFile(pdf, async (path) => {
    const res = await runProgram(pdfinfo, [path], { timeoutMs: CONVERT_TIMEOUT_MS });
    if (res.code !== 0) throw new DocumentRenderError(`pdfinfo lỗi: ${res.stderr.trim()}`, 'CONVERSION_FAILED');
    const pages = Number(/^Pages:\s+(\d+)/m.exec(res.stdout)?.[1] ?? NaN);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(res.stdout);
    return { pages, widthPt: Number(size?.[1] ?? NaN), heightPt: Number(size?.[2] ?? NaN) };
  });
}
