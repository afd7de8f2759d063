import { systemContext } from '../core/command';
import type { Db } from '../db/client';
import { createFrontBody } from '../modules/bodies/commands/create-body';
import { recordSession } from '../modules/bodies/commands/record-session';
import { seatsOf } from '../modules/bodies/queries';
import { createSupervision } from '../modules/supervision/commands/create-supervision';
import { updateSupervisionUnchecked } from '../modules/supervision/commands/update-supervision';
import type { SeatInput } from '../modules/bodies/fields';
import type { Organization, Unit } from '../modules/units/schema';

/**
 * Xã Hồng Sơn's front (issue 14.8): its Ủy ban MTTQ of the 2024–2029 term with the heads of the organisations as
 * vice-chairs (Law 97/2025) and each village's Ban công tác Mặt trận head on it, the Ban Thường trực, a Ban công tác
 * Mặt trận in each village, the Ban Thanh tra nhân dân (one member per village), a Ban Giám sát đầu tư của cộng đồng
 * for the road of thôn Đông, and two committee sessions with their attendance. Written through the commands, as
 * the standing committee would.
 */
const ORG_HEADS: Record<string, [string, string]> = {
  'Hội LHPN': ['Trần Thị Hằng', 'Phó Chủ tịch, Chủ tịch Hội LHPN xã'],
  'Hội ND': ['Lê Văn Sáu', 'Phó Chủ tịch, Chủ tịch Hội Nông dân xã'],
  'Hội CCB': ['Hoàng Văn Chiến', 'Phó Chủ tịch, Chủ tịch Hội CCB xã'],
  'Đoàn TN': ['Phạm Minh Đức', 'Phó Chủ tịch, Bí thư Đoàn xã'],
  'Hội NCT': ['Đỗ Văn Thọ', 'Ủy viên, Chủ tịch Hội NCT xã'],
};
const BOARD_NAMES = [
  ['Nguyễn Văn Hòa', 'Bùi Thị Lan', 'Đặng Văn Khải', 'Ngô Thị Mận'],
  ['Trần Văn Đông', 'Lê Thị Nga', 'Vũ Văn Hậu', 'Dương Thị Liên'],
  ['Phạm Văn Tài', 'Hoàng Thị Vân', 'Đinh Văn Sơn', 'Lý Thị Hoa'],
  ['Đỗ Văn Bắc', 'Nguyễn Thị Thu', 'Bùi Văn Lực', 'Trần Thị Yến'],
  ['Lê Văn Toàn', 'Phạm Thị Hạnh', 'Ngô Văn Tú', 'Vũ Thị Mai'],
  ['Hoàng Văn Nam', 'Đặng Thị Hương', 'Dương Văn Quý', 'Lý Thị Thoa'],
];
const TERM = { termFrom: 2024, termTo: 2029, electedOn: '2024-06-20' };

