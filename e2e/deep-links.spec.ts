import { expect, test } from '@playwright/test';
import { uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';

test('an opened report and petition live in the address: reload keeps them, Back closes them; each screen has its title', async ({
  page,
}) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/reports');
  await expect(page).toHaveTitle('Báo cáo · Mặt trận xã');
  const row = page.locator('tr').filter({ hasText: '01/BC-MTTQ-BTT' });
  await row.getByText('Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm').click();
  await expect(page).toHaveURL(/\/app\/reports\?open=[0-9a-f-]{36}$/);
  const report = page.getByText('đạt 161% KH huyện giao').first();
  await expect(report).toBeVisible();
  await page.reload();
  await expect(report).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/app\/reports$/);
  await expect(row).toBeVisible();

  await page.getByRole('menuitem', { name: 'Kiến nghị cử tri' }).click();
  await expect(page).toHaveTitle('Kiến nghị cử tri · Mặt trận xã');
  await page.locator('.ant-table-row').first().click();
  await expect(page.getByText('Các bước')).toBeVisible();
  await expect(page).toHaveURL(/\/app\/petitions\?open=[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByText('Các bước')).toBeVisible();
});

test('a province officer works in “Mặt trận tỉnh”', async ({ page }) => {
  await uiLogin(page, 'tinh', DEMO_PASSWORD);
  await expect(page.getByText('Mặt trận tỉnh').first()).toBeVisible();
  await expect(page).toHaveTitle(/· Mặt trận tỉnh$/);
});

test('a village head’s menu leads to their own work only', async ({ page }) => {
  await uiLogin(page, 'thondong', DEMO_PASSWORD);
  const menu = page.getByRole('menu').first();
  for (const shown of ['Kiến nghị cử tri', 'Hộ gia đình', 'Hội nghị', 'Nhập kết quả'])
    await expect(menu.getByRole('menuitem', { name: shown })).toBeVisible();
  for (const hidden of ['Quỹ & ủng hộ', 'Sổ văn bản đi', 'Báo cáo', 'Người dùng'])
    await expect(menu.getByRole('menuitem', { name: hidden, exact: true })).toHaveCount(0);
});

test('the progress board opens on the latest year with targets, not on an empty current year', async ({ page }) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: 'Bảng theo dõi' }).click();
  // The demo's targets are of 2023: the board shows them rather than a year of zeros.
  await expect(page.getByText('01/01/2023 – 31/12/2023').first()).toBeVisible();
  await expect(page.getByTestId('progress-card').first()).toBeVisible();
});
