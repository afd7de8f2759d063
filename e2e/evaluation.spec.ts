import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { docxParagraphTexts } from '../src/server/modules/documents/zip-read';
import { chooseOption, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/evaluation';

test('a village meeting evaluates its households on a phone, the commune confirms, and the minutes download', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  // The village head, on a phone: register the village's households for this year, then the meeting's results.
  await page.setViewportSize({ width: 360, height: 740 });
  await uiLogin(page, 'thondong', DEMO_PASSWORD);
  await page.goto('/app/evaluation');
  await page.getByRole('button', { name: 'Đăng ký tất cả hộ của thôn' }).click();
  const households = page.getByTestId('evaluation-household');
  await expect(households.first()).toBeVisible();
  const total = await households.count();
  expect(total).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Tất cả đạt' }).click();
  await households.nth(0).getByText('Tiêu biểu', { exact: true }).click();
  await households.nth(1).getByText('Không đạt', { exact: true }).click();
  await page.getByLabel('Chủ trì (trưởng ban công tác Mặt trận)').fill('Phạm Văn Đông');
  await page.getByLabel('Thư ký').fill('Vũ Thị Thu');
  await page.getByTestId('evaluation-save').click();
  await expect(page.getByTestId('evaluation-counts')).toContainText(
    `Đạt ${total - 1}/${total} hộ, tiêu biểu 1, không đạt 1`,
  );
  await page.screenshot({ path: `${DIR}/meeting-360.png`, fullPage: true });

  // The commune's standing committee confirms the list: it is issued with a TB number and locked.
  await page.context().clearCookies();
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/evaluation');
  await chooseOption(page, page.getByLabel('Thôn', { exact: true }), 'Thôn Đông');
  await expect(page.getByTestId('evaluation-counts')).toContainText(`Đạt ${total - 1}/${total} hộ`);
  await page.getByTestId('evaluation-confirm').click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(page.getByTestId('evaluation-confirmed')).toContainText('/TB-MTTQ-BTT');
  await expect(page.getByTestId('evaluation-save')).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/confirmed-1366.png`, fullPage: true });

  // The minutes of the meeting.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('evaluation-minutes').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^bien-ban-binh-xet-\d{4}-thon-dong\.docx$/);
  const path = `${DIR}/bien-ban-binh-xet.docx`;
  await file.saveAs(path);
  const text = docxParagraphTexts(readFileSync(path)).join('\n');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('BAN CÔNG TÁC MẶT TRẬN');
  expect(text).toContain('THÔN ĐÔNG');
  expect(text).toContain('Hội nghị bình xét danh hiệu "Gia đình văn hóa"');
  expect(text).toContain(`${total - 1}/${total} hộ đăng ký`);
  expect(text).toContain('Vũ Thị Thu');
  expect(text).toContain('Phạm Văn Đông');
});

test('the province sees the scoring of its communes’ villages and opens a published scorecard', async ({ page }) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'tinh', DEMO_PASSWORD);
  await page.goto('/app/evaluation?year=2023&tab=scoring');
  const table = page.getByTestId('evaluation-scorecards');
  await expect(table.getByText('Thôn Tân Lập')).toBeVisible();
  await expect(table.getByText('Đã công bố')).toHaveCount(6);
  await page.screenshot({ path: `${DIR}/scoring-1366.png`, fullPage: true });
  await table.getByText('Thôn Đông').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Đời sống kinh tế ổn định và từng bước phát triển')).toBeVisible();
  await expect(dialog.getByText('Đã công bố')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Lưu điểm' })).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/scorecard-1366.png`, fullPage: true });
});
