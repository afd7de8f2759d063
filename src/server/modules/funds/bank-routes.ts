import type { AppDeps } from '../../http/env';
import { createRouter } from '../../http/router';

/** Bank statements, the fund book and reconciliation. */
export function bankRoutes(_deps: AppDeps) {
  const app = createRouter();
  return app;
}
