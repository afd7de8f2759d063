import type { AppDeps } from '../../http/env';
import { createRouter } from '../../http/router';

export function targetsRoutes(_deps: AppDeps) {
  const app = createRouter();
  return app;
}
