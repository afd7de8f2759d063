import type { Actor } from '../../core/actor';
import { invalid, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { formatDateVi } from '../../../lib/dates';
import { visibleBody } from './queries';
import { lateNotice, PLAN_NOTICE_WORKING_DAYS } from './rules';
import type { Body } from './schema';

/**
 * For the supervision module: the board that carries out an inspection or a supervision (Ban Thanh tra nhân dân,
 * Ban Giám sát đầu tư của cộng đồng) — visible, sitting, of the commune — or a 4xx naming `bodyId`.
 */
export async function findBoardVisibleTo(db: Queryable, actor: Actor, id: string, communeId: string): Promise<Body> {
  const body = await visibleBody(db, actor, id);
  if (!body) throw unknownReference('bodyId', 'Ban');
  if (body.kind !== 'people_inspection' && body.kind !== 'investment_supervision')
    throw invalid({ bodyId: 'Chỉ Ban Thanh tra nhân dân hoặc Ban Giám sát đầu tư của cộng đồng.' });
  if (body.communeId !== communeId) throw invalid({ bodyId: 'Ban phải của xã này.' });
  if (body.endedOn) throw invalid({ bodyId: 'Ban này đã hết nhiệm kỳ.' });
  return body;
}

/**
 * The Ban Thanh tra nhân dân sends its inspection plan at least 5 working days before it starts (Decree 59/2023):
 * a 422 naming `planSentOn` otherwise. The investment supervision board has no such notice.
 */
export function checkPlanNotice(board: Body, planSentOn: string | null | undefined, startDate: string) {
  if (board.kind !== 'people_inspection') return;
  if (!planSentOn) throw invalid({ planSentOn: 'Ghi ngày gửi kế hoạch thanh tra cho nơi được thanh tra.' });
  const latest = lateNotice(planSentOn, startDate);
  if (latest)
    throw invalid({
      planSentOn: `Kế hoạch phải gửi trước ít nhất ${PLAN_NOTICE_WORKING_DAYS} ngày làm việc: chậm nhất ngày ${formatDateVi(latest)}.`,
    });
}
