import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './env';

/** Hashed names change with their content, so a browser may keep them for a year without asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const appendVary = (headers: Headers) => {
  const vary = headers.get('Vary');
  if (!vary?.toLowerCase().includes('accept-encoding'))
    headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
};

/** The preferred encoding the client accepts among the ones we hold (q=0 means refused). */
function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name?.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * The built staff app (dist/web) under /app/: assets as the build compressed them (`.br`, `.gz`, see
 * vite.config.ts) with a year's immutable caching; every other /app/* path gets the SPA shell, which is
 * revalidated on each load (`no-cache` + ETag → 304), so a new deploy is picked up at once.
 */
export function webAppRoutes(webDir: string) {
  const routes = new Hono<AppEnv>();
  const html = readFileSync(join(webDir, 'index.html'));
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
  const bodies = { br: brotliCompressSync(html), gzip: gzipSync(html, { level: 9 }) };

  routes.use('/app/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 206 || c.res.status === 304) {
      c.res.headers.set('Cache-Control', IMMUTABLE);
      appendVary(c.res.headers);
    }
  });
  routes.use(
    '/app/assets/*',
    serveStatic({ root: webDir, precompressed: true, rewriteRequestPath: (p) => p.replace(/^\/app/, '') }),
  );
  // A missing asset (an old hash after a deploy) is a 404, never the HTML shell under a script's name.
  routes.get('/app/assets/*', (c) => c.text('Not found', 404));
  routes.get('/app', (c) => c.redirect('/app/'));
  // Client-side routes: every other /app/* path gets the SPA shell.
  routes.get('/app/*', (c) => {
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', etag);
    c.header('Vary', 'Accept-Encoding');
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifNoneMatch?.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*'))
      return c.body(null, 304);
    c.header('Content-Type', 'text/html; charset=UTF-8');
    const encoding = pickEncoding(c.req.header('Accept-Encoding'));
    if (!encoding) return c.body(html);
    c.header('Content-Encoding', encoding);
    return c.body(bodies[encoding]);
  });
  return routes;
}

export const hasWebBuild = (webDir: string | undefined): webDir is string =>
  !!webDir && existsSync(join(webDir, 'index.html'));
