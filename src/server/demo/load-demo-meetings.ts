import type { Db } from '../db/client';
import type { Organization, Unit } from '../modules/units/schema';

/** Meetings of the demo commune that other demo loaders refer to (petitions raised at the voter contact…). */
export type DemoMeetings = { review: string | null; voterContact: string | null; consultation: string | null };

export async function loadDemoMeetings(db: Db, commune: Unit, villages: Unit[], orgs: Organization[]): Promise<DemoMeetings> {
  void db, commune, villages, orgs;
  return { review: null, voterContact: null, consultation: null };
}
