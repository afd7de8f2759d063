/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppDeps } from '../../http/env';
import { NotFound } from '../portal/chrome';
import { findPublicCommune, listPublicCommunes } from '../portal/queries';
import { housingFiguresOf } from './figures';
import { HousingPublicPage, PUBLIC_PAGE_SIZE } from './portal-page';
import { handedOverOf } from './queries';

/** The public list of houses handed over: /xa/<commune>/nha-dai-doan-ket?trang=n. */
export function housingPortalRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono();
  app.get('/xa/:id/nha-dai-doan-ket', async (c) => {
    const commune = await findPublicCommune(db, c.req.param('id'));
    if (!commune) return c.html(<NotFound />, 404);
    const communes = await listPublicCommunes(db);
    const n = Number(c.req.query('trang') ?? '1');
    const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
    const { rows, total } = await handedOverOf(db, commune.id, PUBLIC_PAGE_SIZE, (page - 1) * PUBLIC_PAGE_SIZE);
    const figures = await housingFiguresOf(db, commune.path, '1900-01-01', '2999-12-31');
    const base = c.req.path;
    return c.html(
      <HousingPublicPage
        commune={commune}
        home={communes[0]?.id === commune.id}
        others={communes.filter((u) => u.id !== commune.id)}
        rows={rows}
        total={total}
        figures={figures}
        page={page}
        href={(p) => `${base}?trang=${p}`}
      />,
      200,
      { 'Cache-Control': 'public, max-age=60' },
    );
  });
  return app;
}
