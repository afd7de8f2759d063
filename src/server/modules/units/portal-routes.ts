import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context, type Next } from 'hono';
import type { AppDeps } from '../../http/env';
import { findUnit } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOGO_FILE = /^logo-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/;

/**
 * The public side of the units a commune's portal needs, mounted before every other module's public pages:
 *
 * - Links shared before communes had readable addresses (`/xa/<uuid>/kien-nghi`, passed around on Zalo) answer 301
 *   with the same page at `/xa/<slug>/kien-nghi`, query string kept. Only GET and HEAD: a form posted from a page
 *   loaded before the change is handled where it lands (the pages accept either).
 * - `/logo/<commune>/<file>`: the commune's logo; the name changes with each upload, so it is cached for good.
 */
export function unitsPortalRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono();

  async function toSlug(c: Context, next: Next) {
    const id = c.req.param('id') ?? '';
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !UUID.test(id)) return next();
    const unit = await findUnit(db, id.toLowerCase());
    if (!unit?.slug || unit.level !== 'commune') return next();
    const url = new URL(c.req.url);
    const rest = url.pathname.slice(`/xa/${id}`.length);
    return c.redirect(`/xa/${unit.slug}${rest}${url.search}`, 301);
  }
  app.use('/xa/:id', toSlug);
  app.use('/xa/:id/*', toSlug);

  app.get('/logo/:id/:file', async (c) => {
    const { id, file } = c.req.param();
    const unit = UUID.test(id) && LOGO_FILE.test(file) ? await findUnit(db, id.toLowerCase()) : null;
    const key = unit?.logo?.key;
    const path = key && key.endsWith(`/${file}`) ? join(deps.storageDir, key) : null;
    if (!path || !existsSync(path)) return c.text('Không tìm thấy tệp.', 404);
    return c.body(new Uint8Array(readFileSync(path)), 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return app;
}
