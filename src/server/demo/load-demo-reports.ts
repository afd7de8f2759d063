import type { Db } from '../db/client';
import type { Unit } from '../modules/units/schema';
import type { DemoMeetings } from './load-demo-meetings';

/** The review report of xã Hồng Sơn for the first half of 2023, presented at the seed's conference. */
export async function loadDemoReports(db: Db, province: Unit, commune: Unit, meetings: DemoMeetings): Promise<void> {
  void db, province, commune, meetings;
}
