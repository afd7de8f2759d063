import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type AgendaSource, groupOf, ITEMS_PER_GROUP } from '../today/agenda';
import { organizationRefs, unitRefs } from '../units/refs';
import { memberships, membershipTransfers, people } from './schema';

const fromCommune = alias(unitRefs, 'from_commune');

/**
 * Members moving in from another commune wait until the receiving standing committee accepts or refuses them
 * (commands/decide-transfer): the start page names them, with the organisation and the commune they come from.
 */
export const membersAgenda: AgendaSource = {
  keys: ['transfers.incoming'],
  async groups({ db, actor }) {
    const communes = actor.grants.flatMap((g) => (g.role === 'standing' && g.unitId ? [g.unitId] : []));
    if (communes.length === 0) return [];
    const where = and(
      inArray(membershipTransfers.toCommuneId, communes),
      ne(membershipTransfers.communeId, membershipTransfers.toCommuneId),
      eq(membershipTransfers.status, 'pending'),
    );
    const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(membershipTransfers).where(where);
    const rows = await db
      .select({
        id: membershipTransfers.id,
        fullName: people.fullName,
        organization: organizationRefs.shortName,
        fromCommuneName: fromCommune.name,
      })
      .from(membershipTransfers)
      .innerJoin(memberships, eq(memberships.id, membershipTransfers.membershipId))
      .innerJoin(people, eq(people.id, memberships.personId))
      .innerJoin(organizationRefs, eq(organizationRefs.id, memberships.organizationId))
      .innerJoin(fromCommune, eq(fromCommune.id, membershipTransfers.communeId))
      .where(where)
      .orderBy(desc(membershipTransfers.createdAt))
      .limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.id,
      title: r.fullName,
      detail: `${r.organization} · ${r.fromCommuneName}`,
      dueDate: null,
      state: 'waiting' as const,
    }));
    return groupOf('transfers.incoming', items, Number(total?.n ?? 0));
  },
};
