import { createRoute, z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { invalid } from '../../core/errors';
import { uploadLimit } from '../../http/body-limit';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { fileResponse, XLSX_MIME } from '../../http/files';
import { readForm } from '../../http/multipart';
import { createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import { acceptedResponse, respondAsyncHeader } from '../jobs/fields';
import { prefersAsync, respondAsync } from '../jobs/http';
import { authoriseMemberImport } from './commands/import-members';
import { MEMBER_HEADERS } from './import-file';
import { memberImportOutcome } from './import-job';

/** Importing an organisation's member list from Excel or CSV, and its template. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const rowError = z.object({ row: z.number(), field: z.string(), message: z.string() });
const summary = z.object({
  rows: z.number(),
  newPeople: z.number(),
  matchedPeople: z.array(
    z.object({ row: z.number(), fullName: z.string(), birthYear: z.number().nullable(), village: z.string() }),
  ),
  created: z.number(),
});

/** Documented here, served by a plain handler: the multipart body is read by readForm, not by the schema. */
const importDoc = {
  method: 'post' as const,
  path: '/api/v1/memberships/import',
  tags: ['Hội viên'],
  security,
  description:
    'Nhập danh sách hội viên của một tổ chức từ .xlsx hoặc .csv (tối đa 10 MB, 20.000 dòng): cột Họ tên, Năm sinh, ' +
    'Giới tính, Thôn/tổ dân phố, Chi hội, Ngày vào, Số thẻ, Loại (đóng phí), Điện thoại. Người đã có trong danh sách ' +
    'của xã (cùng họ tên không dấu, năm sinh và thôn) được nối, không tạo lại; `dryRun=true` chỉ kiểm tra và liệt kê ' +
    'những người đó để xác nhận. Thôn, chi hội sai, trùng dòng, người đang là hội viên: 422 với `errors` theo dòng; ' +
    'không ghi gì. Với `Prefer: respond-async`: 202 và một việc chạy nền (`Location`), kết quả như trên.',
  request: {
    headers: respondAsyncHeader,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.string().openapi({ type: 'string', format: 'binary' }),
            organizationId: z.string(),
            dryRun: z.enum(['true', 'false']).optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: jsonResponse(summary, 'Đã nhập (hoặc kết quả kiểm tra khi dryRun)'),
    202: acceptedResponse,
    ...errorResponses,
    422: jsonResponse(
      z.object({
        error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }),
        errors: z.array(rowError),
      }),
      'Tệp hoặc dòng sai; chưa nhập gì',
    ),
  },
};

const templateRoute = createRoute({
  method: 'get',
  path: '/api/v1/memberships/template.xlsx',
  tags: ['Hội viên'],
  security,
  description: 'Tệp mẫu danh sách hội viên.',
  responses: {
    200: {
      description: 'Tệp .xlsx',
      content: { [XLSX_MIME]: { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
    },
    ...errorResponses,
  },
});

export function memberImportRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openAPIRegistry.registerPath(importDoc);
  app.post(importDoc.path, uploadLimit(MAX_FILE_BYTES), async (c) => {
    const ctx = commandContext(c, db);
    const form = await readForm(c, 'Cần gửi tệp dạng multipart/form-data (trường "file").');
    const { file, organizationId, dryRun } = form;
    if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp .xlsx hoặc .csv.' });
    if (typeof organizationId !== 'string' || !z.uuid().safeParse(organizationId).success)
      throw invalid({ organizationId: 'Chọn tổ chức (mã không hợp lệ).' });
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false')
      throw invalid({ dryRun: 'dryRun là true hoặc false.' });
    const input = { organizationId, dryRun: dryRun === 'true' };
    if (prefersAsync(c)) {
      const { org, communePath } = await authoriseMemberImport(ctx, organizationId);
      return respondAsync(c, deps, ctx, {
        kind: 'members.import',
        communeId: org.communeId,
        scopePath: communePath,
        input,
        file: { name: file.name, bytes: await file.arrayBuffer() },
      });
    }
    const out = await memberImportOutcome(ctx, { data: await file.arrayBuffer(), fileName: file.name, ...input });
    return c.json(out.body, out.status as ContentfulStatusCode);
  });

  app.openapi(templateRoute, async (c) => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('Hội viên');
    ws.addRow(Object.values(MEMBER_HEADERS)).font = { bold: true };
    ws.addRow([
      'Nguyễn Thị An',
      1990,
      'Nữ',
      'Thôn Đông',
      'Chi hội Phụ nữ Thôn Đông',
      '15/01/2017',
      'PN-0001',
      'Thường',
      '',
    ]);
    ws.columns.forEach((col) => {
      col.width = 22;
    });
    return fileResponse(c, await workbookBytes(wb), 'mau-danh-sach-hoi-vien.xlsx');
  });

  return app;
}
