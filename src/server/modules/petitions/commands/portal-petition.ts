import type { z } from '@hono/zod-openapi';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { Db, Queryable } from '../../../db/client';
import { formValues, type PortalForm, portalSchema } from '../portal-form';
import { communeVillages } from '../queries';
import { petitionFields } from '../schema';
import { recordPetition } from './create-petition';

const field = (v: string) => petitionFields.find((f) => f === v) ?? 'other';

type Commune = { id: string; path: string };
type Village = Awaited<ReturnType<typeof communeVillages>>[number];

/** A portal form as checked: the values and errors to show again, or what to record. */
export type CheckedPortalForm =
  | { ok: false; values: PortalForm; errors: Record<string, string>; villages: Village[] }
  | { ok: true; data: z.infer<typeof portalSchema>; village: Village | undefined };

/** The citizen's form checked on the server: each field's first error, and a village of this commune. */
export async function checkPortalPetition(
  db: Queryable,
  commune: Commune,
  body: Record<string, unknown>,
): Promise<CheckedPortalForm> {
  const villages = await communeVillages(db, commune.id);
  const values = formValues(body);
  const parsed = portalSchema.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
  const village = villages.find((v) => v.id === values.villageId.trim());
  if (values.villageId.trim() && !village) errors.villageId = 'Chọn thôn trong danh sách.';
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, values, errors, villages };
  return { ok: true, data: parsed.data, village };
}

/** A petition sent from the portal: received today, for the commune's People's Committee to answer. */
export async function submitPortalPetition(
  db: Db,
  meta: RequestMeta,
  commune: Commune,
  form: Extract<CheckedPortalForm, { ok: true }>,
) {
  const { data: d, village } = form;
  return recordPetition(db, meta, {
    communeId: commune.id,
    unitPath: village?.path ?? commune.path,
    villageId: village?.id ?? null,
    meetingId: null,
    source: 'portal',
    content: d.content,
    field: field(d.field),
    agency: 'ubnd_xa',
    agencyName: null,
    dueDate: null,
    receivedAt: todayVn(),
    submitterName: d.submitterName,
    submitterContact: d.submitterContact,
    submitterAddress: d.submitterAddress || null,
  });
}
