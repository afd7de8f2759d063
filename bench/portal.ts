import { sql } from 'drizzle-orm';
import { systemMeta } from '../src/server/core/actor';
import { openPostgres } from '../src/server/db/client';
import { posts } from '../src/server/modules/posts/schema';
import { searchTextOf } from '../src/server/modules/posts/sanitize';
import { createUnit } from '../src/server/modules/units/commands/create-unit';
import { makeApi } from './api';
import type { BenchPostgres } from './postgres';
import { log } from './util';

const PUBLISHED = 1_000;
const DRAFTS = 300;
const CALLS = 200;
const WARMUP = 20;
const LIMIT_MS = 50;

const BODY = `<p>Chiều ngày 06/07/2023, UBMTTQ xã tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm.</p>${'<p>Vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền 72.925.000 đồng, đạt 161% KH huyện giao; hiến tặng 54/44 đơn vị máu, đạt 123% chỉ tiêu.</p>'.repeat(12)}`;
const KINDS = [
  'news',
  'news',
  'news',
  'news',
  'news',
  'news',
  'news',
  'announcement',
  'announcement',
  'video',
] as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
};

/** Issue 7: "the portal home page with 1,000 posts: ≤ 50 ms p50 on PostgreSQL" — GET / through the app, 1,000 published posts and drafts beside them. */
export async function portalBench(target: BenchPostgres): Promise<{ line: string; ok: boolean }[]> {
  const url = await target.createDatabase(`mattran_bench_portal_${process.pid}`);
  const database = openPostgres(url);
  try {
    await database.migrate();
    const db = database.db;
    const province = await createUnit(db, systemMeta, null, { level: 'province', name: 'Phú Thọ', kind: 'tỉnh' });
    const commune = await createUnit(db, systemMeta, province, { level: 'commune', name: 'Hồng Sơn', kind: 'xã' });
    await createUnit(db, systemMeta, province, { level: 'commune', name: 'Văn Lang', kind: 'xã' });
    log(`portal: writing ${PUBLISHED.toLocaleString('en-US')} published posts and ${DRAFTS} drafts…`);
    const start = Date.parse('2023-01-01T02:00:00Z');
    const rows = Array.from({ length: PUBLISHED + DRAFTS }, (_, i) => {
      const published = i < PUBLISHED;
      const title = `Tin hoạt động Mặt trận số ${i + 1}: hội nghị, vận động và an sinh xã hội ở khu dân cư`;
      const summary = i % 3 === 0 ? null : `Tóm tắt bài số ${i + 1} về công tác Mặt trận ở xã Hồng Sơn.`;
      return {
        communeId: commune.id,
        unitPath: commune.path,
        kind: KINDS[i % KINDS.length] ?? 'news',
        title,
        slug: `tin-hoat-dong-so-${i + 1}`,
        summary,
        body: BODY,
        searchText: searchTextOf(title, summary, BODY),
        status: published ? ('published' as const) : i % 2 ? ('draft' as const) : ('pending' as const),
        authorName: 'Ban Thường trực',
        videoUrl: KINDS[i % KINDS.length] === 'video' ? 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' : null,
        publishedAt: published ? new Date(start + i * 3_600_000) : null,
      };
    });
    for (let i = 0; i < rows.length; i += 200) await db.insert(posts).values(rows.slice(i, i + 200));
    await db.execute(sql`analyze posts`);

    const api = makeApi(database);
    const get = async () => {
      const t0 = performance.now();
      const res = await api.app.request('/');
      const html = await res.text();
      const took = performance.now() - t0;
      if (res.status !== 200 || !html.includes('Tin hoạt động Mặt trận số 1000'))
        throw new Error(`GET / → ${res.status}, newest post missing`);
      return { took, bytes: Buffer.byteLength(html) };
    };
    for (let i = 0; i < WARMUP; i++) await get();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < CALLS; i++) {
      const r = await get();
      times.push(r.took);
      bytes = r.bytes;
    }
    const p50 = median(times);
    const ok = p50 <= LIMIT_MS;
    const detail = `${PUBLISHED.toLocaleString('en-US')} published + ${DRAFTS} drafts, ${CALLS} calls, page ${(bytes / 1024).toFixed(1)} KB`;
    return [
      {
        ok,
        line: `bench portal home GET / (postgres, ${detail}): ${p50.toFixed(1)} ms p50 (limit ${LIMIT_MS}) ${ok ? 'ok' : 'FAIL'}`,
      },
    ];
  } finally {
    await database.close();
  }
}
