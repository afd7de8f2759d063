import type { Db } from '../db/client';
import type { Organization, Unit } from '../modules/units/schema';
import type { DemoMeetings } from './load-demo-meetings';

export async function loadDemoConsultations(db: Db, commune: Unit, villages: Unit[], orgs: Organization[], meetings: DemoMeetings): Promise<void> {
  void db, commune, villages, orgs, meetings;
}
