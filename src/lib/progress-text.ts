/**
 * Moved to figure.ts (the figure value object); re-exported for the callers not yet switched
 * (funds routes and disclosure document, the portal's disclosure page). Import from './figure'.
 */
export { isMet, metText, progressText, type ProgressFigure } from './figure';
