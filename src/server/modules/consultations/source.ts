import { registerIndicatorSource } from '../targets/sources';
import { consultationFigures } from './figures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO = { consultations: 0, comments: 0 };

/**
 * Consultations feed indicators ("Số ý kiến góp ý dự thảo văn bản"): the comments collected, or the
 * drafts put out, in a unit subtree — for one consultation (`consultationId`) or, when none is named,
 * every consultation opened within the indicator's period.
 */
export function registerConsultationSources(): void {
  const figures = (
    db: Parameters<typeof consultationFigures>[0],
    q: { params: Record<string, string>; unitPath: string; from: string; to: string },
  ) => {
    const id = q.params.consultationId?.trim();
    if (id && !UUID.test(id)) return Promise.resolve(ZERO);
    return consultationFigures(db, q.unitPath, q.from, q.to, id || undefined);
  };
  registerIndicatorSource({
    key: 'consultations.comments',
    label: 'Số ý kiến góp ý dự thảo văn bản (cá nhân, tổ chức, hội nghị; một dự thảo hoặc mọi dự thảo trong kỳ)',
    params: ['consultationId'],
    compute: async (db, q) => ({ value: (await figures(db, q)).comments }),
  });
  registerIndicatorSource({
    key: 'consultations.held',
    label: 'Số dự thảo văn bản đã tổ chức lấy ý kiến góp ý trong kỳ',
    params: [],
    compute: async (db, q) => ({ value: (await figures(db, { ...q, params: {} })).consultations }),
  });
}
