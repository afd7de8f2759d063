import type { AppDeps } from '../../http/env';
import { createRouter } from '../../http/router';

export function householdsRoutes(_deps: AppDeps) {
  const app = createRouter();
  return app;
}
