import { expect, test } from '@playwright/test';
import { uiLogin } from './helpers';
import { DEMO_PASSWORD, journey } from './journey';

// Issue 13, "Done when": a province officer opens the province's board and the roll-up of its communes on the
// latest period that has data (the demo's targets are of 2023), never on an empty current year of zeros.

test('province: the board and the roll-up open on the latest year with data, with its figures', async ({ page }) => {
  const step = journey('province');
  // Every figure the pages ask for is of 2023: not one request for the current year, not even before the latest
  // year is known.
  const periods: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^\/api\/v1\/progress(\/overview)?$/.test(url.pathname)) periods.push(url.searchParams.get('from') ?? '');
  });

  await uiLogin(page, 'tinh', DEMO_PASSWORD);
  await expect(page.getByText('Mặt trận tỉnh').first()).toBeVisible();
  await step(page, 'start');

  await page.getByRole('menuitem', { name: 'Bảng theo dõi' }).click();
  await expect(page.getByText('tỉnh Tuyên Quang · 01/01/2023 – 31/12/2023')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Cả năm' })).toBeChecked();
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2023');
  // The province's own figures are its communes' added up.
  const blood = page.getByTestId('progress-card').filter({ hasText: 'Hiến máu tình nguyện' });
  await expect(blood).toContainText('Kết quả: 54 đơn vị máu');
  await expect(blood).toContainText('Chỉ tiêu được giao cho các đơn vị trực thuộc:');
  await expect(blood.getByTestId('progress-met')).toHaveText('1/1 xã đạt chỉ tiêu');
  await expect(page.getByTestId('progress-card').filter({ hasText: 'Công dân trong độ tuổi' })).toContainText(
    '4.950/5.400 người, đạt 92%',
  );
  await step(page, 'board');

  await page.getByRole('menuitem', { name: 'Tổng hợp toàn tỉnh' }).click();
  await expect(page.getByText('01/01/2023 – 31/12/2023')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Cả năm' })).toBeChecked();
  const hongSon = page.getByTestId('overview-table').getByRole('row').filter({ hasText: 'xã Hồng Sơn' });
  await expect(hongSon).toContainText('123%');
  await expect(hongSon).toContainText('54/44');
  await expect(hongSon).toContainText('4.950/5.400');
  await step(page, 'rollup');

  expect(periods.length).toBeGreaterThanOrEqual(2);
  expect(new Set(periods)).toEqual(new Set(['2023-01-01']));
});
