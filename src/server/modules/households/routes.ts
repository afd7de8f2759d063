import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { unitDisplayName } from '../../../lib/units';
import { foldVietnamese } from '../../../lib/vi-text';
import { metaOf, type Actor } from '../../core/actor';
import { AppError, forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import type { AppDeps, AppEnv } from '../../http/env';
import {
  actorOf,
  createRouter,
  errorResponses,
  fieldsOf,
  idParam,
  jsonBody,
  jsonResponse,
  security,
} from '../../http/router';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { createHousehold } from './commands/create-household';
import { eraseHousehold } from './commands/erase-household';
import { importHouseholds, type ResolvedRow } from './commands/import-households';
import { logHouseholdRead } from './commands/log-read';
import { setYearCategories } from './commands/set-categories';
import { updateHousehold } from './commands/update-household';
import * as f from './fields';
import { HouseholdFileError, MAX_FILE_BYTES, parseHouseholdFile, type RowError } from './import-file';
import {
  canEraseHousehold,
  canExportPersonalData,
  canReadHousehold,
  canWriteHousehold,
  householdReadRoots,
} from './policy';
import { presentHousehold } from './present';
import {
  allHouseholds,
  findHousehold,
  listHouseholds,
  registryKeys,
  supportsOf,
  writableVillages,
  type HouseholdFilter,
} from './queries';
import { householdCategories } from './schema';
import { exportXlsx, templateXlsx } from './xlsx';
import { fileResponse, XLSX_MIME } from '../../http/files';

const TAGS = ['Hộ gia đình'];
const MAX_EXPORT = 50_000;
const MAX_LISTED_ERRORS = 1000;

const categoryOut = z.object({
  year: z.number(),
  category: z.enum(householdCategories),
  decisionRef: z.string().nullable(),
});
const householdOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    villageId: z.string(),
    villageName: z.string(),
    headName: z.string(),
    address: z.string().nullable(),
    members: z.number().nullable(),
    phone: z.string().nullable(),
    categories: z.array(categoryOut),
    erased: z.boolean(),
    erasedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Household');

const categoryIn = z.object({ year: f.year, category: f.category, decisionRef: f.decisionRef.nullish() }).strict();

/** No two entries of one (year, category): each is one fact. */
const uniqueCategories = <T extends { category: string; year?: number }>(
  list: T[],
  ctx: z.core.$RefinementCtx,
  path: (string | number)[] = [],
) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const key = `${c.year ?? ''}|${c.category}`;
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: [...path, i, 'category'], message: 'Diện hộ này đã có trong cùng năm.' });
    seen.add(key);
  });
};

const createBody = z
  .object({
    villageId: z.uuid('Mã thôn không hợp lệ.'),
    headName: f.headName,
    members: f.members.nullish(),
    address: f.address.nullish(),
    phone: f.phone.nullish(),
    categories: z.array(categoryIn).max(50, 'Tối đa 50 diện hộ.').optional(),
  })
  .strict()
  .superRefine((v, ctx) => uniqueCategories(v.categories ?? [], ctx, ['categories']));

const patchBody = z
  .object({
    villageId: z.uuid('Mã thôn không hợp lệ.').optional(),
    headName: f.headName.optional(),
    members: f.members.nullable().optional(),
    address: f.address.nullable().optional(),
    phone: f.phone.nullable().optional(),
  })
  .strict();

const categoriesBody = z
  .object({
    year: f.year,
    categories: z
      .array(z.object({ category: f.category, decisionRef: f.decisionRef.nullish() }).strict())
      .max(20, 'Tối đa 20 diện hộ trong một năm.'),
  })
  .strict()
  .superRefine((v, ctx) => uniqueCategories(v.categories, ctx, ['categories']));

const eraseBody = z
  .object({
    reason: z
      .string({ message: 'Nêu lý do xóa.' })
      .trim()
      .min(3, 'Nêu lý do xóa (ít nhất 3 ký tự).')
      .max(500, 'Lý do tối đa 500 ký tự.'),
  })
  .strict();

