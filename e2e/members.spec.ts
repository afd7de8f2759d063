import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';

/** Picks an option of the select labelled `label` in `scope` (the open tab, a dialog). */
const choose = (page: Page, scope: Locator, label: string, option: string) =>
  // a required field's name starts with "* "
  chooseOption(page, scope.getByRole('combobox', { name: label }), option);

test('the standing committee counts its members, admits one, and marks a month of Đoàn dues paid', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000); // many steps over 1,600 members: give a loaded machine room
  mkdirSync('e2e/artifacts', { recursive: true });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: 'Hội viên, hội phí' }).click();
  // People and memberships apart, by organisation.
  await expect(page.getByTestId('member-counts')).toContainText(/[\d.]+ người, [\d.]+ lượt hội viên/);
  await page.getByPlaceholder('Tìm họ tên (gõ không dấu cũng được)').fill('vu thi lan');
  await expect(page.locator('.ant-table-row').first()).toContainText('Vũ Thị Lan');

  await page.getByRole('button', { name: 'Kết nạp hội viên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kết nạp hội viên' });
  await dialog.getByLabel('Họ tên').fill('Nguyễn Thị Thử Nghiệm');
  await choose(page, dialog, 'Thôn', 'Thôn Đông');
  await choose(page, dialog, 'Tổ chức', 'Hội Liên hiệp Phụ nữ xã Hồng Sơn');
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  // The dialog closes once both writes are done (a toast may come and go before a slow machine looks).
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await page.getByPlaceholder('Tìm họ tên (gõ không dấu cũng được)').fill('thu nghiem');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.locator('.ant-table-row').first()).toContainText('Nguyễn Thị Thử Nghiệm');

  await page.getByRole('tab', { name: 'Hội phí, đoàn phí' }).click();
  await expect(page).toHaveURL(/tab=dues/);
  // The dues tab's own panel: the members tab's panel, with its own "Tổ chức" filter, stays in the page hidden.
  const dues = page.getByRole('tabpanel', { name: 'Hội phí, đoàn phí' });
  await choose(page, dues, 'Tổ chức', 'Đoàn TN');
  await choose(page, dues, 'Năm', '2025');
  await expect(page.getByText('Đã thu')).toBeVisible();
  const owing = page.locator('.ant-table-row').filter({ hasText: 'Chưa nộp' }).first();
  const name = (await owing.locator('td').nth(1).innerText()).split('\n')[0] ?? '';
  const before = await owing.getByText('Chưa nộp').count();
  await page.screenshot({ path: 'e2e/artifacts/dues-grid.png', fullPage: false });
  await owing.locator('.ant-checkbox-input').check();
  // The last month this member owes.
  const cells = owing.locator('td');
  const count = await cells.count();
  let month = 0;
  for (let i = count - 1; i >= 2; i--)
    if ((await cells.nth(i).innerText()).includes('Chưa nộp')) {
      month = i - 1;
      break;
    }
  await choose(page, dues, 'Kỳ', `T${month}`);
  await page.getByRole('button', { name: /Đánh dấu đã nộp/ }).click();
  const row = page.locator('.ant-table-row').filter({ hasText: name }).first();
  await expect(row.getByText('Chưa nộp')).toHaveCount(before - 1, { timeout: 20_000 });

  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('tab', { name: 'Hội viên', exact: true }).click();
  await expect(page.getByTestId('member-counts')).toBeVisible();
  const shot = await page.screenshot({ path: 'e2e/artifacts/members-360px.png', fullPage: true });
  await testInfo.attach('members-360px', { body: shot, contentType: 'image/png' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an organisation head checks and imports a member list from Excel, and downloads the figures for the level above', async ({
  page,
}) => {
  mkdirSync('e2e/artifacts', { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow(['Họ tên', 'Năm sinh', 'Giới tính', 'Thôn/tổ dân phố', 'Chi hội', 'Ngày vào']);
  ws.addRow(['Đinh Thị Nhập Một', 1991, 'Nữ', 'Thôn Đoài', '', '01/03/2026']);
  ws.addRow(['Đinh Thị Nhập Hai', 1993, 'Nữ', 'Thôn Hạ', '', '01/03/2026']);
  const file = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  await uiLogin(page, 'phunu', DEMO_PASSWORD);
  await page.goto('/app/members');
  await page.getByRole('button', { name: 'Nhập danh sách từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách từ Excel' });
  await choose(page, dialog, 'Tổ chức', 'Hội Liên hiệp Phụ nữ xã Hồng Sơn');
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'hoi-phu-nu.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await dialog.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(dialog).toContainText('2 dòng hợp lệ: 2 người mới, 0 người đã có', { timeout: 20_000 });
  await page.screenshot({ path: 'e2e/artifacts/members-import-check.png' });
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await page.getByPlaceholder('Tìm họ tên (gõ không dấu cũng được)').fill('dinh thi nhap');
  await expect(page.locator('.ant-table-row')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải số liệu gửi cấp trên' }).click();
  const saved = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved);
  const header = (book.worksheets[0]?.getRow(4).values ?? []) as unknown[];
  expect(header.slice(1, 7)).toEqual(['STT', 'Đơn vị', 'Mã', 'Số chi hội', 'Số người', 'Số lượt hội viên']);
});

/** A phone's width, once the menu has folded away (a screenshot before would catch it half-way). */
async function phone(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.locator('.ant-layout-sider')).toHaveCSS('width', '0px');
}

