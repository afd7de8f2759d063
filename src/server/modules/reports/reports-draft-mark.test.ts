import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { docxHeaderTexts, docxParagraphTexts } from '../documents/zip-read';

/**
 * Issue 13.9: a report printed before it is issued carries "DỰ THẢO" at the top of its first page, as Vietnamese
 * offices mark a draft; the issued one, numbered, carries none. Checked in the .docx Word opens (the PDF is made
 * from it by LibreOffice).
 */
let h: Harness;
let w: World;
let token = '';
let id = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  const res = await h.request('POST', '/api/v1/reports', {
    token,
    body: { unitId: w.C1.id, type: 'half_year', from: '2023-01-01', to: '2023-06-30' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  id = (res.body as { id: string }).id;
});
afterAll(async () => h?.close());

const docx = async () => {
  const res = await h.app.request(`/api/v1/reports/${id}/document.docx`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

describe('the printed report', () => {
  it('not yet issued: "DỰ THẢO" in the first page’s own header only, the number left blank', async () => {
    const file = await docx();
    const headers = docxHeaderTexts(file);
    expect(headers.first).toEqual(['DỰ THẢO']);
    expect(headers.default).not.toContain('DỰ THẢO');
    expect(docxParagraphTexts(file)).toContain('Số:      /BC-MTTQ-BTT');
  });

  it('issued: numbered, and no mark', async () => {
    const issued = await h.request('POST', `/api/v1/reports/${id}/issue`, { token, body: { date: '2023-07-06' } });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const file = await docx();
    expect(docxHeaderTexts(file).first).toEqual([]);
    expect(docxParagraphTexts(file).some((p) => /^Số: \d+\/BC-MTTQ-BTT$/.test(p))).toBe(true);
    expect(docxParagraphTexts(file).join('\n')).not.toContain('DỰ THẢO');
  });
});