export async function loadDemoBodies(db: Db, commune: Unit, villages: Unit[], orgs: Organization[]) {
  const ctx = systemContext(db);
  const seat = (fullName: string, position: SeatInput['position'], more: Partial<SeatInput> = {}): SeatInput => ({
    fullName,
    position,
    ...more,
  });
  const orgSeats = orgs.map((o) => {
    const [name, title] = ORG_HEADS[o.shortName] ?? [`Chủ tịch ${o.shortName}`, `Ủy viên, ${o.name}`];
    return seat(name, title.startsWith('Phó') ? 'vice_chair' : 'member', { organizationId: o.id, title });
  });
  const committee = await createFrontBody(ctx, {
    unitId: commune.id,
    kind: 'committee',
    ...TERM,
    members: [
      seat('Nguyễn Văn Luyện', 'chair', { title: 'Chủ tịch Ủy ban MTTQ Việt Nam xã' }),
      seat('Vũ Thị Bích', 'vice_chair', { title: 'Phó Chủ tịch chuyên trách' }),
      seat('Bùi Văn Thành', 'standing_member', { title: 'Ủy viên Thường trực' }),
      ...orgSeats,
      ...villages.map((v, i) =>
        seat(BOARD_NAMES[i % BOARD_NAMES.length]?.[0] ?? v.name, 'member', {
          villageId: v.id,
          title: `Trưởng ban công tác Mặt trận ${v.name}`,
        }),
      ),
      seat('Ngô Văn Hiển', 'member', { title: 'Đại diện Công an xã' }),
      seat('Đinh Thị Tươi', 'member', { title: 'Đại diện trường Tiểu học' }),
      seat('Lý Văn Tâm', 'member', { title: 'Người có uy tín, dân tộc Tày' }),
    ],
  });
  await createFrontBody(ctx, {
    unitId: commune.id,
    kind: 'standing',
    ...TERM,
    members: [
      seat('Nguyễn Văn Luyện', 'chair', { title: 'Chủ tịch' }),
      seat('Vũ Thị Bích', 'vice_chair', { title: 'Phó Chủ tịch chuyên trách' }),
      seat('Trần Thị Hằng', 'vice_chair', { title: 'Phó Chủ tịch, Chủ tịch Hội LHPN xã' }),
      seat('Bùi Văn Thành', 'standing_member', { title: 'Ủy viên Thường trực' }),
    ],
  });
  for (const [i, v] of villages.entries()) {
    const [head = v.name, deputy = '', ...rest] = BOARD_NAMES[i % BOARD_NAMES.length] ?? [];
    await createFrontBody(ctx, {
      unitId: v.id,
      kind: 'village_board',
      ...TERM,
      electedOn: '2024-04-12',
      members: [
        seat(head, 'head', { villageId: v.id }),
        seat(deputy, 'deputy_head', { villageId: v.id }),
        ...rest.map((n) => seat(n, 'member', { villageId: v.id })),
      ],
    });
  }
  const inspection = await createFrontBody(ctx, {
    unitId: commune.id,
    kind: 'people_inspection',
    termFrom: 2024,
    termTo: 2026,
    electedOn: '2024-07-05',
    members: villages.map((v, i) =>
      seat(BOARD_NAMES[i % BOARD_NAMES.length]?.[2] ?? v.name, i === 0 ? 'head' : i === 1 ? 'deputy_head' : 'member', {
        villageId: v.id,
      }),
    ),
  });
  const east = villages[0];
  await createFrontBody(ctx, {
    unitId: commune.id,
    kind: 'investment_supervision',
    project: `Bê tông hóa đường trục ${east?.name ?? 'thôn'}`,
    termFrom: 2025,
    termTo: 2026,
    electedOn: '2025-03-08',
    members: [
      seat('Đặng Văn Khải', 'head', { villageId: east?.id }),
      seat('Ngô Thị Mận', 'deputy_head', { villageId: east?.id }),
      seat('Bùi Văn Cường', 'deputy_head', { villageId: east?.id }),
      seat('Nguyễn Thị Hiền', 'member', { villageId: east?.id }),
      seat('Lê Văn Phú', 'member', { villageId: east?.id }),
    ],
  });
  const sitting = await seatsOf(db, [committee.id]);
  for (const [n, heldOn, absent] of [
    [1, '2025-01-10', 2],
    [2, '2025-07-08', 3],
  ] as const) {
    await recordSession(ctx, committee.id, {
      heldOn,
      title: `Hội nghị Ủy ban MTTQ Việt Nam xã lần thứ ${n + 1}, nhiệm kỳ 2024–2029`,
      attendance: sitting.map((s, i) => ({
        memberId: s.id,
        present: i < sitting.length - absent,
        reason: i < sitting.length - absent ? undefined : i % 2 === 0 ? 'Đi công tác' : 'Ốm',
      })),
    });
  }
  // The Ban Thanh tra nhân dân's inspection of 2025, its plan sent to UBND xã 5 working days ahead (the rule), in
  // the supervision module's plans and findings.
  const { supervision } = await createSupervision(ctx, {
    communeId: commune.id,
    kind: 'supervision',
    subject: 'Thanh tra việc thu, chi các khoản đóng góp tự nguyện xây dựng nhà văn hóa thôn năm 2025',
    target: 'UBND xã Hồng Sơn',
    team: [],
    startDate: '2025-10-13',
    endDate: '2025-10-17',
    bodyId: inspection.id,
    planSentOn: '2025-10-06',
  });
  await updateSupervisionUnchecked(db, ctx.meta, supervision.id, { status: 'in_progress' });
  await updateSupervisionUnchecked(db, ctx.meta, supervision.id, {
    status: 'concluded',
    findings:
      'Các khoản đóng góp được công khai tại nhà văn hóa thôn và có sổ thu ký nhận; một khoản chi 2.400.000 đồng chưa có chứng từ, đề nghị thôn bổ sung.',
  });
}
