import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';
import { ping } from './db/client';
import { registerIndicatorSources } from './indicator-sources';
import { authenticate } from './http/auth';
import { docsRoutes } from './http/docs';
import type { AppDeps } from './http/env';
import { errorHandler, notFoundHandler } from './http/errors';
import { createRouter } from './http/router';
import { auditRoutes } from './modules/audit/routes';
import { campaignsRoutes } from './modules/campaigns/routes';
import { fundsRoutes } from './modules/funds/routes';
import { householdsRoutes } from './modules/households/routes';
import { reliefRoutes } from './modules/relief/routes';
import { meetingsRoutes } from './modules/meetings/routes';
import { petitionsRoutes } from './modules/petitions/routes';
import { consultationsRoutes } from './modules/consultations/routes';
import { supervisionRoutes } from './modules/supervision/routes';
import { registerRoutes } from './modules/register/routes';
import { reportsRoutes } from './modules/reports/routes';
import { postsRoutes } from './modules/posts/routes';
import { conferenceNewsRoutes } from './modules/conference-news/routes';
import { petitionsPortalRoutes } from './modules/petitions/portal-pages';
import { consultationsPortalRoutes } from './modules/consultations/portal-pages';
import { targetsRoutes } from './modules/targets/routes';
import { portalRoutes } from './modules/portal/routes';
import { portalFrameSrc } from './modules/portal/csp';
import { unitsRoutes } from './modules/units/routes';
import { usersRoutes } from './modules/users/routes';

export function buildApp(deps: AppDeps) {
  registerIndicatorSources();
  const app = createRouter();
  app.onError(errorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameSrc: [(c) => portalFrameSrc(c.req.path)],
        frameAncestors: ["'none'"],
      },
    }),
  );

  app.get('/healthz', async (c) => {
    await ping(deps.db);
    return c.json({ status: 'ok', database: deps.dbKind });
  });

  app.use('/api/*', authenticate(deps));
  app.use('/app/*', authenticate(deps));
  app.route('/', usersRoutes(deps));
  app.route('/', unitsRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', targetsRoutes(deps));
  app.route('/', campaignsRoutes(deps));
  app.route('/', fundsRoutes(deps));
  app.route('/', householdsRoutes(deps));
  app.route('/', reliefRoutes(deps));
  app.route('/', meetingsRoutes(deps));
  app.route('/', petitionsRoutes(deps));
  app.route('/', consultationsRoutes(deps));
  app.route('/', supervisionRoutes(deps));
  app.route('/', registerRoutes(deps));
  app.route('/', reportsRoutes(deps));
  app.route('/', conferenceNewsRoutes(deps));
  app.route('/', postsRoutes(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'mattran_session',
  });
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'mattran API', version: '1', description: 'API của nền tảng công tác Mặt trận cấp xã' },
  });
  app.route('/', docsRoutes());

  if (deps.webDir && existsSync(join(deps.webDir, 'index.html'))) {
    const webDir = deps.webDir;
    const index = readFileSync(join(webDir, 'index.html'), 'utf8');
    app.use('/app/assets/*', serveStatic({ root: webDir, rewriteRequestPath: (p) => p.replace(/^\/app/, '') }));
    app.get('/app', (c) => c.redirect('/app/'));
    // Client-side routes: every /app/* path that is not a file gets the SPA shell.
    app.get('/app/*', (c) => c.html(index));
  } else {
    app.get('/app/*', (c) =>
      c.text('Ứng dụng cán bộ chưa được build. Chạy: npm run build:web (npm start tự làm việc này).', 503),
    );
  }

  app.route('/', petitionsPortalRoutes(deps));
  app.route('/', consultationsPortalRoutes(deps));
  app.route('/', portalRoutes(deps));
  return app;
}

export type App = ReturnType<typeof buildApp>;
