import { describe, expect, it } from 'vitest';
import {
  electedRosterErrors,
  lateNotice,
  rosterErrors,
  rosterIssues,
  rosterWarnings,
  workingDaysBefore,
} from './rules';

const seats = (...positions: string[]) =>
  positions.map((p) => ({ position: p as 'member', villageId: null as string | null }));

describe('body rules', () => {
  it('a Ban Thanh tra nhân dân is elected with at least 5 members', () => {
    expect(electedRosterErrors('people_inspection', seats('head', 'member', 'member', 'member'))).toEqual({
      members: 'Ban Thanh tra nhân dân cần ít nhất 5 thành viên (có 4).',
    });
    expect(
      electedRosterErrors('people_inspection', seats('head', 'deputy_head', 'member', 'member', 'member')),
    ).toEqual({});
  });

  it('a Ban Giám sát đầu tư của cộng đồng has at most 5 members and 2 deputy heads, naming the seat refused', () => {
    expect(
      electedRosterErrors('investment_supervision', seats('head', 'deputy_head', 'deputy_head', 'deputy_head')),
    ).toEqual({ 'members.3.position': 'Ban Giám sát đầu tư của cộng đồng tối đa 2 Phó Trưởng ban.' });
    expect(
      Object.keys(electedRosterErrors('investment_supervision', seats('head', ...Array(5).fill('member')))),
    ).toEqual(['members.5']);
  });

  it('positions follow the body: a committee has a chair, a board a head; one of each', () => {
    expect(rosterErrors('committee', seats('chair', 'head'), (i) => `m${i}`)).toEqual({
      'm1.position': 'Ủy ban MTTQ Việt Nam chỉ có: Chủ tịch, Phó Chủ tịch, Ủy viên Thường trực, Ủy viên.',
    });
    expect(rosterErrors('village_board', seats('head', 'head'), (i) => `m${i}`)).toEqual({
      'm1.position': 'Ban công tác Mặt trận chỉ có một Trưởng ban.',
    });
  });

  it('warns of a board short of members or of a village without one', () => {
    const v = [
      { id: 'a', name: 'Thôn Đông' },
      { id: 'b', name: 'Thôn Tây' },
    ];
    const roster = [
      { position: 'head' as const, villageId: 'a' },
      { position: 'member' as const, villageId: 'a' },
    ];
    expect(rosterWarnings('people_inspection', roster, v)).toEqual([
      'Còn 2 thành viên, cần ít nhất 5.',
      'Chưa có thành viên ở: Thôn Tây.',
    ]);
    expect(rosterWarnings('committee', [{ position: 'member' }], [])).toEqual(['Chưa có Chủ tịch.']);
    expect(rosterIssues('people_inspection', roster, v)).toEqual([
      { code: 'too_few_members', count: 2, min: 5 },
      { code: 'villages_unrepresented', villages: ['Thôn Tây'] },
    ]);
  });

  it('counts working days back over a weekend', () => {
    // Monday 2026-03-16: five working days before is Monday 2026-03-09.
    expect(workingDaysBefore('2026-03-16', 5)).toBe('2026-03-09');
    // Thursday 2026-03-19 → Thursday 2026-03-12.
    expect(workingDaysBefore('2026-03-19', 5)).toBe('2026-03-12');
    expect(lateNotice('2026-03-09', '2026-03-16')).toBeNull();
    expect(lateNotice('2026-03-10', '2026-03-16')).toBe('2026-03-09');
  });
});
