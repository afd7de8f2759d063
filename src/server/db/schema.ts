/**
 * Every module's tables, for drizzle-kit (drizzle.config.ts reads this file to generate migrations).
 * Nothing in the app imports it: a module reaches only its own tables, and another module's data
 * through that module's functions. It stays a plain list of re-exports, because drizzle-kit loads the
 * file by path and a module manifest would drag routes and their imports into the migration tool.
 * A new module with tables adds its line here as well as in modules/index.ts.
 */
export * from '../modules/units/schema';
export * from '../modules/users/schema';
export * from '../modules/audit/schema';
export * from '../modules/targets/schema';
export * from '../modules/campaigns/schema';
export * from '../modules/funds/schema';
export * from '../modules/households/schema';
export * from '../modules/relief/schema';
export * from '../modules/register/schema';
export * from '../modules/meetings/schema';
export * from '../modules/petitions/schema';
export * from '../modules/consultations/schema';
export * from '../modules/supervision/schema';
export * from '../modules/reports/schema';
export * from '../modules/posts/schema';
export * from '../modules/members/schema';
export * from '../modules/bodies/schema';
export * from '../http/idempotency-schema';
export * from '../modules/jobs/schema';
export * from '../modules/housing/schema';
export * from '../modules/evaluation/schema';
export * from '../modules/goods/schema';
export * from '../modules/festival/schema';
export * from '../modules/calendar/schema';
export * from '../modules/report-forms/schema';
