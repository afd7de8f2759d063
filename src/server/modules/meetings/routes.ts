import type { AppDeps } from '../../http/env';
import { createRouter } from '../../http/router';

export function meetingsRoutes(deps: AppDeps) {
  void deps;
  const app = createRouter();
  return app;
}
