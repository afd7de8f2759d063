import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { contentDisposition, fileResponse, fileSlug } from './files';

describe('file responses', () => {
  it('names the file in ASCII for old clients and in UTF-8 (RFC 5987) for the rest', () => {
    expect(contentDisposition('báo-cáo.docx')).toBe(
      `attachment; filename="bao-cao.docx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.docx`,
    );
    expect(contentDisposition('Đơn "x"\r\n(1).pdf', 'inline')).toBe(
      `inline; filename="Don _x___(1).pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%22x%22%0D%0A%281%29.pdf`,
    );
  });

  it('a file name part from Vietnamese text', () => {
    expect(fileSlug('Kế hoạch giám sát — Quý 1/2026')).toBe('ke-hoach-giam-sat-quy-1-2026');
    expect(fileSlug('!!!', 'du-thao')).toBe('du-thao');
    expect(fileSlug('a'.repeat(80))).toHaveLength(60);
  });

  it('types by extension; PDFs open in the browser, the rest download', async () => {
    const app = new Hono();
    const bytes = new Uint8Array([1, 2, 3]);
    app.get('/:name', (c) => fileResponse(c, bytes, c.req.param('name'), { headers: { 'Cache-Control': 'no-store' } }));
    const pdf = await app.request('/a.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename="a\.pdf"/);
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const xlsx = await app.request('/a.xlsx');
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(new Uint8Array(await xlsx.arrayBuffer())).toEqual(bytes);
    expect((await app.request('/a.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await app.request('/a.docx')).headers.get('content-type')).toMatch(/wordprocessingml/);
  });
});
