import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';

/**
 * Issue 13.1: period pickers open on the latest period that has data, or on an empty state that links to it. The demo
 * commune's money and register are in 2023 and its dues in 2025: a standing officer opening the fund book, the
 * outgoing-document register or the dues grid sees those years, not an empty current year.
 */
const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/periods';
const THIS_YEAR = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);

/** The dues grid runs to a hundred rows: its top is what the test looks at. */
async function shot(page: Page, name: string, fullPage = true) {
  // Not while a table still fades in from loading.
  await expect(page.locator('.ant-spin-blur, .ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage });
}

/** The empty state itself passes axe (WCAG 2.2 AA): its text and its link are readable and named. */
async function axeClean(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);
}

test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

test('the fund book, the register and the dues grid open on the year that has data', async ({ page }) => {
  test.setTimeout(120_000);
  await uiLogin(page, 'btt', DEMO_PASSWORD);

  // The fund book: the latest year with receipts, payouts or transfers, kept in the address.
  // The islands fund: the standing officer's journey (same demo database) writes today's receipt in another fund.
  await page.goto('/app/funds?tab=book');
  await chooseOption(page, page.getByTestId('fund-select').locator('input'), 'Quỹ vì biển đảo Việt Nam');
  const book = page
    .locator('.ant-card')
    .filter({ has: page.getByText('Sổ quỹ', { exact: true }) })
    .last();
  await expect(book.locator('.ant-table-row').first()).toBeVisible({ timeout: 20_000 });
  const range = book.locator('.ant-picker-range input');
  await expect(range.first()).toHaveValue('01/01/2023');
  await expect(range.last()).toHaveValue('31/12/2023');
  await expect(page.getByTestId('book-income')).not.toHaveText('0 đồng');
  await shot(page, 'fund-book');
  // A year with nothing in it says so and leads back.
  const fund = new URL(page.url()).searchParams.get('fund') ?? '';
  await page.goto(`/app/funds?fund=${fund}&tab=book&from=${THIS_YEAR}-01-01&to=${THIS_YEAR}-12-31`);
  await expect(page.getByTestId('no-data-in-period')).toHaveText(`Năm ${THIS_YEAR} chưa có số liệu.`);
  await shot(page, 'fund-book-empty-year');
  await axeClean(page, '.ant-table .ant-empty');
  await page.getByRole('button', { name: 'Xem năm 2023' }).click();
  await expect(page).toHaveURL(/from=2023-01-01&to=2023-12-31/);
  await expect(book.locator('.ant-table-row').first()).toBeVisible();

  // The outgoing-document register opens on its latest year with entries: 2023 in the demo, or this year once
  // another spec has issued a document (evaluation.spec confirms a list today). 2024 has none either way.
  await page.goto('/app/register');
  const year = page.getByRole('combobox', { name: 'Năm' });
  await expect(page.locator('.ant-table-row').first()).toBeVisible({ timeout: 20_000 });
  const shown = (await year.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').innerText()).trim();
  expect(['2023', String(THIS_YEAR)]).toContain(shown);
  await expect(page.locator('.ant-table-row').first()).toContainText(`/${shown}`);
  await shot(page, 'register');
  await chooseOption(page, year, '2024');
  await expect(page.getByTestId('no-data-in-period')).toHaveText('Năm 2024 chưa có số liệu.');
  await shot(page, 'register-empty-year');
  await page.getByRole('button', { name: `Xem năm ${shown}` }).click();
  await expect(page.locator('.ant-table-row').first()).toBeVisible();

  // The household list shows every year; a year picked without categories says so and leads to the latest.
  await page.goto('/app/households');
  await expect(page.locator('.ant-table-row').first()).toBeVisible({ timeout: 20_000 });
  await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), String(THIS_YEAR));
  await expect(page.getByTestId('no-data-in-period')).toHaveText(`Năm ${THIS_YEAR} chưa có số liệu.`);
  await shot(page, 'households-empty-year');
  await page.getByRole('button', { name: 'Xem năm 2023' }).click();
  await expect(page.locator('.ant-table-row').first().locator('.ant-tag').first()).toBeVisible();

  // The dues grid, once an organisation is picked: its latest year with payments; a year picked goes in the address.
  await page.goto('/app/members?tab=dues');
  const panel = page.getByRole('tabpanel');
  await chooseOption(page, panel.getByRole('combobox', { name: 'Tổ chức' }), 'Đoàn TN');
  await expect(page.getByText('Đã thu')).toBeVisible({ timeout: 20_000 });
  const duesYear = panel.getByRole('combobox', { name: 'Năm' });
  await expect(duesYear.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('2025');
  await expect(panel.locator('.ant-tag-green').first()).toBeVisible();
  await shot(page, 'dues-grid', false);
  await chooseOption(page, duesYear, String(THIS_YEAR));
  await expect(page.getByTestId('no-data-in-period')).toContainText(`Năm ${THIS_YEAR} chưa có số liệu.`);
  await shot(page, 'dues-grid-empty-year', false);
  await axeClean(page, '[data-testid="no-data-in-period"]');
  await page.getByRole('button', { name: 'Xem năm 2025' }).click();
  await expect(page).toHaveURL(/year=2025/);
});