const filterQuery = z.object({
  villageId: z.uuid('Mã thôn không hợp lệ.').optional(),
  communeId: z.uuid('Mã xã không hợp lệ.').optional(),
  category: f.category.optional(),
  year: z.coerce
    .number({ message: 'Năm phải là số.' })
    .int('Năm phải là số nguyên.')
    .min(f.MIN_YEAR)
    .max(2100)
    .optional(),
  q: z.string().max(100, 'Từ khóa tối đa 100 ký tự.').optional(),
  includeErased: z.enum(['true', 'false'], { message: 'includeErased là true hoặc false.' }).optional(),
});
const listQuery = filterQuery.extend({
  limit: z.coerce.number().int().min(1, 'limit từ 1 đến 1000.').max(1000, 'limit từ 1 đến 1000.').default(100),
  offset: z.coerce.number().int().min(0, 'offset không âm.').default(0),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/households',
  tags: TAGS,
  security,
  description:
    'Danh sách hộ trong phạm vi: trưởng ban thôn chỉ thôn mình; Ban Thường trực và người xem cấp xã cả xã; cấp trên các xã trực thuộc; trưởng tổ chức thành viên không xem hộ. `q` tìm theo họ tên chủ hộ, không phân biệt dấu. Mỗi lần xem danh sách được ghi nhật ký (household.list).',
  request: { query: listQuery },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(householdOut), total: z.number(), limit: z.number(), offset: z.number() }),
    ),
    ...errorResponses,
  },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/v1/households',
  tags: TAGS,
  security,
  request: { body: jsonBody(createBody) },
  responses: { 201: jsonResponse(householdOut, 'Đã thêm'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/households/{id}',
  tags: TAGS,
  security,
  request: { params: idParam },
  responses: { 200: jsonResponse(householdOut), ...errorResponses },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/v1/households/{id}',
  tags: TAGS,
  security,
  description:
    'Sửa thôn (trong cùng xã), họ tên chủ hộ, địa chỉ, số nhân khẩu, điện thoại; `null` xóa trường không bắt buộc.',
  request: { params: idParam, body: jsonBody(patchBody) },
  responses: { 200: jsonResponse(householdOut), ...errorResponses },
});

const categoriesRoute = createRoute({
  method: 'put',
  path: '/api/v1/households/{id}/categories',
  tags: TAGS,
  security,
  description: 'Thay toàn bộ diện hộ của một năm (danh sách rỗng: xóa diện của năm đó). Các năm khác giữ nguyên.',
  request: { params: idParam, body: jsonBody(categoriesBody) },
  responses: { 200: jsonResponse(householdOut), ...errorResponses },
});

const personalDataRoute = createRoute({
  method: 'get',
  path: '/api/v1/households/{id}/personal-data',
  tags: TAGS,
  security,
  description:
    'Toàn bộ dữ liệu của hộ (thông tin, diện hộ các năm, quà đã nhận) để cung cấp khi người dân yêu cầu. Được ghi nhật ký.',
  request: { params: idParam },
  responses: { 200: jsonResponse(z.record(z.string(), z.unknown())), ...errorResponses },
});

const eraseRoute = createRoute({
  method: 'post',
  path: '/api/v1/households/{id}/erase',
  tags: TAGS,
  security,
  description:
    'Xóa thông tin cá nhân theo yêu cầu (chỉ Ban Thường trực xã): họ tên thành "Hộ đã xóa thông tin", địa chỉ và điện thoại bỏ trống; hộ, diện hộ và quà đã nhận (giá trị) giữ nguyên.',
  request: { params: idParam, body: jsonBody(eraseBody) },
  responses: { 200: jsonResponse(householdOut), ...errorResponses },
});

type ImportError = { row: number; field: string; message: string };

/** 422/413 for an import: the error convention's `error` and the per-row `errors` list, both. */
function importFailure(c: Context<AppEnv>, status: 413 | 422, message: string, errors: ImportError[]) {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const fields: Record<string, string> = {};
  for (const e of listed) fields[e.field === 'file' ? 'file' : `rows.${e.row}.${e.field}`] ??= e.message;
  if (errors.length > listed.length) fields.file ??= `Còn ${errors.length - listed.length} lỗi khác chưa liệt kê.`;
  return c.json(
    {
      error: { code: status === 413 ? 'file_too_large' : 'validation_failed', message, fields },
      created: 0,
      updated: 0,
      errors: listed,
    },
    status,
  );
}

const fileError = (message: string): ImportError[] => [{ row: 0, field: 'file', message }];

