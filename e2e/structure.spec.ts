import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { apiLogin, apiPost, pick, uiLogin } from './helpers';

type Unit = { id: string; name: string };

test('admin creates a village and its head; the head sees only that village', async ({ page, request }, testInfo) => {
  // The province and commune exist already (set up through the API, as an upper unit would).
  const admin = await apiLogin(request, 'admin', E2E_ADMIN_PASSWORD);
  const province = await apiPost<Unit>(request, admin, '/units', {
    level: 'province',
    name: 'Cao Bằng',
    parentId: null,
  });
  const commune = await apiPost<Unit>(request, admin, '/units', {
    level: 'commune',
    name: 'Hồng Thái Thử',
    parentId: province.id,
    kind: 'xã',
  });
  await apiPost<Unit>(request, admin, '/units', {
    level: 'village',
    name: 'Thôn Đoài',
    parentId: commune.id,
    kind: 'thôn',
  });

  await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  const tree = page.getByTestId('unit-tree');
  await tree.getByText('xã Hồng Thái Thử').click();
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên').fill('Thôn Bến Đá');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(tree.getByText('Thôn Bến Đá')).toBeVisible();

  await page.getByRole('menuitem', { name: 'Người dùng' }).click();
  await page.getByRole('button', { name: 'Thêm mới' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Tên đăng nhập').fill('thonbenda');
  await form.getByLabel('Họ và tên').fill('Phạm Văn Đông');
  await form.getByLabel('Mật khẩu').fill('Thon-Dong-2026');
  await pick(page, form.locator('.ant-select').first(), 'Trưởng ban CTMT thôn');
  await pick(page, form.locator('.ant-select').nth(1), 'Thôn Bến Đá');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name: 'thonbenda' })).toBeVisible();

  await page.getByTestId('user-menu').click();
  await page.getByText('Đăng xuất').click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();

  await uiLogin(page, 'thonbenda', 'Thon-Dong-2026');
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  await expect(tree.getByText('Thôn Bến Đá')).toBeVisible();
  await expect(tree.locator('.ant-tree-treenode')).toHaveCount(1);
  await expect(page.getByText('Thôn Đoài')).toHaveCount(0);
  await expect(page.getByText('Hồng Thái Thử')).toHaveCount(0);
  // Users and the audit log are not in a village head's navigation.
  await expect(page.getByRole('menuitem', { name: 'Người dùng' })).toHaveCount(0);

  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/unit-tree-village-head.png', fullPage: true });
  await testInfo.attach('unit-tree', { body: shot, contentType: 'image/png' });
});

test('usable on a 360-px-wide phone: login and the unit tree without sideways scrolling', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'menu' }).click();
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  await expect(page.getByTestId('unit-tree')).toBeVisible();
  await page.getByTestId('unit-tree').getByText('xã Hồng Sơn').click();
  await expect(page.getByRole('button', { name: 'Lưu' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/unit-tree-360px.png', fullPage: true });
  await testInfo.attach('unit-tree-360px', { body: shot, contentType: 'image/png' });
  await context.close();
});

test('the English switch translates the app', async ({ page }) => {
  await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
  await page.getByTestId('user-menu').click();
  await page.getByText('English').click();
  await expect(page.getByRole('menuitem', { name: 'Units' })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByText('Tiếng Việt').click();
  await expect(page.getByRole('menuitem', { name: 'Đơn vị' })).toBeVisible();
});

test('admin adds Phú Thọ with its 148 official communes in one step', async ({ page }, testInfo) => {
  await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  await page.getByRole('button', { name: 'Thêm tỉnh theo danh mục chính thức' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm tỉnh theo danh mục chính thức' });
  await pick(page, dialog.locator('.ant-select').first(), 'Phú Thọ');
  await expect(dialog).toContainText('148 xã, phường, đặc khu');
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/official-province-dialog.png' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã có tỉnh với đủ xã, phường theo danh mục: tạo mới 148 / 148.')).toBeVisible();
  // The new province is selected, with its official code; its communes are in the tree.
  await expect(page.getByText('Mã chính thức')).toBeVisible();
  await expect(page.getByLabel('Tên', { exact: true })).toHaveValue('Phú Thọ');
  await page.getByPlaceholder(/Tìm/).fill('Đức Nhàn');
  await expect(page.getByTestId('unit-tree')).toContainText(/xã Đức Nhàn/i);
  const shot = await page.screenshot({ path: 'e2e/artifacts/official-province-created.png', fullPage: true });
  await testInfo.attach('official-province', { body: shot, contentType: 'image/png' });
});

test("admin adds a commune's 6 villages at once", async ({ page, request }, testInfo) => {
  const admin = await apiLogin(request, 'admin', E2E_ADMIN_PASSWORD);
  const province = await apiPost<Unit>(request, admin, '/units', {
    level: 'province',
    name: 'Lai Châu',
    parentId: null,
  });
  const commune = await apiPost<Unit>(request, admin, '/units', {
    level: 'commune',
    name: 'Bình Lư Thử',
    parentId: province.id,
    kind: 'xã',
  });
  await apiPost<Unit>(request, admin, '/units', {
    level: 'village',
    name: 'Bản Lở',
    parentId: commune.id,
    kind: 'bản',
  });

  await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  const tree = page.getByTestId('unit-tree');
  // The province's dialog first: its level is the province's next one, a commune.
  await tree.getByText('tỉnh Lai Châu').click();
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  await expect(page.getByRole('dialog')).toContainText('Cấp: Xã/phường');
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();

  await tree.getByText('xã Bình Lư Thử').click();
  // Clicking the selected unit again keeps it in the panel.
  await tree.getByText('xã Bình Lư Thử').click();
  await expect(page.getByLabel('Tên', { exact: true })).toHaveValue('Bình Lư Thử');
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Cấp: Thôn/tổ dân phố');
  await dialog.getByText('Dán nhiều dòng').click();
  const lines = ['Bản Lở', 'Bản Nậm Đích', 'Tổ dân phố 1', 'Thôn Mới', 'bản\tPá Pầu', 'Khu phố Chợ', 'Xóm Đồi'];
  await dialog.getByLabel('Danh sách đơn vị').fill(lines.join('\n'));
  const preview = dialog.getByTestId('paste-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(7);
  await expect(preview).toContainText('tổ dân phố');
  // "Bản Lở" is there already: nothing is added, and its line says why.
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(preview.locator('tbody tr').first()).toContainText('đã có đơn vị');
  await expect(tree.getByText('Bản Nậm Đích')).toHaveCount(0);

  await dialog.getByLabel('Danh sách đơn vị').fill(lines.slice(1).join('\n'));
  await expect(preview.locator('tbody tr')).toHaveCount(6);
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/units-paste-many.png' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  for (const name of ['Bản Nậm Đích', 'Tổ dân phố 1', 'Thôn Mới', 'bản Pá Pầu', 'Khu phố Chợ', 'Xóm Đồi'])
    await expect(tree.getByText(name, { exact: true })).toBeVisible();
  const shot = await page.screenshot({ path: 'e2e/artifacts/units-added-in-bulk.png', fullPage: true });
  await testInfo.attach('units-in-bulk', { body: shot, contentType: 'image/png' });

  // The audit log reads in Vietnamese: the action, the unit's name as a link, what was set field by field.
  await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Xóm Đồi' }).first();
  await expect(row).toContainText('Tạo đơn vị');
  await expect(row).toContainText('Loại: — → xóm');
  await row.getByRole('link', { name: 'Xóm Đồi' }).click();
  await expect(page.getByLabel('Tên', { exact: true })).toHaveValue('Xóm Đồi');
});
