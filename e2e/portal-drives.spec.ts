import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Issue 16.1 and 16.4: the province's Yagi relief drive is reached from the portal's front page in clicks — from the
// front page's list of the province's and the national level's drives, and from the list of every level's
// disclosures — and its public page names each commune's allocation. Screenshots in e2e/artifacts/portal-drives-*.png.

const SHOTS = 'e2e/artifacts';
const YAGI = 'Vận động ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)';

test('a visitor reaches the province relief drive’s disclosure from the front page', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto('/');
  const section = page.locator('#cong-khai');
  await expect(section.getByRole('heading', { name: 'Quỹ cấp tỉnh, Trung ương' })).toBeVisible();
  await section.getByRole('link', { name: YAGI }).click();
  await expect(page).toHaveURL(/\/cong-khai\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: YAGI })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Danh sách ủng hộ' })).toBeVisible();
  // Money out: the allocation decision, each commune named as its recipient.
  await expect(page.getByText('125/QĐ-MTTQ-BTT').first()).toBeVisible();
  await expect(page.getByText('xã Hồng Sơn').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/portal-drives-yagi.png`, fullPage: false });

  // The same drive through the list of every level's disclosures, filtered to the provinces.
  await page.goto('/');
  await section.getByRole('link', { name: 'Công khai tài chính các cấp' }).click();
  await expect(page.getByRole('heading', { name: 'Công khai tài chính các cấp' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Cấp' }).getByRole('link', { name: 'Cấp tỉnh' }).click();
  await expect(page).toHaveURL(/\/cong-khai\?cap=tinh$/);
  const list = page.locator('#cong-khai-cac-cap');
  await expect(list.getByRole('link', { name: YAGI })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/portal-drives-levels.png`, fullPage: false });
  await list.getByRole('link', { name: YAGI }).click();
  await expect(page.getByRole('heading', { name: YAGI })).toBeVisible();
});
