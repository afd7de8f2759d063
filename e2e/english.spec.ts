import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { uiLogin } from './helpers';

// Issue 13.10: in English mode the phrases the server used to compose in Vietnamese ("… đạt 92%",
// "6/6 thôn đạt chỉ tiêu", "Chưa được giao chỉ tiêu", an error's message) are the app's own, in English.

const DEMO_PASSWORD = 'HongSon@2026';
const VIETNAMESE_PHRASES = /đạt \d|đạt chỉ tiêu|Chưa được giao|Tổ chức \d+ cuộc giám sát|không tồn tại/;

async function toEnglish(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

const mainText = (page: Page) => page.locator('main').innerText();

test('English mode: the progress board, a drive and the supervision figures speak English', async ({ page }) => {
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await toEnglish(page);

  await page.goto('/app/progress');
  const blood = page.getByTestId('progress-card').filter({ hasText: 'HIEN_MAU ·' });
  await expect(blood.getByTestId('progress-text')).toHaveText('54/44 đơn vị máu, achieved 123%');
  await expect(blood.getByTestId('progress-met')).toHaveText('6 of 6 villages met their targets');
  // An indicator without a target says so in English too.
  await expect(page.getByText('No target assigned', { exact: false }).first()).toBeVisible();
  expect(await mainText(page)).not.toMatch(VIETNAMESE_PHRASES);
  mkdirSync('e2e/artifacts/cards', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/cards/progress-english.png' });

  await page.goto('/app/funds');
  await expect(page.getByTestId('drive-summary').first()).toContainText('achieved');
  expect(await mainText(page)).not.toMatch(VIETNAMESE_PHRASES);

  await page.goto('/app/supervision');
  await expect(page.getByText(/^Held \d+ supervisions/)).toBeVisible();
  expect(await mainText(page)).not.toMatch(VIETNAMESE_PHRASES);
});

test('English mode: an error from the API is said by its code', async ({ page }) => {
  await page.goto('/app/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('btt');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
});
