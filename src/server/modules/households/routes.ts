import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { invalid } from '../../core/errors';
import { commandContext } from '../../http/context';
import { readForm } from '../../http/multipart';
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
import { createHousehold } from './commands/create-household';
import { eraseHousehold } from './commands/erase-household';
import { fileError, householdImportTarget } from './commands/import-households';
import { exportHouseholds, exportPersonalData, readHousehold, readHouseholdPage } from './commands/read-households';
import { setYearCategories } from './commands/set-categories';
import { updateHousehold } from './commands/update-household';
import * as f from './fields';
import { MAX_FILE_BYTES } from './import-file';
import { householdImportOutcome, importFailure } from './import-job';
import { writesHouseholds } from './policy';
import { presentHouseholdFor, presentPersonalData } from './present';
import { findFilterUnitVisibleTo } from './lookup';
import { latestCategoryYear, writableVillages, type HouseholdFilter } from './queries';
import { householdCategories } from './schema';
import { exportXlsx, templateXlsx } from './xlsx';
import { fileResponse, XLSX_MIME } from '../../http/files';
import { todayVn } from '../../../lib/dates';
import { acceptedResponse, respondAsyncHeader } from '../jobs/fields';
import { prefersAsync, respondAsync } from '../jobs/http';

const TAGS = ['Hộ gia đình'];

const categoryOut = z.object({
  year: z.number(),
  category: z.enum(householdCategories),
  decisionRef: z.string().nullable(),
});
const householdRecord = z
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
  .openapi('HouseholdRecord');
const householdCan = z
  .object({ edit: z.boolean(), erase: z.boolean(), exportPersonalData: z.boolean() })
  .openapi('HouseholdCan', { description: 'What the caller may do with this household.' });
const householdOut = householdRecord.extend({ can: householdCan }).openapi('Household');
const personalDataOut = z
  .object({
    exportedAt: z.string(),
    exportedBy: z.string(),
    household: householdRecord,
    categories: z.array(categoryOut.extend({ label: z.string() })),
    supports: z.array(
      z.object({
        programId: z.string(),
        programName: z.string(),
        date: z.string(),
        kind: z.string(),
        value: z.number(),
        description: z.string().nullable(),
        handedOverAt: z.string().nullable(),
      }),
    ),
    note: z.string(),
  })
  .openapi('HouseholdPersonalData');
const importRowError = z.object({ row: z.number(), field: z.string(), message: z.string() });
const importFailureOut = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }),
    created: z.number(),
    updated: z.number(),
    errors: z.array(importRowError),
  })
  .openapi('HouseholdImportFailure');

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
    'Danh sách hộ trong phạm vi: trưởng ban thôn chỉ thôn mình; Ban Thường trực và người xem cấp xã cả xã; cấp ' +
    'trên các xã trực thuộc; trưởng tổ chức thành viên không xem hộ. `q` tìm theo họ tên chủ hộ, không phân ' +
    'biệt dấu. Mỗi lần xem danh sách được ghi nhật ký (household.list).',
  request: { query: listQuery },
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(householdOut),
        total: z.number(),
        limit: z.number(),
        offset: z.number(),
        can: z.object({ add: z.boolean() }).openapi({ description: 'May the caller add or import households.' }),
      }),
    ),
    ...errorResponses,
  },
});

const latestYearRoute = createRoute({
  method: 'get',
  path: '/api/v1/households/latest-year',
  tags: TAGS,
  security,
  description:
    'Năm gần nhất (không sau năm nay) có hộ được xếp diện trong danh sách (cùng phạm vi và bộ lọc thôn, xã, diện): ' +
    'năm đã chọn không có số liệu thì gợi ý năm này; `year` null khi chưa có.',
  request: { query: filterQuery.pick({ villageId: true, communeId: true, category: true, includeErased: true }) },
  responses: { 200: jsonResponse(z.object({ year: z.number().nullable() })), ...errorResponses },
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
    'Toàn bộ dữ liệu của hộ (thông tin, diện hộ các năm, quà đã nhận) để cung cấp khi người dân yêu cầu. Được ' +
    'ghi nhật ký.',
  request: { params: idParam },
  responses: { 200: jsonResponse(personalDataOut), ...errorResponses },
});

const eraseRoute = createRoute({
  method: 'post',
  path: '/api/v1/households/{id}/erase',
  tags: TAGS,
  security,
  description:
    'Xóa thông tin cá nhân theo yêu cầu (chỉ Ban Thường trực xã): họ tên thành "Hộ đã xóa thông tin", địa chỉ ' +
    'và điện thoại bỏ trống; hộ, diện hộ và quà đã nhận (giá trị) giữ nguyên.',
  request: { params: idParam, body: jsonBody(eraseBody) },
  responses: { 200: jsonResponse(householdOut), ...errorResponses },
});

const tooLarge = (c: Context<AppEnv>) => {
  const out = importFailure(413, 'Tệp quá lớn (tối đa 10 MB); chưa nhập hộ nào.', [fileError('Tệp tối đa 10 MB.')]);
  return c.json(out.body, 413);
};

const filterOf = (q: z.infer<typeof filterQuery>): HouseholdFilter => ({
  villageId: q.villageId,
  communeId: q.communeId,
  category: q.category,
  year: q.year,
  q: q.q?.trim() || undefined,
  includeErased: q.includeErased === 'true',
});

