import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiLogin, chooseOption, uiLogin } from './helpers';

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
  await chooseOption(page, page.getByRole('combobox', { name: 'Năm', exact: true }), '2023');
  // One commune of the province has sent it (the admin's journey may have added a 125th commune by now).
  await expect(page.getByText('Số xã đã gửi')).toContainText(/Số xã đã gửi: 1\/12[45] /);
  const hongSon = page.locator('tr').filter({ hasText: 'Hồng Sơn' }).first();
  await expect(hongSon).toContainText('01/BC-MTTQ-BTT');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/report-rollup-2023-h1.png', fullPage: true });
  await testInfo.attach('rollup', { body: shot, contentType: 'image/png' });
});

test('a second report for a period that already has an issued one is created only after the user confirms', async ({
  page,
  request,
}) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  const token = await apiLogin(request, 'btt', DEMO_PASSWORD);
  const count = async () =>
    (
      (await (await request.get('/api/v1/reports', { headers: { authorization: `Bearer ${token}` } })).json()) as {
        items: unknown[];
      }
    ).items.length;
  const before = await count();
  await page.goto('/app/reports');
  await page.getByRole('button', { name: 'Lập báo cáo' }).first().click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Kỳ báo cáo' });
  // The dialog's fields settle as the units and review meetings arrive; a pick made while it moves may miss, so the
  // year is picked until the field shows it.
  const year = dialog.getByRole('combobox', { name: 'Năm', exact: true });
  await expect(async () => {
    await year.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="2023"]').click();
    await expect(year.locator('..')).toContainText('2023', { timeout: 1000 });
  }).toPass();
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Nửa năm' }), '6 tháng đầu năm');
  const confirm = page.locator('.ant-modal-confirm');
  const submit = async () => {
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect(confirm).toContainText('Đơn vị đã ban hành báo cáo kỳ này ngày 06/07/2023');
  };
  // Cancelling the question writes nothing and leaves the form as it was.
  await submit();
  await confirm.getByRole('button', { name: 'Hủy' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Năm', exact: true }).locator('..')).toContainText('2023');
  expect(await count()).toBe(before);
  // Confirming creates the draft.
  await submit();
  await confirm.getByRole('button', { name: 'Vẫn lập báo cáo mới' }).click();
  await expect(page.getByText('Đã lập báo cáo (dự thảo).')).toBeVisible();
  expect(await count()).toBe(before + 1);
});
