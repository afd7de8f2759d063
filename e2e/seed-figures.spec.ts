import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiLogin, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';

test('the demo dashboard shows the seed article’s figures for the first half of 2023', async ({ page }, testInfo) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/progress?from=2023-01-01&to=2023-06-30');
  const texts = page.getByTestId('progress-text');
  await expect(texts.filter({ hasText: '54/44 đơn vị máu, đạt 123%' })).toBeVisible();
  await expect(texts.filter({ hasText: '72.925.000 đồng, đạt 161%' })).toBeVisible();
  await expect(page.getByTestId('progress-card').filter({ hasText: '9/17 ca, đạt 53%' })).toBeVisible();
  await expect(page.getByTestId('progress-card').filter({ hasText: '4.950/5.400 người, đạt 92%' })).toBeVisible();
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/dashboard-hong-son-2023-h1.png', fullPage: true });
  await testInfo.attach('dashboard', { body: shot, contentType: 'image/png' });
});

test('the public disclosure page of the islands fund drive needs no login', async ({ page, request }, testInfo) => {
  const token = await apiLogin(request, 'btt', DEMO_PASSWORD);
  const auth = { headers: { authorization: `Bearer ${token}` } };
  const funds = (await (await request.get('/api/v1/funds', auth)).json()) as { items: { id: string; name: string }[] };
  const islands = funds.items.find((f) => f.name === 'Quỹ vì biển đảo Việt Nam');
  const drives = (await (await request.get(`/api/v1/drives?fundId=${islands?.id}`, auth)).json()) as {
    items: { id: string }[];
  };
  await page.goto(`/cong-khai/${drives.items[0]?.id}`);
  await expect(page.getByText('72.925.000 đồng, đạt 161%')).toBeVisible();
  await expect(page.getByText('Hội Liên hiệp Phụ nữ xã Hồng Sơn')).toBeVisible();
  await expect(page.locator('.qr svg')).toBeVisible();
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/disclosure-bien-dao-2023.png', fullPage: true });
  await testInfo.attach('disclosure', { body: shot, contentType: 'image/png' });
});
