import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';

/**
 * The start page's "Việc hôm nay" (issue 13.1): what is due or late for the user, gathered from the modules that own
 * the work without the start page knowing them. Each module registers a source through its manifest (`agenda`), as
 * modules feed indicators through targets/sources.ts; a source answers for one user, in that user's scope, with the
 * same queries and policies its own list pages use.
 */

/** late: past its date; soon: due within the source's horizon; waiting: waits on this user (no date). */
export type AgendaState = 'late' | 'soon' | 'waiting';

export type AgendaItem = {
  /** The record the item opens in the staff app: the petition, the task's campaign, the round, the supervision… */
  id: string;
  title: string;
  /** A second line: the unit, the organisation, the campaign… */
  detail: string | null;
  dueDate: string | null;
  state: AgendaState;
};

/** One kind of work ("overdue petitions"): how many, and the first few, the most urgent first. */
export type AgendaGroup = { key: string; count: number; items: AgendaItem[] };

export type AgendaContext = { db: Queryable; actor: Actor; today: string };

/** The quick actions a user may be offered on the start page; each is decided by the module that owns it. */
export const quickActions = ['receipt', 'result', 'petition', 'report'] as const;
export type QuickAction = (typeof quickActions)[number];

export type AgendaSource = {
  /** Group keys this source may answer (for the OpenAPI document and the web dictionary). */
  keys: readonly string[];
  groups(ctx: AgendaContext): Promise<AgendaGroup[]>;
  /** The quick actions this user may take in this module (any unit of their scope). */
  actions?(actor: Actor): QuickAction[];
};

/** How many items of a group the start page lists; the rest is behind the group's link. */
export const ITEMS_PER_GROUP = 5;

const registry: AgendaSource[] = [];

export function registerAgendaSource(source: AgendaSource): void {
  if (!registry.includes(source)) registry.push(source);
}

export const agendaSources = (): readonly AgendaSource[] => registry;

const RANK: Record<AgendaState, number> = { late: 0, soon: 1, waiting: 2 };

/**
 * Pure: a group from its items (all of them, or the first ones of a query with its total as `count`), late first,
 * then by date (undated last), capped; an empty group is dropped so the page shows only what needs doing.
 */
export function groupOf(key: string, all: AgendaItem[], count = all.length): AgendaGroup[] {
  if (count === 0) return [];
  const items = [...all].sort(
    (a, b) =>
      RANK[a.state] - RANK[b.state] ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.title.localeCompare(b.title, 'vi'),
  );
  return [{ key, count, items: items.slice(0, ITEMS_PER_GROUP) }];
}

/** Pure: late when the date has passed, soon otherwise. */
export const stateByDate = (dueDate: string, today: string): AgendaState => (dueDate < today ? 'late' : 'soon');

/** Pure: the groups of every source, the ones holding late work first, in the sources' order otherwise. */
export function orderGroups(groups: AgendaGroup[]): AgendaGroup[] {
  const late = (g: AgendaGroup) => (g.items.some((i) => i.state === 'late') ? 0 : 1);
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => late(a.g) - late(b.g) || a.i - b.i)
    .map((x) => x.g);
}

/** Pure: a one-line excerpt of a long text (a petition's content) for a list. */
export function excerpt(text: string, max = 90): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
