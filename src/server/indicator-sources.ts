import { modules } from './modules';
import { registerAgendaSource } from './modules/today/agenda';

/**
 * Every module that feeds indicators (a fund's receipts, a relief programme's households, meetings
 * held…) registers its sources through its manifest. Called by whatever starts work on the data: the
 * app (buildApp) and the demo loader (`npm run demo` runs without the app, and its report must not
 * freeze module-fed figures at 0). Registering again replaces a source with itself.
 */
export function registerIndicatorSources(): void {
  for (const m of modules) m.registerSources?.();
}

/** Every module's part of the start page ("Việc hôm nay"), registered once by the app at start. */
export function registerAgendaSources(): void {
  for (const m of modules) if (m.agenda) registerAgendaSource(m.agenda);
}
