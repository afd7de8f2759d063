import { systemContext } from '../core/command';
import { adoptTemplate } from '../modules/calendar/commands/adopt-template';
import { createTemplate } from '../modules/calendar/commands/create-template';
import type { DemoContext } from '../modules/manifest';

/** Tuyên Quang's calendar of the Front's year 2023 (the usual year), adopted by xã Hồng Sơn for itself, its six
 * villages and its organisations. */
export async function loadDemoCalendar(d: DemoContext): Promise<void> {
  const ctx = systemContext(d.db);
  const tpl = await createTemplate(ctx, { provinceId: d.province.id, year: 2023 });
  await adoptTemplate(ctx, tpl.id, d.commune.id);
}
