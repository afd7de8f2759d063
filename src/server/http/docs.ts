import { createRequire } from 'node:module';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);
const swaggerDir: string = require('swagger-ui-dist').getAbsoluteFSPath();

const page = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>mattran API v1</title><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui' });`;

/** The API docs page, served from the swagger-ui-dist package (no CDN: offices are often offline). */
export function docsRoutes() {
  const app = new Hono();
  app.get('/api/docs', (c) => c.html(page));
  app.get('/api/docs/init.js', (c) => c.body(init, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.use(
    '/api/docs/assets/*',
    serveStatic({ root: swaggerDir, rewriteRequestPath: (p) => p.replace(/^\/api\/docs\/assets/, '') }),
  );
  return app;
}
