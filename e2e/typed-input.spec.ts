import { expect, test } from '@playwright/test';
import { uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';

test('a date copied from paper can be typed into a date picker, without leading zeros', async ({ page }) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/relief');
  await page.getByRole('button', { name: 'Lập chương trình' }).first().click();
  const dialog = page.getByRole('dialog');
  const date = dialog.getByLabel('Ngày', { exact: true });
  await date.click();
  await date.fill('6/7/2023');
  await date.press('Enter');
  await expect(date).toHaveValue('06/07/2023');
});
