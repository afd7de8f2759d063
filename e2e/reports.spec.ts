import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';

test('the demo review report of H1 2023 is issued with its number and carries the seed’s figures', async ({
  page,
}, testInfo) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/reports');
  const row = page.locator('tr').filter({ hasText: '01/BC-MTTQ-BTT' });
  await expect(row).toBeVisible();
  await row.getByText('Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm').click();
  await expect(
    page.getByText('“Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao').first(),
  ).toBeVisible();
  await expect(page.getByText('54/44 đơn vị máu, đạt 123% chỉ tiêu giao').first()).toBeVisible();
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/report-hong-son-2023-h1.png', fullPage: true });
  await testInfo.attach('report', { body: shot, contentType: 'image/png' });
});

test('the province sees which communes submitted their half-year report', async ({ page }, testInfo) => {
  await uiLogin(page, 'tinh', DEMO_PASSWORD);
  await page.goto('/app/reports');
  await page.getByRole('tab', { name: 'Tổng hợp toàn tỉnh' }).click();
  await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="2023"]').click();
  await expect(page.getByText('Số xã đã gửi')).toContainText('1/2');
  const hongSon = page.locator('tr').filter({ hasText: 'Hồng Sơn' }).first();
  await expect(hongSon).toContainText('01/BC-MTTQ-BTT');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/report-rollup-2023-h1.png', fullPage: true });
  await testInfo.attach('rollup', { body: shot, contentType: 'image/png' });
});
