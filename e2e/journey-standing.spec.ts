import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';
import { DEMO_PASSWORD, journey } from './journey';

// Issue 13 "Done when", the standing officer's journey: start page → receipt → printed receipt → report, every step
// passing axe and leaving a screenshot in e2e/artifacts/journeys/.

// The four steps keep their screenshots as e2e/artifacts/journeys/standing-<nn>-<step>.png.
const step = journey('standing');

test('standing officer: the start page shows the day’s work, a receipt is written and printed, a report drafted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);

  // The start page: late work first, the targets furthest behind, the fund's balance, the quick actions.
  await expect(page.getByRole('heading', { level: 1, name: 'Việc hôm nay' })).toBeVisible();
  await expect(page).toHaveTitle('Việc hôm nay · Mặt trận xã');
  const petitions = page.getByTestId('agenda-petitions.due');
  await expect(petitions.getByText('Quá hạn').first()).toBeVisible();
  await expect(page.getByTestId('agenda-posts.review')).toContainText('Hội LHPN xã ra quân vệ sinh đường làng ngõ xóm');
  const targets = page.getByTestId('targets-glance');
  await expect(targets.getByRole('heading', { name: /Chỉ tiêu năm 2023/ })).toBeVisible();
  await expect(targets).toContainText(/\d+\/\d+ chỉ tiêu đã đạt/);
  await expect(page.getByTestId('fund-glance').first()).toContainText('Số dư');
  await step(page, 'start');

  // A late petition opens where it lives.
  await petitions.locator('.ant-list-item a').first().click();
  await expect(page).toHaveURL(/\/app\/petitions\?open=[0-9a-f-]{36}$/);
  await expect(page.getByText('Các bước')).toBeVisible();
  await page.goBack();

  // "Lập phiếu thu" → the receipt form.
  await page.getByTestId('quick-receipt').click();
  await expect(page).toHaveURL(/\/app\/funds\?tab=receipt/);
  // The form is ready once it has put today in its date field; typing earlier is undone by its reset.
  await expect(page.getByLabel('Ngày', { exact: true })).not.toHaveValue('');
  await page.getByLabel('Tên người ủng hộ').fill('Ông Hoàng Văn Minh');
  await expect(page.getByLabel('Tên người ủng hộ')).toHaveValue('Ông Hoàng Văn Minh');
  await page.getByLabel('Số tiền', { exact: true }).fill('500000');
  await page.getByRole('button', { name: 'Lưu phiếu thu' }).click();
  const saved = page.getByText(/Đã lập phiếu thu PT-\d{4}-\d{4}/).first();
  await expect(saved).toBeVisible();
  const receiptNo = /PT-\d{4}-\d{4}/.exec((await saved.textContent()) ?? '')?.[0] ?? '';
  await step(page, 'receipt');

  // The printed receipt: the Word file downloads once, with the receipt's number and amount in words.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải Word' }).first().click(),
  ]);
  const docx = readFileSync((await download.path()) ?? '');
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  expect(download.suggestedFilename()).toContain(receiptNo);

  // Back on the start page, the new receipt is the fund's latest.
  await page.getByRole('menuitem', { name: 'Việc hôm nay' }).click();
  await expect(page.getByTestId('fund-glance').first()).toContainText('Ông Hoàng Văn Minh');
  await expect(page.getByTestId('fund-glance').first()).toContainText(receiptNo);

  // "Soạn báo cáo" → the new-report dialog, a year report of 2023 built from the records.
  await page.getByTestId('quick-report').click();
  const dialog = page.getByRole('dialog', { name: 'Lập báo cáo' });
  await expect(dialog).toBeVisible();
  await step(page, 'new-report', { shot: dialog });
  await chooseOption(page, dialog.getByLabel('Loại', { exact: true }), 'Năm');
  await expect(dialog.getByLabel('Nửa năm')).toHaveCount(0);
  await chooseOption(page, dialog.getByLabel('Năm', { exact: true }), '2023');
  await dialog.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(page).toHaveURL(/\/app\/reports\?open=[0-9a-f-]{36}/);
  await expect(page.getByText(/đạt \d+%/).first()).toBeVisible();
  await step(page, 'report');
});
