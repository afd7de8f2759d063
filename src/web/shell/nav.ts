/**
 * Which sections a user's roles lead to (issue 13.4): a village head or an organisation head sees the few that are
 * their work, not the commune's whole office. Anyone holding a wider role (administrator, upper level, standing
 * committee, viewer) keeps every section. The routes stay reachable by address: the server decides what is shown.
 */
import type { MenuProps } from 'antd';

type RoleRef = { role: string; unitLevel?: string | null };
type Item = NonNullable<MenuProps['items']>[number];

const VILLAGE_LEAD = [
  '/',
  '/progress',
  '/entries',
  '/petitions',
  '/households',
  '/housing',
  '/calendar',
  '/festivals',
  '/evaluation',
  '/meetings',
  '/members',
  '/structure',
  '/units',
  '/report-forms',
];
const ORG_LEAD = [
  '/',
  '/progress',
  '/entries',
  '/campaigns',
  '/calendar',
  '/funds',
  '/members',
  '/structure',
  '/meetings',
  '/consultations',
  '/posts',
  '/units',
  '/organizations',
  '/report-forms',
];

// The central committee works with the provinces: targets and their figures, funds and allocations, the reports and
// forms sent up, draft laws, supervision, the housing programme. A commune's desk work (households, members, village
// festivals, voter petitions, conferences, relief lists) is not theirs to keep.
const NATIONAL_UPPER = [
  '/',
  '/progress',
  '/overview',
  '/indicators',
  '/rounds',
  '/campaigns',
  '/funds',
  '/housing',
  '/calendar',
  '/evaluation',
  '/consultations',
  '/supervision',
  '/register',
  '/reports',
  '/report-forms',
  '/posts',
  '/units',
  '/organizations',
];

/** The section keys shown, or null for all of them. */
export function sectionsFor(roles: RoleRef[], admin: boolean): Set<string> | null {
  if (admin || roles.length === 0) return null;
  if (roles.every((r) => r.role === 'upper' && r.unitLevel === 'national')) return new Set(NATIONAL_UPPER);
  if (roles.some((r) => r.role !== 'village_lead' && r.role !== 'org_lead')) return null;
  return new Set([
    ...(roles.some((r) => r.role === 'village_lead') ? VILLAGE_LEAD : []),
    ...(roles.some((r) => r.role === 'org_lead') ? ORG_LEAD : []),
  ]);
}

/** The menu with only these sections; a group keeps the children shown, and goes when none is. */
export function onlySections(items: Item[], shown: Set<string>): Item[] {
  return items.flatMap((i): Item[] => {
    if (!i) return [];
    if ('children' in i && Array.isArray(i.children)) {
      const children = onlySections(i.children as Item[], shown);
      return children.length > 0 ? [{ ...i, children } as Item] : [];
    }
    return 'key' in i && typeof i.key === 'string' && shown.has(i.key) ? [i] : [];
  });
}
