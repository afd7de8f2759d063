/**
 * The tenant structure that other modules may JOIN against.
 *
 * Every other table belongs to its module and is read only through that module's functions. Units and
 * organisations are the one exception: a caller's scope is a unit path matched in the WHERE clause (scope lives in
 * SQL, so a list never loads rows it must then hide), and lists show a unit's or organisation's name next to each
 * row. Those joins stay in SQL; this file names them so the boundary check can allow exactly these two tables.
 */
export { organizations as organizationRefs, units as unitRefs } from './schema';
