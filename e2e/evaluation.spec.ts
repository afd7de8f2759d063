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

test('the province reviews what its communes sent up: no picker to open a card, approve and publish from the list', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'tinh', DEMO_PASSWORD);
  await page.goto('/app/evaluation?year=2023&tab=scoring');
  const queue = page.getByTestId('evaluation-to-act');
  const item = queue.locator('.ant-list-item').filter({ hasText: 'Hồng Sơn' });
  await expect(item).toContainText('Chờ tỉnh duyệt');
  await expect(item).toContainText('96/85');
  // The province scores no unit itself: nothing offers it a card the server would refuse.
  await expect(page.getByRole('button', { name: 'Mở phiếu chấm' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/province-queue-1366.png`, fullPage: true });

  // The card's history: who did what, on the days of December 2023.
  await item.getByRole('button', { name: 'Xem, trả lại' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Lãnh đạo, chỉ đạo, tổ chức thực hiện Cuộc vận động')).toBeVisible();
  await expect(dialog).toContainText('26/12/2023');
  await expect(dialog).toContainText('Nguyễn Văn Luyện');
  await expect(dialog).toContainText('Trần Thị Tỉnh — Bổ sung minh chứng tiêu chí 2.2');
  await expect(dialog.getByRole('button', { name: 'Trả lại' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Gửi lên' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await item.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(item).toContainText('Tỉnh đã duyệt');
  await item.getByRole('button', { name: 'Công bố' }).click();
  await expect(queue).toHaveCount(0);
  await expect(page.getByTestId('evaluation-scorecards').getByText('Đã công bố')).toHaveCount(7);
});
