import { expect, test, type Page } from '@playwright/test';
import { chooseOption, pick } from './helpers';
import { DEMO_PASSWORD, journey } from './journey';

// Issue 13, "Done when": a village head on a 360-px phone over Slow 4G logs in, goes from the start page to enter a
// result against the village's target, then records a petition of the village.

/** Chrome DevTools' and Lighthouse's "Slow 4G" (as bench/firstload.ts): 150 ms, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};
// Over Slow 4G a module's first opening fetches its code: a few seconds are the network, not a fault.
const slow = expect.configure({ timeout: 30_000 });

async function openMenu(page: Page) {
  await page.getByRole('button', { name: 'menu' }).click();
}

const QUICK = { 'Nhập kết quả': 'quick-result', 'Ghi kiến nghị': 'quick-petition' } as const;

/** The start page "Việc hôm nay", and from it to a piece of work by its quick-action button. */
async function startPage(page: Page, action?: keyof typeof QUICK) {
  if (new URL(page.url()).pathname !== '/app/') {
    await openMenu(page);
    await page.getByRole('menuitem', { name: 'Việc hôm nay' }).click();
  }
  await slow(page.getByRole('heading', { level: 1, name: 'Việc hôm nay' })).toBeVisible();
  await slow(page.getByText('Xin chào, Phạm Văn Đông')).toBeVisible();
  // The village's own target of the latest year with data, not an empty current year.
  await slow(page.getByTestId('targets-glance')).toContainText('Hiến máu tình nguyện');
  if (action) await page.getByTestId(QUICK[action]).click();
}

/** The page fits the phone's width: nothing to scroll sideways for. */
async function fitsWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('village head on a 360-px phone over Slow 4G: start page → a result → a petition', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const step = journey('village');

  await page.goto('/app/');
  await slow(page.getByLabel('Tên đăng nhập')).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill('thondong');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await step(page, 'login');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await startPage(page);
  await fitsWidth(page);
  await step(page, 'start');

  // A result against the village's target: blood donation, in the second half of 2023 — the seed article's
  // first-half figures (seed-figures.spec.ts, on the same demo database) stay as the article has them.
  await startPage(page, 'Nhập kết quả');
  const entry = page.locator('form#entry');
  await slow(entry.getByText('Nhập cho: Thôn Đông')).toBeVisible();
  await pick(page, entry.locator('.ant-form-item', { hasText: 'Chỉ tiêu' }).locator('.ant-select'), 'Hiến máu tình');
  const date = entry.getByLabel('Ngày');
  await date.click();
  await date.fill('15/09/2023');
  await date.press('Enter');
  await entry.getByLabel('Số lượng (đơn vị máu)').fill('3');
  await entry.getByLabel('Ghi chú').fill('Đợt hiến máu tháng 6 ở nhà văn hóa thôn');
  await entry.getByRole('button', { name: 'Lưu' }).click();
  await slow(page.getByText('Đã ghi Hiến máu tình nguyện: 3 đơn vị máu, ngày 15/09/2023')).toBeVisible();
  await fitsWidth(page);
  await step(page, 'result-saved');

  // A petition of the village.
  await startPage(page, 'Ghi kiến nghị');
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Nội dung')
    .fill('Cử tri thôn Đông đề nghị lắp đèn chiếu sáng đoạn đường từ cầu Đá vào thôn.');
  await chooseOption(page, dialog.getByLabel('Lĩnh vực'), 'Giao thông, hạ tầng, thủy lợi');
  const village = dialog.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: /^Thôn$/ }) });
  await expect(village).toContainText('Thôn Đông');
  await step(page, 'petition-form', { shot: dialog });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const saved = page.getByText(/^Đã ghi\. Mã tra cứu: KN-/);
  await slow(saved).toBeVisible();
  const code = ((await saved.textContent()) ?? '').replace('Đã ghi. Mã tra cứu:', '').trim();
  // The petition just recorded opens, under its lookup code.
  const opened = page.getByRole('dialog');
  await slow(opened.getByText(`${code} · Đã tiếp nhận`)).toBeVisible();
  await expect(opened).toContainText('Thôn Đông');
  await expect(opened).toContainText('Giao thông, hạ tầng, thủy lợi');
  await fitsWidth(page);
  await step(page, 'petition-saved', { shot: opened });
  await context.close();
});
