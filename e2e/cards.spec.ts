import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { uiLogin } from './helpers';

// Issue 13.4: on a 360-px phone the lists are cards — nothing scrolls sideways and each row's
// buttons are on screen; at 1366 px the entries table keeps its Tệp/Hủy buttons in sight.

const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/cards';

async function noSideScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, 'the page scrolls sideways').toBeLessThanOrEqual(360);
}

/** The card's button is wholly on screen once the card is scrolled to: nothing cut off at the right. */
async function buttonOnScreen(card: Locator, button: Locator) {
  await card.scrollIntoViewIfNeeded();
  await expect(button).toBeInViewport({ ratio: 1 });
}

async function shot(page: Page, name: string) {
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}/${name}.png` });
}

test.describe('a 360-px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('results: each entry a card with its Tệp and Hủy buttons', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/entries');
    const card = page.locator('.rt-card').filter({ hasText: 'Hiến máu tình nguyện' }).first();
    await expect(card).toBeVisible();
    await expect(card).toContainText('Số lượng:');
    await expect(page.locator('.ant-table')).toHaveCount(0);
    await noSideScroll(page);
    await buttonOnScreen(card, card.getByRole('button', { name: 'Tệp' }));
    await buttonOnScreen(card, card.getByRole('button', { name: 'Hủy', exact: true }));
    await shot(page, 'entries-360');
    // The cards stay accessible: no critical or serious axe violation (issue 13.8's bar).
    const { violations } = await new AxeBuilder({ page })
      .include('.rt-cards')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id),
      'axe on the cards',
    ).toEqual([]);
    // A card's button does its row's work.
    await card.getByRole('button', { name: 'Tệp' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('households of the village: Sửa on every card', async ({ page }) => {
    await uiLogin(page, 'thondong', DEMO_PASSWORD);
    await page.goto('/app/households');
    const card = page.locator('.rt-card').first();
    await expect(card).toContainText('Thôn Đông');
    await noSideScroll(page);
    await buttonOnScreen(card, card.getByRole('button', { name: 'Sửa' }));
    await shot(page, 'households-360');
  });

  test('petitions: a card per petition that opens it', async ({ page }) => {
    await uiLogin(page, 'thondong', DEMO_PASSWORD);
    await page.goto('/app/petitions');
    const card = page.locator('.rt-card').first();
    await expect(card).toContainText('Trạng thái:');
    await noSideScroll(page);
    await shot(page, 'petitions-360');
    await card.locator('.rt-card-title').click();
    await expect(page.locator('.ant-drawer-open')).toBeVisible();
  });

  test('members: the row’s menu on each card', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/members');
    const card = page.locator('.rt-card').first();
    await expect(card).toContainText('Ngày vào:');
    await noSideScroll(page);
    await buttonOnScreen(card, card.getByRole('button', { name: /^Thao tác/ }));
    await shot(page, 'members-360');
  });

  test('users: the admin’s buttons under each account', async ({ page }) => {
    await uiLogin(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.goto('/app/users');
    const card = page.locator('.rt-card').filter({ hasText: 'phunu' });
    await expect(card).toBeVisible();
    await noSideScroll(page);
    await buttonOnScreen(card, card.getByRole('button', { name: 'Khóa' }));
    await shot(page, 'users-360');
  });
});

test.describe('a 1366-px screen', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the entries table keeps Tệp and Hủy in sight', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/entries');
    const row = page.locator('tr.ant-table-row').first();
    await expect(row).toBeVisible();
    await expect(row.getByRole('button', { name: 'Tệp' })).toBeInViewport({ ratio: 1 });
    await expect(row.getByRole('button', { name: 'Hủy', exact: true })).toBeInViewport({ ratio: 1 });
    await shot(page, 'entries-1366');
  });
});