export function householdsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  // Files first: their paths would otherwise be read as a household id.
  app.get('/api/v1/households/template.xlsx', async (c) => {
    const villages = (await writableVillages(db, actorOf(c))).sort((a, b) => a.path.localeCompare(b.path));
    return fileResponse(c, await templateXlsx(villages), 'mau-danh-sach-ho.xlsx');
  });

  app.get('/api/v1/households/export.xlsx', async (c) => {
    const ctx = commandContext(c, db);
    const parsed = filterQuery.safeParse(c.req.query());
    if (!parsed.success) throw invalid(fieldsOf(parsed.error.issues));
    const filter = filterOf(parsed.data);
    const { items, filter: filterText } = await exportHouseholds(ctx, filter);
    const actorName = `${ctx.actor.fullName} (${ctx.actor.username})`;
    const body = await exportXlsx(items, { year: filter.year, actor: actorName, filter: filterText });
    return fileResponse(c, body, 'danh-sach-ho.xlsx', { headers: { 'Cache-Control': 'no-store' } });
  });

  app.post(
    '/api/v1/households/import',
    // The file plus the multipart envelope.
    bodyLimit({ maxSize: MAX_FILE_BYTES + 256 * 1024, onError: (c) => tooLarge(c as Context<AppEnv>) }),
    async (c) => {
      const ctx = commandContext(c, db);
      const form = await readForm(c, 'Cần gửi tệp dạng multipart/form-data (trường "file").');
      const { file, communeId } = form;
      if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp .xlsx hoặc .csv.' });
      if (file.size > MAX_FILE_BYTES) return tooLarge(c);
      const commune = typeof communeId === 'string' && communeId ? communeId : undefined;
      if (commune && !z.uuid().safeParse(commune).success) throw invalid({ communeId: 'Mã xã không hợp lệ.' });
      const data = await file.arrayBuffer();
      if (prefersAsync(c)) {
        const target = await householdImportTarget(ctx, commune);
        return respondAsync(c, deps, ctx, {
          kind: 'households.import',
          communeId: target.commune.id,
          scopePath: target.commune.path,
          input: { communeId: target.commune.id },
          file: { name: file.name, bytes: data },
        });
      }
      const out = await householdImportOutcome(ctx, { data, fileName: file.name, communeId: commune });
      return c.json(out.body, out.status as ContentfulStatusCode);
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
      'Xuất danh sách hộ (cùng bộ lọc như danh sách) ra Excel, theo cột của tệp mẫu. Ô bắt đầu bằng = + - @ ' +
      "được thêm dấu ' đầu. Được ghi nhật ký (household.export).",
    request: { query: filterQuery },
    responses: fileDoc('Tệp .xlsx'),
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/households/import',
    tags: TAGS,
    security,
    description:
      'Nhập danh sách hộ từ .xlsx hoặc .csv (UTF-8), tối đa 10 MB và 20.000 dòng. Hộ đã có (cùng họ tên chủ hộ ' +
      'không dấu và cùng thôn) được cập nhật: ô địa chỉ/nhân khẩu/điện thoại có giá trị thì ghi đè, diện hộ ' +
      'của năm trong dòng thay diện cũ cùng năm. Trùng trong tệp, thôn/diện/năm sai, ô có công thức: 422 với ' +
      '`errors` theo dòng và `error.fields` dạng `rows.<dòng>.<trường>`; không ghi gì. Với ' +
      '`Prefer: respond-async`: 202 và một việc chạy nền (`Location`), kết quả như trên.',
    request: {
      headers: respondAsyncHeader,
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
        z.object({ created: z.number(), updated: z.number(), errors: z.array(importRowError) }),
        'Đã nhập',
      ),
      202: acceptedResponse,
      ...errorResponses,
      422: jsonResponse(importFailureOut, 'Tệp hoặc dòng sai; `errors` theo dòng; chưa nhập hộ nào'),
      413: jsonResponse(importFailureOut, 'Tệp quá 10 MB'),
    },
  });

  app.openapi(listRoute, async (c) => {
    const ctx = commandContext(c, db);
    const q = c.req.valid('query');
    const page = { limit: q.limit, offset: q.offset };
    const { items, total } = await readHouseholdPage(ctx, filterOf(q), page);
    const can = { add: writesHouseholds(ctx.actor) };
    return c.json({ items: items.map((h) => presentHouseholdFor(ctx.actor, h)), total, ...page, can }, 200);
  });

  // Before `/households/{id}`, which would read the path as an id.
  app.openapi(latestYearRoute, async (c) => {
    const actor = actorOf(c);
    const filter = filterOf(c.req.valid('query'));
    await findFilterUnitVisibleTo(db, actor, filter);
    const year = await latestCategoryYear(db, actor, filter, Number(todayVn().slice(0, 4)));
    return c.json({ year }, 200);
  });

  app.openapi(createRouteDef, async (c) => {
    const ctx = commandContext(c, db);
    const created = await createHousehold(ctx, c.req.valid('json'));
    return c.json(presentHouseholdFor(ctx.actor, created), 201);
  });

  app.openapi(getRoute, async (c) => {
    const ctx = commandContext(c, db);
    const h = await readHousehold(ctx, c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json(presentHouseholdFor(ctx.actor, h), 200);
  });

  app.openapi(patchRoute, async (c) => {
    const ctx = commandContext(c, db);
    const updated = await updateHousehold(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentHouseholdFor(ctx.actor, updated), 200);
  });

  app.openapi(categoriesRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { year, categories } = c.req.valid('json');
    const updated = await setYearCategories(ctx, c.req.valid('param').id, year, categories);
    return c.json(presentHouseholdFor(ctx.actor, updated), 200);
  });

  app.openapi(personalDataRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { household, supports } = await exportPersonalData(ctx, c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json(presentPersonalData(ctx.actor, household, supports), 200);
  });

  app.openapi(eraseRoute, async (c) => {
    const ctx = commandContext(c, db);
    const erased = await eraseHousehold(ctx, c.req.valid('param').id, c.req.valid('json').reason);
    return c.json(presentHouseholdFor(ctx.actor, erased), 200);
  });

  return app;
}
