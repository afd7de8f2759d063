export * from '../modules/units/schema';
export * from '../modules/users/schema';
export * from '../modules/audit/schema';
export * from '../modules/targets/schema';
export * from '../modules/campaigns/schema';
export * from '../modules/funds/schema';
export * from '../modules/households/schema';
export * from '../modules/relief/schema';
