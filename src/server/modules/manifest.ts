import type { Hono } from 'hono';
import type { DemoMeetings } from '../demo/load-demo-meetings';
import type { Db } from '../db/client';
import type { AppDeps } from '../http/env';
import type { AgendaSource } from './today/agenda';
import type { JobHandlers } from './jobs/handlers';
import type { Organization, Unit } from './units/schema';

/**
 * What the demo steps share: the tenant structure the demo loader creates first (province, the
 * commune, its villages and member organisations), and what earlier steps leave for later ones.
 */
export type DemoContext = {
  db: Db;
  /** The central committee (Ủy ban Trung ương MTTQ Việt Nam): its own root, above no unit's path. */
  national: Unit;
  province: Unit;
  commune: Unit;
  villages: Unit[];
  orgs: Organization[];
  /** Set by the meetings step: petitions, consultations, supervision and the report link to these. */
  meetings: DemoMeetings;
  /** Set by the reports step: the issued half-year report the conference news is drafted from. */
  reportId: string | null;
};

// biome-ignore lint/suspicious/noExplicitAny: a router of any environment and schema can be mounted with app.route.
type Router = Hono<any, any, any>;

/**
 * A module as the composition root sees it. Every module folder has a `module.ts` exporting one of
 * these, and `modules/index.ts` lists them; app.ts, indicator-sources.ts and the demo loader read
 * only that list, so adding a module is one line there (plus its schema file in db/schema.ts, which
 * drizzle-kit reads to generate migrations).
 */
export type ModuleManifest = {
  /** The folder name under src/server/modules. */
  name: string;
  /** API and staff routes, mounted in list order before the staff app (order decides route matching). */
  routes?: (deps: AppDeps) => Router;
  /** Public pages, mounted in list order after the staff app's shell. */
  portalRoutes?: (deps: AppDeps) => Router;
  /** Indicator sources fed by this module's records (targets/sources.ts); called at start. */
  registerSources?: () => void;
  /** What this module puts on a user's start page ("Việc hôm nay", today/agenda.ts); registered at start. */
  agenda?: AgendaSource;
  /** Long work this module runs as jobs (`<module>.<work>` → handler), run by the job runner (modules/jobs). */
  jobs?: JobHandlers;
  /** The module's part of the demo commune, run by demo/load-demo.ts in list order. */
  loadDemo?: (demo: DemoContext) => Promise<void>;
  /** Modules whose demo steps must run before this one even though they come later in the list. */
  demoAfter?: string[];
};

export const defineModule = (m: ModuleManifest): ModuleManifest => m;
