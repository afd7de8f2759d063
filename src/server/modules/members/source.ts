import { registerIndicatorSource } from '../targets/sources';
import { admittedBetween, memberCounts } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Indicator source "members.count": members of the unit's subtree from the member lists, of one organisation
 * (`organizationId`) or of all — `measure` "admitted" counts those who joined during the indicator's period
 * ("kết nạp mới 120 hội viên, đạt 109% KH"); anything else (default "active") those who are members on its last day.
 */
export function registerMemberSources(): void {
  registerIndicatorSource({
    key: 'members.count',
    label: 'Số hội viên (từ danh sách hội viên; đang sinh hoạt cuối kỳ, hoặc kết nạp mới trong kỳ)',
    params: ['organizationId', 'measure'],
    compute: async (db, q) => {
      const organizationId = q.params.organizationId?.trim() || undefined;
      // A parameter that is not an id names no organisation: it counts nothing rather than failing.
      if (organizationId && !UUID.test(organizationId)) return { value: 0 };
      if (q.params.measure?.trim() === 'admitted')
        return { value: await admittedBetween(db, q.unitPath, q.from, q.to, organizationId) };
      return { value: (await memberCounts(db, null, q.unitPath, q.to, organizationId)).memberships };
    },
  });
}
