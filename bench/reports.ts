import { openPostgres } from '../src/server/db/client';
import { loadDemo, DEMO_PASSWORD } from '../src/server/demo/load-demo';
import { pdfAvailable } from '../src/server/modules/documents/render-pdf';
import { makeApi } from './api';
import type { BenchPostgres } from './postgres';
import { log, median, ms, timeCalls } from './util';

const MODEL_CALLS = 20;
const MODEL_WARMUP = 3;
const PDF_CALLS = 3;
const LIMITS = { modelDocxMs: 1000, pdfMs: 5000 };

/**
 * Issue 7: "Report model + .docx for a commune-half-year ≤ 1 s p50 on PostgreSQL; .pdf ≤ 5 s".
 * The demo commune (xã Hồng Sơn, 2023 H1) on PostgreSQL; a fresh draft of its half-year report, so
 * each call gathers the figures from the records (the demo's own report is issued: a snapshot read).
 * One call = GET the model + GET the .docx, as the staff page's "download" does.
 */
export async function reportsBench(target: BenchPostgres): Promise<{ line: string; ok: boolean }[]> {
  const url = await target.createDatabase(`mattran_bench_reports_${process.pid}`);
  const database = openPostgres(url);
  try {
    await database.migrate();
    await loadDemo(database.db);
    const api = makeApi(database);
    const token = await api.login('btt', DEMO_PASSWORD);
    const units = await api.get<{ items: { id: string; level: string }[] }>('/api/v1/units', token);
    const commune = units.items.find((u) => u.level === 'commune');
    if (!commune) throw new Error('demo commune missing');
    const created = await api.post<{ id: string }>(
      '/api/v1/reports',
      { unitId: commune.id, type: 'half_year', from: '2023-01-01', to: '2023-06-30' },
      token,
    );
    if (created.status !== 201) throw new Error(`POST /reports → ${created.status}`);
    const id = created.body.id;
    const headers = { authorization: `Bearer ${token}` };
    const file = async (ext: 'docx' | 'pdf') => {
      const res = await api.app.request(`/api/v1/reports/${id}/document.${ext}`, { headers });
      if (res.status !== 200)
        throw new Error(`GET document.${ext} → ${res.status}: ${(await res.text()).slice(0, 200)}`);
      return (await res.arrayBuffer()).byteLength;
    };
    log(`reports: model + .docx of a commune half-year draft on postgres, ${MODEL_CALLS} calls…`);
    const times = await timeCalls(MODEL_CALLS, MODEL_WARMUP, async () => {
      await api.get(`/api/v1/reports/${id}`, token);
      await file('docx');
    });
    const p50 = median(times);
    const out = [
      {
        ok: p50 <= LIMITS.modelDocxMs,
        line: `bench report model + docx p50 (postgres, commune half-year draft): ${ms(p50)} ms (limit ${LIMITS.modelDocxMs}) ${p50 <= LIMITS.modelDocxMs ? 'ok' : 'FAIL'}`,
      },
    ];
    if (!pdfAvailable()) {
      out.push({ ok: false, line: `bench report pdf p50 (postgres): FAIL (soffice is not installed)` });
      return out;
    }
    log(`reports: .pdf through LibreOffice, ${PDF_CALLS} calls…`);
    const pdf = median(await timeCalls(PDF_CALLS, 1, () => file('pdf')));
    out.push({
      ok: pdf <= LIMITS.pdfMs,
      line: `bench report pdf p50 (postgres, ${PDF_CALLS} runs): ${ms(pdf)} ms (limit ${LIMITS.pdfMs}) ${pdf <= LIMITS.pdfMs ? 'ok' : 'FAIL'}`,
    });
    return out;
  } finally {
    await database.close();
  }
}