test('the standing committee moves a member to another branch of the organisation and accepts it in the transfers tab', async ({
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.setViewportSize({ width: 1366, height: 800 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/members');
  const members = page.getByRole('tabpanel');
  await choose(page, members, 'Tổ chức', 'Hội LHPN');
  await page.getByPlaceholder('Tìm họ tên (gõ không dấu cũng được)').fill('vu thi lan');
  const rows = members.locator('.ant-table-row');
  await expect(rows.first()).toContainText('Vũ Thị Lan');
  await expect(rows.first()).toContainText('Hội LHPN');
  // A branch none of the Vũ Thị Lan of the Hội LHPN is in yet: the list shows the move unambiguously.
  const branchesNow = await rows.locator('td:nth-child(5)').allInnerTexts();
  const villages = ['Thôn Đông', 'Thôn Đoài', 'Thôn Trung', 'Thôn Thượng', 'Thôn Hạ', 'Thôn Tân Lập'];
  const target = villages.map((v) => `Chi hội Phụ nữ ${v}`).find((b) => !branchesNow.includes(b)) ?? '';
  expect(target).not.toBe('');

  await rows.first().getByRole('button', { name: 'Thao tác: Vũ Thị Lan' }).click();
  await page.getByRole('menuitem', { name: 'Chuyển sinh hoạt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chuyển sinh hoạt: Vũ Thị Lan' });
  await choose(page, dialog, 'Chi hội nhận', target);
  await page.screenshot({ path: 'e2e/artifacts/members-transfer-dialog-1366.png' });
  await phone(page);
  await page.screenshot({ path: 'e2e/artifacts/members-transfer-dialog-360.png' });
  await page.setViewportSize({ width: 1366, height: 800 });
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  await page.getByRole('tab', { name: 'Chuyển sinh hoạt' }).click();
  await expect(page).toHaveURL(/tab=transfers/);
  const request = page.getByTestId('transfers-pending').locator('.ant-table-row').filter({ hasText: 'Vũ Thị Lan' });
  await expect(request).toHaveCount(1);
  await expect(request).toContainText(target);
  await expect(request).toContainText('Trong xã');
  await page.screenshot({ path: 'e2e/artifacts/members-transfers-tab-1366.png', fullPage: true });
  await phone(page);
  await page.screenshot({ path: 'e2e/artifacts/members-transfers-tab-360.png', fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1366, height: 800 });

  await request.getByRole('button', { name: 'Tiếp nhận' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(request).toHaveCount(0, { timeout: 20_000 });
  const done = page.getByTestId('transfers-decided').locator('.ant-table-row').filter({ hasText: 'Vũ Thị Lan' });
  await expect(done).toContainText('Đã tiếp nhận');
  await expect(done).toContainText(target);

  await page.getByRole('tab', { name: 'Hội viên', exact: true }).click();
  // The transfers tab stays in the page, hidden: count in the members tab only.
  await expect(rows.filter({ hasText: target })).toHaveCount(1, { timeout: 20_000 });
});
