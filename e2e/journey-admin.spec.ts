import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { pick, uiLogin } from './helpers';
import { journey } from './journey';

// Issue 13, "Done when": the administrator creates a commune, adds its six villages at once from pasted lines, then
// reads what was done in the audit log, in Vietnamese, and exports it for an inspection.

const COMMUNE = 'Đồng Thử';
/** As pasted from a spreadsheet: a line that starts with its kind keeps it, the others are of the default kind. */
const VILLAGES = ['Thôn Nà Làng', 'Thôn Bó Ngoặng', 'Thôn Khuổi Hẻo', 'Bản Pác Nặm', 'Tổ dân phố Chợ', 'Xóm Đồi Thông'];

/** An antd select by the accessible name of its input. */
const select = (page: Page, name: string) =>
  page.locator('.ant-select', { has: page.getByRole('combobox', { name, exact: true }) });

test('admin: a new commune with 6 villages added at once, then its audit log and the export', async ({ page }) => {
  const step = journey('admin');
  await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  const tree = page.getByTestId('unit-tree');
  await tree.getByText('tỉnh Tuyên Quang', { exact: true }).click();
  await expect(page.getByLabel('Tên', { exact: true })).toHaveValue('Tuyên Quang');

  // The commune: the dialog takes the province's next level.
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Cấp: Xã/phường');
  await dialog.getByLabel('Tên').fill(COMMUNE);
  await expect(dialog.locator('.ant-form-item', { hasText: 'Loại' })).toContainText('Xã');
  await step(page, 'commune-dialog', { shot: dialog });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  // The new commune is selected, in the tree and in the panel.
  await expect(tree.locator('.ant-tree-node-selected')).toHaveText(`xã ${COMMUNE}`);
  await expect(page.getByLabel('Tên', { exact: true })).toHaveValue(COMMUNE);
  await step(page, 'commune-created');

  // Its six villages, pasted one a line.
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  await expect(dialog).toContainText('Cấp: Thôn/tổ dân phố');
  await dialog.getByText('Dán nhiều dòng').click();
  await dialog.getByLabel('Danh sách đơn vị').fill(VILLAGES.join('\n'));
  const preview = dialog.getByTestId('paste-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(6);
  await expect(preview.locator('tbody tr').nth(3)).toContainText('bản');
  await expect(preview.locator('tbody tr').nth(4)).toContainText('tổ dân phố');
  await step(page, 'villages-pasted', { shot: dialog });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Đã lưu: 6')).toBeVisible();
  const commune = tree.locator('.ant-tree-treenode', { hasText: `xã ${COMMUNE}` });
  await expect(commune).toHaveCount(1);
  for (const name of VILLAGES) await expect(tree.getByText(name, { exact: true })).toBeVisible();
  await step(page, 'villages-in-tree');

  // The audit log, narrowed to what the administrator did to units.
  await page.getByRole('menuitem', { name: 'Nhật ký thao tác' }).click();
  await pick(page, select(page, 'Người thực hiện'), '(admin)');
  await pick(page, select(page, 'Đối tượng'), 'Đơn vị');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const created = rows.filter({ hasText: COMMUNE });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('Tạo đơn vị');
  await expect(created).toContainText('Cấp: — → Xã/phường');
  await expect(created).toContainText('Loại: — → xã');
  for (const name of VILLAGES) {
    const row = rows.filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText('Tạo đơn vị');
    await expect(row).toContainText('Cấp: — → Thôn/tổ dân phố');
  }
  await expect(rows.filter({ hasNotText: 'admin' })).toHaveCount(0);
  await step(page, 'audit-by-person');

  // The export has the same rows, for an inspection.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const sheet = wb.worksheets[0];
  const lines: string[][] = [];
  sheet?.eachRow((r) => {
    lines.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  expect(lines[1]?.slice(0, 4)).toEqual(['Thời gian', 'Người thực hiện', 'Địa chỉ IP', 'Hành động']);
  const body = lines.slice(2);
  expect(body.length).toBeGreaterThanOrEqual(7);
  for (const name of [COMMUNE, ...VILLAGES])
    expect(body.find((l) => l[5] === name)?.slice(3, 5), name).toEqual(['Tạo đơn vị', 'Đơn vị']);

  // The commune's own history: its creation.
  await created.getByText('Lịch sử bản ghi này').click();
  await expect(page).toHaveURL(/[?&]entityId=[0-9a-f-]{36}/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(COMMUNE);
  await expect(rows.first()).toContainText('Tạo đơn vị');
  await step(page, 'audit-commune');
});
