import audit from './audit/module';
import bodies from './bodies/module';
import campaigns from './campaigns/module';
import conferenceNews from './conference-news/module';
import consultations from './consultations/module';
import documents from './documents/module';
import festival from './festival/module';
import calendar from './calendar/module';
import evaluation from './evaluation/module';
import funds from './funds/module';
import goods from './goods/module';
import households from './households/module';
import housing from './housing/module';
import jobs from './jobs/module';
import meetings from './meetings/module';
import members from './members/module';
import type { ModuleManifest } from './manifest';
import petitions from './petitions/module';
import portal from './portal/module';
import posts from './posts/module';
import register from './register/module';
import relief from './relief/module';
import reportForms from './report-forms/module';
import reports from './reports/module';
import supervision from './supervision/module';
import targets from './targets/module';
import today from './today/module';
import units from './units/module';
import users from './users/module';

/**
 * Every module of the product, read by the composition root (app.ts), indicator-sources.ts and the
 * demo loader. Adding a module is one line here (and its schema file in db/schema.ts for drizzle-kit).
 *
 * The order matters: routes are mounted in this order (the first route that matches answers, and the
 * OpenAPI document lists paths in this order); public pages too, the portal's catch-all pages last;
 * indicator sources are listed in this order; the demo steps run in this order, each using what
 * earlier ones wrote (a step can wait for a later module with `demoAfter`).
 */
export const modules: readonly ModuleManifest[] = [
  users,
  units,
  today,
  audit,
  jobs,
  targets,
  campaigns,
  funds,
  goods,
  households,
  members,
  relief,
  housing,
  evaluation,
  meetings,
  bodies,
  petitions,
  consultations,
  supervision,
  register,
  reports,
  reportForms,
  conferenceNews,
  festival,
  calendar,
  posts,
  documents,
  portal,
];
