import type { Actor } from '../core/actor';
import type { Unit } from '../modules/units/schema';

/**
 * The demo's staff with an account, by what they do: the loader creates their users (load-demo.ts), and demo steps
 * that replay who did what in 2023 (the scorecards' approval steps) name them, so the history shows real people.
 * Their e-mail addresses are under .example (RFC 2606), which never delivers: the reminder e-mail can be tried with
 * SMTP_URL pointing at a test mail server without writing to anyone.
 */
export const DEMO_STAFF = {
  national: { username: 'trunguong', fullName: 'Đỗ Thị Trung', email: 'trunguong@mattran-demo.example' },
  province: { username: 'tinh', fullName: 'Trần Thị Tỉnh', email: 'tinh@mattran-demo.example' },
  standing: { username: 'btt', fullName: 'Nguyễn Văn Luyện', email: 'btt@mattran-demo.example' },
  women: { username: 'phunu', fullName: 'Lê Thị Hoa', email: 'phunu@mattran-demo.example' },
  villageHead: { username: 'thondong', fullName: 'Phạm Văn Đông', email: 'thondong@mattran-demo.example' },
  viewer: { username: 'xem', fullName: 'Hoàng Văn Xem', email: 'xem@mattran-demo.example' },
} as const;

type Person = (typeof DEMO_STAFF)[keyof typeof DEMO_STAFF];

/**
 * A demo person acting with the one role the loader gives them (upper over the province, standing over the commune,
 * village_lead over a village): a step replayed as them is authorised by the same policy as their requests. The
 * loader runs before their user rows exist, so the audit rows still name the system (systemMeta).
 */
export function demoActor(person: Person, role: 'upper' | 'standing' | 'village_lead', unit: Unit): Actor {
  return {
    id: 'system',
    username: person.username,
    fullName: person.fullName,
    sessionId: null,
    grants: [
      {
        role,
        unitId: unit.id,
        unitPath: unit.path,
        unitLevel: unit.level,
        communeId: unit.communeId,
        organizationId: null,
      },
    ],
  };
}