export function householdsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  async function readable(actor: Actor, id: string) {
    const h = await findHousehold(db, id);
    if (!h || !canReadHousehold(actor, h)) throw notFound('Hộ');
    return h;
  }

  /** A village the actor may add households to: 404 naming the field when unknown or unreadable, 403 when only readable. */
  async function writableVillage(actor: Actor, id: string, field = 'villageId') {
    const v = await findUnit(db, id);
    if (v?.level !== 'village' || !v.communeId || !canReadHousehold(actor, { unitPath: v.path }))
      throw unknownReference(field, 'Thôn');
    if (!canWriteHousehold(actor, { unitPath: v.path }))
      throw forbidden({ [field]: 'Bạn không được ghi hộ của thôn này.' });
    return v;
  }

  /** Where a read of a list is filed in the audit log: the village or commune filtered on, else the actor's one scope. */
  async function readScope(actor: Actor, filter: HouseholdFilter) {
    const id = filter.villageId ?? filter.communeId;
    const unit = id ? await findUnit(db, id) : null;
    if (unit) return { scopePath: unit.path, communeId: unit.communeId };
    const roots = householdReadRoots(actor);
    const grants = actor.grants.filter((g) => g.unitPath && roots.includes(g.unitPath));
    return roots.length === 1
      ? { scopePath: roots[0] ?? null, communeId: grants[0]?.communeId ?? null }
      : { scopePath: null, communeId: null };
  }

  const filterOf = (q: z.infer<typeof filterQuery>): HouseholdFilter => ({
    villageId: q.villageId,
    communeId: q.communeId,
    category: q.category,
    year: q.year,
    q: q.q?.trim() || undefined,
    includeErased: q.includeErased === 'true',
  });
  const filterRecord = (fl: HouseholdFilter) =>
    Object.fromEntries(Object.entries(fl).filter(([, v]) => v !== undefined && v !== false));

  // Files first: their paths would otherwise be read as a household id.
  app.get('/api/v1/households/template.xlsx', async (c) => {
    const actor = actorOf(c);
    const villages = (await writableVillages(db, actor)).sort((a, b) => a.path.localeCompare(b.path));
    return fileResponse(c, await templateXlsx(villages), 'mau-danh-sach-ho.xlsx');
  });

  app.get('/api/v1/households/export.xlsx', async (c) => {
    const actor = actorOf(c);
    const parsed = filterQuery.safeParse(c.req.query());
    if (!parsed.success) throw invalid(fieldsOf(parsed.error.issues));
    const filter = filterOf(parsed.data);
    const { items, total } = await allHouseholds(db, actor, filter, MAX_EXPORT);
    if (total > MAX_EXPORT)
      throw invalid({ _: `Có ${total} hộ, quá ${MAX_EXPORT} hộ cho một tệp; hãy lọc theo thôn.` });
    await logHouseholdRead(db, metaOf(actor, c.get('ip')), {
      action: 'household.export',
      entity: 'household_list',
      ...(await readScope(actor, filter)),
      after: { filter: filterRecord(filter), count: items.length, format: 'xlsx' },
    });
    const body = await exportXlsx(items, {
      year: filter.year,
      actor: `${actor.fullName} (${actor.username})`,
      filter: JSON.stringify(filterRecord(filter)),
    });
    return fileResponse(c, body, 'danh-sach-ho.xlsx', { headers: { 'Cache-Control': 'no-store' } });
  });

  app.post(
    '/api/v1/households/import',
    bodyLimit({
      maxSize: MAX_FILE_BYTES + 256 * 1024, // the file plus the multipart envelope
      onError: (c) =>
        importFailure(
          c as Context<AppEnv>,
          413,
          'Tệp quá lớn (tối đa 10 MB); chưa nhập hộ nào.',
          fileError('Tệp tối đa 10 MB.'),
        ),
    }),
    async (c) => {
      const actor = actorOf(c);
      const form = await c.req.parseBody().catch(() => {
        throw new AppError(400, 'bad_request', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
      });
      const file = form.file;
      if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp .xlsx hoặc .csv.' });
      if (file.size > MAX_FILE_BYTES)
        return importFailure(c, 413, 'Tệp quá lớn (tối đa 10 MB); chưa nhập hộ nào.', fileError('Tệp tối đa 10 MB.'));
      const communeField = typeof form.communeId === 'string' && form.communeId ? form.communeId : undefined;
      if (communeField && !z.uuid().safeParse(communeField).success)
        throw invalid({ communeId: 'Mã xã không hợp lệ.' });

      // Where the actor may import: the villages it writes, in one commune.
      const villages = await writableVillages(db, actor, communeField);
      if (villages.length === 0) {
        if (communeField) throw unknownReference('communeId', 'Xã');
        throw forbidden({ file: 'Bạn không được nhập danh sách hộ.' });
      }
      const communeIds = [...new Set(villages.map((v) => v.communeId as string))];
      if (communeIds.length > 1) throw invalid({ communeId: 'Bạn phụ trách nhiều xã: chọn xã để nhập (communeId).' });
      const commune = await findUnit(db, communeIds[0] as string);
      if (!commune) throw notFound('Xã');

      let parsed;
      try {
        parsed = await parseHouseholdFile(await file.arrayBuffer(), file.name);
      } catch (e) {
        if (e instanceof HouseholdFileError)
          return importFailure(c, 422, `${e.message} Chưa nhập hộ nào.`, fileError(e.message));
        throw e;
      }

      // Villages by folded name, display name ("Thôn Một") or id; a name two villages share is ambiguous.
      const byKey = new Map<string, Unit | 'ambiguous'>();
      const put = (k: string, v: Unit) => {
        const had = byKey.get(k);
        byKey.set(k, had && had !== 'ambiguous' && had.id !== v.id ? 'ambiguous' : v);
      };
      for (const v of villages) {
        put(foldVietnamese(v.name), v);
        put(foldVietnamese(unitDisplayName(v)), v);
        put(v.id.toLowerCase(), v);
      }

      const errors: RowError[] = [...parsed.errors];
      const registry = new Map<string, string[]>();
      for (const r of await registryKeys(db, commune.id)) {
        const k = `${r.villageId}|${r.headNameFolded}`;
        registry.set(k, [...(registry.get(k) ?? []), r.id]);
      }
      const seen = new Map<string, number>();
      const resolved: ResolvedRow[] = [];
      for (const r of parsed.rows) {
        const v = byKey.get(foldVietnamese(r.village));
        if (!v) {
          errors.push({
            row: r.row,
            field: 'villageId',
            message: `Thôn "${r.village}" không có trong xã hoặc nằm ngoài phạm vi của bạn.`,
          });
          continue;
        }
        if (v === 'ambiguous') {
          errors.push({
            row: r.row,
            field: 'villageId',
            message: `Có nhiều thôn cùng tên "${r.village}": ghi mã thôn (xem trang Hướng dẫn của tệp mẫu).`,
          });
          continue;
        }
        const folded = foldVietnamese(r.headName);
        const key = `${v.id}|${folded}`;
        const first = seen.get(key);
        if (first !== undefined) {
          const msg = (other: number) => `Trùng hộ với dòng ${other} (cùng họ tên chủ hộ và thôn).`;
          errors.push({ row: first, field: 'headName', message: msg(r.row) });
          errors.push({ row: r.row, field: 'headName', message: msg(first) });
          continue;
        }
        seen.set(key, r.row);
        const matches = registry.get(key) ?? [];
        if (matches.length > 1) {
          errors.push({
            row: r.row,
            field: 'headName',
            message: `Thôn đã có ${matches.length} hộ cùng họ tên chủ hộ này; hãy sửa trực tiếp trên ứng dụng.`,
          });
          continue;
        }
        resolved.push({ ...r, village: v, headNameFolded: folded, matchId: matches[0] ?? null });
      }
      if (errors.length) {
        errors.sort((a, b) => a.row - b.row);
        const rows = new Set(errors.map((e) => e.row)).size;
        return importFailure(c, 422, `Tệp có ${rows} dòng sai; chưa nhập hộ nào.`, errors);
      }
      const result = await importHouseholds(db, metaOf(actor, c.get('ip')), commune, resolved, file.name);
      return c.json({ ...result, errors: [] }, 201);
    },
  );

  const fileDoc = (description: string) => ({
    200: {
      description,
      content: { [XLSX_MIME]: { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
    },
    ...errorResponses,
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/v1/households/template.xlsx',
    tags: TAGS,
    security,
    description: 'Tệp mẫu để nhập danh sách hộ, kèm trang hướng dẫn liệt kê thôn và diện hộ.',
    responses: fileDoc('Tệp .xlsx'),
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/v1/households/export.xlsx',
    tags: TAGS,
    security,
    description:
      "Xuất danh sách hộ (cùng bộ lọc như danh sách) ra Excel, theo cột của tệp mẫu. Ô bắt đầu bằng = + - @ được thêm dấu ' đầu. Được ghi nhật ký (household.export).",
    request: { query: filterQuery },
    responses: fileDoc('Tệp .xlsx'),
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/households/import',
    tags: TAGS,
    security,
    description:
      'Nhập danh sách hộ từ .xlsx hoặc .csv (UTF-8), tối đa 10 MB và 20.000 dòng. Hộ đã có (cùng họ tên chủ hộ không dấu và cùng thôn) được cập nhật: ô địa chỉ/nhân khẩu/điện thoại có giá trị thì ghi đè, diện hộ của năm trong dòng thay diện cũ cùng năm. Trùng trong tệp, thôn/diện/năm sai, ô có công thức: 422 với `errors` theo dòng và `error.fields` dạng `rows.<dòng>.<trường>`; không ghi gì.',
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.string().openapi({ type: 'string', format: 'binary' }),
              communeId: z.string().optional(),
            }),
          },
        },
      },
    },
    responses: {
      201: jsonResponse(
        z.object({
          created: z.number(),
          updated: z.number(),
          errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
        }),
        'Đã nhập',
      ),
      ...errorResponses,
      413: jsonResponse(z.record(z.string(), z.unknown()), 'Tệp quá 10 MB'),
    },
  });

  app.openapi(listRoute, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    const filter = filterOf(q);
    const { items, total } = await listHouseholds(db, actor, filter, { limit: q.limit, offset: q.offset });
    await logHouseholdRead(db, metaOf(actor, c.get('ip')), {
      action: 'household.list',
      entity: 'household_list',
      ...(await readScope(actor, filter)),
      after: { filter: filterRecord(filter), count: total, returned: items.length, offset: q.offset },
    });
    return c.json({ items: items.map(presentHousehold), total, limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(createRouteDef, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const village = await writableVillage(actor, body.villageId);
    const created = await createHousehold(db, metaOf(actor, c.get('ip')), village, {
      headName: body.headName,
      members: body.members ?? null,
      address: f.blankToNull(body.address) ?? null,
      phone: f.blankToNull(body.phone) ?? null,
      categories: body.categories?.map((x) => ({ ...x, decisionRef: f.blankToNull(x.decisionRef) ?? null })),
    });
    return c.json(presentHousehold(created), 201);
  });

  app.openapi(getRoute, async (c) => {
    const h = await readable(actorOf(c), c.req.valid('param').id);
    return c.json(presentHousehold(h), 200);
  });

  app.openapi(patchRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const h = await readable(actor, c.req.valid('param').id);
    if (!canWriteHousehold(actor, h)) throw forbidden();
    let village: Unit | undefined;
    if (body.villageId && body.villageId !== h.villageId) {
      village = await writableVillage(actor, body.villageId);
      if (village.communeId !== h.communeId)
        throw invalid({ villageId: 'Chỉ chuyển hộ sang thôn khác trong cùng xã.' });
    }
    const updated = await updateHousehold(db, metaOf(actor, c.get('ip')), h, {
      village,
      headName: body.headName,
      members: body.members,
      address: f.blankToNull(body.address),
      phone: f.blankToNull(body.phone),
    });
    return c.json(presentHousehold(updated), 200);
  });

  app.openapi(categoriesRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const h = await readable(actor, c.req.valid('param').id);
    if (!canWriteHousehold(actor, h)) throw forbidden();
    const cats = body.categories.map((x) => ({
      category: x.category,
      decisionRef: f.blankToNull(x.decisionRef) ?? null,
    }));
    return c.json(presentHousehold(await setYearCategories(db, metaOf(actor, c.get('ip')), h, body.year, cats)), 200);
  });

  app.openapi(personalDataRoute, async (c) => {
    const actor = actorOf(c);
    const h = await readable(actor, c.req.valid('param').id);
    if (!canExportPersonalData(actor, h)) throw forbidden();
    const supports = await supportsOf(db, h.id);
    await logHouseholdRead(db, metaOf(actor, c.get('ip')), {
      action: 'household.personal_data',
      entity: 'household',
      entityId: h.id,
      communeId: h.communeId,
      scopePath: h.unitPath,
      after: { supports: supports.length },
    });
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        exportedAt: new Date().toISOString(),
        exportedBy: actor.username,
        household: presentHousehold(h),
        categories: h.categories.map((x) => ({ ...x, label: f.categoryLabels[x.category] })),
        supports,
        note: 'Dữ liệu hộ lưu trong hệ thống Mặt trận xã: họ tên chủ hộ, thôn, địa chỉ, số nhân khẩu, điện thoại, diện hộ theo năm và quà đã nhận.',
      },
      200,
    );
  });

  app.openapi(eraseRoute, async (c) => {
    const actor = actorOf(c);
    const { reason } = c.req.valid('json');
    const h = await readable(actor, c.req.valid('param').id);
    if (!canEraseHousehold(actor, h))
      throw forbidden({ id: 'Chỉ Ban Thường trực xã được xóa thông tin cá nhân của hộ.' });
    return c.json(presentHousehold(await eraseHousehold(db, metaOf(actor, c.get('ip')), h, reason)), 200);
  });

  return app;
}
