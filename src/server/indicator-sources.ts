import { registerConsultationSources } from './modules/consultations/source';
import { registerFundSources } from './modules/funds/source';
import { registerMeetingSources } from './modules/meetings/source';
import { registerPetitionSources } from './modules/petitions/source';
import { registerReliefSources } from './modules/relief/source';
import { registerSupervisionSources } from './modules/supervision/source';

/**
 * Every module that feeds indicators (a fund's receipts, a relief programme's households, meetings
 * held…) registers its sources here. Called by whatever starts work on the data: the app
 * (buildApp) and the demo loader (`npm run demo` runs without the app, and its report must not
 * freeze module-fed figures at 0). Registering again replaces a source with itself.
 */
export function registerIndicatorSources(): void {
  registerFundSources();
  registerReliefSources();
  registerMeetingSources();
  registerPetitionSources();
  registerConsultationSources();
  registerSupervisionSources();
}
