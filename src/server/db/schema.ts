export * from '../modules/units/schema';
export * from '../modules/users/schema';
export * from '../modules/audit/schema';
