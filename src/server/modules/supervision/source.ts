import { registerIndicatorSource } from '../targets/sources';
import { heldCount } from './figures';
import { supervisionKinds, type Supervision } from './schema';

const isKind = (k: string | undefined): k is Supervision['kind'] =>
  (supervisionKinds as readonly string[]).includes(k ?? '');

/**
 * Supervision feeds indicators ("Số cuộc giám sát, phản biện xã hội"): sessions begun or concluded
 * whose start date falls in the indicator's period, per unit subtree; `kind` (supervision or
 * social_criticism) narrows it to one kind, otherwise both count.
 */
export function registerSupervisionSources(): void {
  registerIndicatorSource({
    key: 'supervision.held',
    label: 'Số cuộc giám sát, phản biện xã hội đã tổ chức (kind: supervision hoặc social_criticism để đếm riêng)',
    params: ['kind'],
    compute: async (db, q) => {
      const kind = q.params.kind?.trim();
      if (kind && !isKind(kind)) return { value: 0 };
      return { value: await heldCount(db, q.unitPath, q.from, q.to, isKind(kind) ? kind : undefined) };
    },
  });
}
