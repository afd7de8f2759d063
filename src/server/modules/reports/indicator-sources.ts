import { registerConsultationSources } from '../consultations/source';
import { registerFundSources } from '../funds/source';
import { registerMeetingSources } from '../meetings/source';
import { registerPetitionSources } from '../petitions/source';
import { registerReliefSources } from '../relief/source';
import { registerSupervisionSources } from '../supervision/source';

let done = false;

/**
 * Module-fed indicators (a fund's receipts…) are registered when the app is built; a report built
 * without the app (the demo loader under `npm run demo`) must not freeze them at 0.
 */
export function ensureIndicatorSources(): void {
  if (done) return;
  registerFundSources();
  registerReliefSources();
  registerMeetingSources();
  registerPetitionSources();
  registerConsultationSources();
  registerSupervisionSources();
  done = true;
}
