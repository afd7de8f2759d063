import type { Db } from '../db/client';
import type { Unit } from '../modules/units/schema';

/** Portal posts of xã Hồng Sơn: news, announcements, a video. */
export async function loadDemoPosts(db: Db, commune: Unit): Promise<void> {
  void db, commune;
}
