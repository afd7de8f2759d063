import { secureHeaders } from 'hono/secure-headers';
import { ping } from './db/client';
import { registerAgendaSources, registerIndicatorSources } from './indicator-sources';
import { authenticate } from './http/auth';
import { apiBodyLimit } from './http/body-limit';
import { csrfGuard } from './http/csrf';
import { docsRoutes } from './http/docs';
import type { AppDeps } from './http/env';
import { errorHandler, notFoundHandler } from './http/errors';
import { inputGuard } from './http/input-guard';
import { createRouter, registerErrorResponses } from './http/router';
import { hasWebBuild, webAppRoutes } from './http/web-app';
import type { JobHandlers } from './modules/jobs/handlers';
import { portalFrameSrc } from './modules/portal/csp';
import { modules } from './modules';

/** Every module's job handlers, for the job runner of the process (main.ts, the test harness). */
export function jobHandlers(): JobHandlers {
  const all: Record<string, JobHandlers[string]> = {};
  for (const m of modules) Object.assign(all, m.jobs);
  return all;
}

export function buildApp(deps: AppDeps) {
  registerIndicatorSources();
  registerAgendaSources();
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

  app.use('/api/*', apiBodyLimit());
  app.use('/api/*', csrfGuard(deps), authenticate(deps));
  app.use('/app/*', authenticate(deps));
  app.use('*', inputGuard());
  for (const m of modules) if (m.routes) app.route('/', m.routes(deps));

  registerErrorResponses(app.openAPIRegistry);
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

  if (hasWebBuild(deps.webDir)) {
    app.route('/', webAppRoutes(deps.webDir));
  } else {
    app.get('/app/*', (c) =>
      c.text('Ứng dụng cán bộ chưa được build. Chạy: npm run build:web (npm start tự làm việc này).', 503),
    );
  }

  // Public pages after the staff app: /app/* is never theirs, and the portal's pages match last.
  for (const m of modules) if (m.portalRoutes) app.route('/', m.portalRoutes(deps));
  return app;
}

export type App = ReturnType<typeof buildApp>;
