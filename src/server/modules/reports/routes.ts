import type { AppDeps } from '../../http/env';
import { createRouter } from '../../http/router';

export function reportsRoutes(deps: AppDeps) {
  void deps;
  const app = createRouter();
  return app;
}
