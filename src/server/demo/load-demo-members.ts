import { randomUUID } from 'node:crypto';
import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { foldVietnamese } from '../../lib/vi-text';
import { recordAudit } from '../modules/audit/record-audit';
import { branches, duesPayments, duesRules, memberships, people, type Sex } from '../modules/members/schema';
import type { Organization, Unit } from '../modules/units/schema';

/**
 * Xã Hồng Sơn's members (issue 14.8): about 1,560 people of its six villages, a branch of each of the five
 * organisations in each village, memberships as a commune has them (a woman farmer in both the women's union and
 * the farmers' union, a veteran in the elderly association too: about 1,650 memberships), the dues rules of the
 * Đoàn and the Hội LHPN and their 2025 collections with some months unpaid. Deterministic (a seeded generator), and
 * written in bulk with one audit row per organisation, as an import of the organisations' lists would be.
 */
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Đinh'];
const MEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Phúc',
  'Quang',
  'Sơn',
  'Tuấn',
  'Việt',
];
const WOMEN = [
  'Anh',
  'Dung',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Phương',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
];
const PEOPLE_PER_VILLAGE = 260;
const DUES_YEAR = 2025;

/** mulberry32: the same demo every time. */
function generator(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type OrgKey = 'women' | 'farmers' | 'veterans' | 'youth' | 'elderly';
const ORG_BY_SHORT: Record<string, OrgKey> = {
  'Hội LHPN': 'women',
  'Hội ND': 'farmers',
  'Hội CCB': 'veterans',
  'Đoàn TN': 'youth',
  'Hội NCT': 'elderly',
};
const BRANCH_WORD: Record<OrgKey, string> = {
  women: 'Chi hội Phụ nữ',
  farmers: 'Chi hội Nông dân',
  veterans: 'Chi hội Cựu chiến binh',
  youth: 'Chi đoàn',
  elderly: 'Chi hội Người cao tuổi',
};

/** Who joins what, by sex and age in the dues year. */
function joins(key: OrgKey, sex: Sex, age: number, r: number): boolean {
  switch (key) {
    case 'women':
      return sex === 'female' && age >= 18 && r < 0.62;
    case 'farmers':
      return age >= 20 && age < 70 && r < 0.45;
    case 'veterans':
      return sex === 'male' && age >= 40 && r < 0.14;
    case 'youth':
      return age >= 16 && age <= 30 && r < 0.7;
    case 'elderly':
      return age >= 60 && r < 0.8;
  }
}

export async function loadDemoMembers(db: Db, commune: Unit, villages: Unit[], orgs: Organization[]) {
  const random = generator(20_250_701);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const orgOf = new Map(orgs.map((o) => [ORG_BY_SHORT[o.shortName], o] as const));

  const branchRows: (typeof branches.$inferInsert)[] = [];
  const branchOf = new Map<string, string>();
  for (const v of villages)
    for (const [key, org] of orgOf) {
      if (!key) continue;
      const id = randomUUID();
      branchOf.set(`${org.id}|${v.id}`, id);
      branchRows.push({
        id,
        communeId: commune.id,
        organizationId: org.id,
        villageId: v.id,
        unitPath: v.path,
        name: `${BRANCH_WORD[key]} ${v.name}`,
      });
    }

  const personRows: (typeof people.$inferInsert)[] = [];
  const memberRows: (typeof memberships.$inferInsert)[] = [];
  for (const v of villages)
    for (let i = 0; i < PEOPLE_PER_VILLAGE; i++) {
      const sex: Sex = random() < 0.52 ? 'female' : 'male';
      const birthYear = 1940 + Math.floor(random() * 69); // 16 to 85 in 2025
      const fullName = `${pick(SURNAMES)} ${sex === 'female' ? 'Thị' : 'Văn'} ${pick(sex === 'female' ? WOMEN : MEN)}`;
      const id = randomUUID();
      personRows.push({
        id,
        communeId: commune.id,
        villageId: v.id,
        unitPath: v.path,
        fullName,
        nameFolded: foldVietnamese(fullName),
        birthYear,
        sex,
        ethnicity: random() < 0.9 ? 'Kinh' : 'Tày',
      });
      const age = DUES_YEAR - birthYear;
      for (const [key, org] of orgOf) {
        if (!key || !joins(key, sex, age, random())) continue;
        const joinedYear = Math.max(birthYear + (key === 'youth' ? 16 : 18), 2005 + Math.floor(random() * 20));
        // A few left during the dues year (moved away, aged out of the Đoàn): counted until then.
        const joinedOn = `${Math.min(joinedYear, DUES_YEAR)}-0${1 + Math.floor(random() * 9)}-15`;
        const leaves = joinedOn < `${DUES_YEAR}-01-01` && random() < 0.04;
        memberRows.push({
          id: randomUUID(),
          communeId: commune.id,
          personId: id,
          organizationId: org.id,
          branchId: branchOf.get(`${org.id}|${v.id}`) ?? null,
          unitPath: v.path,
          duesCategory: key === 'youth' && random() < 0.3 ? 'Có lương' : key === 'youth' ? 'Không lương' : 'Thường',
          joinedOn,
          leftOn: leaves ? `${DUES_YEAR}-0${4 + Math.floor(random() * 5)}-30` : null,
          leaveReason: leaves ? (key === 'youth' ? 'Quá tuổi đoàn' : 'Chuyển nơi ở') : null,
        });
      }
    }

  const youth = orgOf.get('youth');
  const women = orgOf.get('women');
  const ruleRows: (typeof duesRules.$inferInsert)[] = [];
  if (youth) {
    ruleRows.push(
      {
        communeId: commune.id,
        organizationId: youth.id,
        category: 'Không lương',
        periodKind: 'month',
        amount: 2000,
        shareUpPercent: 40,
        validFrom: '2020-01-01',
      },
      {
        communeId: commune.id,
        organizationId: youth.id,
        category: 'Có lương',
        periodKind: 'month',
        amount: 5000,
        shareUpPercent: 40,
        validFrom: '2020-01-01',
      },
    );
  }
  if (women) {
    ruleRows.push({
      communeId: commune.id,
      organizationId: women.id,
      category: 'Thường',
      periodKind: 'year',
      amount: 12000,
      shareUpPercent: 30,
      validFrom: '2020-01-01',
    });
  }

  // 2025 collections: the Đoàn month by month (most pay, some fall behind from the autumn), the Hội LHPN once a year.
  const dueRows: (typeof duesPayments.$inferInsert)[] = [];
  for (const m of memberRows) {
    const joined = m.joinedOn as string;
    const left = (m.leftOn as string | null) ?? '9999-12-31';
    if (youth && m.organizationId === youth.id) {
      const amount = m.duesCategory === 'Có lương' ? 5000 : 2000;
      const stopsAt = random() < 0.25 ? 8 + Math.floor(random() * 4) : 13;
      for (let month = 1; month <= 12 && month < stopsAt; month++) {
        const period = `${DUES_YEAR}-${String(month).padStart(2, '0')}`;
        if (`${period}-31` < joined || `${period}-01` > left) continue;
        dueRows.push({
          communeId: commune.id,
          membershipId: m.id as string,
          organizationId: youth.id,
          branchId: m.branchId ?? null,
          period,
          amount,
        });
      }
    } else if (women && m.organizationId === women.id && joined <= `${DUES_YEAR}-12-31` && random() < 0.85) {
      dueRows.push({
        communeId: commune.id,
        membershipId: m.id as string,
        organizationId: women.id,
        branchId: m.branchId ?? null,
        period: String(DUES_YEAR),
        amount: 12000,
      });
    }
  }

  await db.transaction(async (tx) => {
    await tx.insert(branches).values(branchRows);
    for (let i = 0; i < personRows.length; i += 500) await tx.insert(people).values(personRows.slice(i, i + 500));
    for (let i = 0; i < memberRows.length; i += 500) await tx.insert(memberships).values(memberRows.slice(i, i + 500));
    if (ruleRows.length) await tx.insert(duesRules).values(ruleRows);
    for (let i = 0; i < dueRows.length; i += 500) await tx.insert(duesPayments).values(dueRows.slice(i, i + 500));
    for (const org of orgs)
      await recordAudit(tx, systemMeta, {
        action: 'members.import',
        entity: 'organization',
        entityId: org.id,
        communeId: commune.id,
        scopePath: commune.path,
        after: { memberships: memberRows.filter((m) => m.organizationId === org.id).length, source: 'demo' },
      });
  });
}
