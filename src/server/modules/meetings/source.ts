import { registerIndicatorSource } from '../targets/sources';
import { meetingFigures } from './figures';
import { meetingTypes, type MeetingType } from './schema';

const isType = (t: string): t is MeetingType => (meetingTypes as readonly string[]).includes(t);

/**
 * Indicator source "meetings.held": meetings held in the unit's subtree during the indicator's period,
 * of one type (`type`: voter_contact, consultation…) or of every type when none is named. An unknown
 * type counts nothing rather than everything.
 */
export function registerMeetingSources(): void {
  registerIndicatorSource({
    key: 'meetings.held',
    label: 'Số hội nghị đã tổ chức (từ sổ hội nghị; một loại hoặc mọi loại)',
    params: ['type'],
    compute: async (db, q) => {
      const type = q.params.type?.trim();
      if (type && !isType(type)) return { value: 0 };
      const f = await meetingFigures(db, q.unitPath, q.from, q.to);
      return { value: type ? f.byType[type as MeetingType] : f.total };
    },
  });
}
