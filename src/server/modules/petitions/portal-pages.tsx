/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppDeps } from '../../http/env';

export function petitionsPortalRoutes(deps: AppDeps) {
  void deps;
  const app = new Hono();
  return app;
}
