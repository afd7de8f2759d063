import type { AppDeps } from '../../http/env';
import { createRouter } from '../../http/router';

export function campaignsRoutes(_deps: AppDeps) {
  const app = createRouter();
  return app;
}
