import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { docxParagraphTexts } from '../src/server/modules/documents/zip-read';
import { uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/festival-calendar';

test.describe.configure({ mode: 'serial' });

test('a village head opens the festival of 18/11/2023, adds a commended person and downloads the report', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'thondong', DEMO_PASSWORD);
  await page.goto('/app/festivals');
  await page.getByText('Nhà văn hóa Thôn Đông').click();
  await expect(page.getByRole('heading', { name: /Ngày hội Đại đoàn kết 2023 — Thôn Đông/ })).toBeVisible();
  await expect(page.getByTestId('festival-commended')).toContainText('Hộ gia đình Nguyễn Văn Hùng');
  await expect(page.getByTestId('festival-report')).toContainText('93 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam');
  await expect(page.getByTestId('festival-report')).toContainText('khen thưởng 3 hộ gia đình và 2 cá nhân');

  await page.getByTestId('festival-add-commended').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Cá nhân').check();
  await dialog.getByLabel('Họ tên (chủ hộ)').fill('Đỗ Văn Thành');
  await dialog.getByLabel('Thành tích').fill('Đoàn viên tiêu biểu trong phong trào thanh niên tình nguyện');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('festival-commended')).toContainText('Đỗ Văn Thành');
  await expect(page.getByTestId('festival-report')).toContainText('khen thưởng 3 hộ gia đình và 3 cá nhân');
  await page.screenshot({ path: `${DIR}/festival-1366.png`, fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('bao-cao-ngay-hoi-thon-dong-2023.docx');
  const path = `${DIR}/bao-cao-ngay-hoi.docx`;
  await file.saveAs(path);
  const text = docxParagraphTexts(readFileSync(path)).join('\n');
  expect(text).toContain('BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG');
  expect(text).toContain('Đỗ Văn Thành');
  expect(text).toContain('TRƯỞNG BAN');
});

test('the village head issues the report: it takes the village board’s number and downloads as issued', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'thondong', DEMO_PASSWORD);
  await page.goto('/app/festivals');
  await page.getByText('Nhà văn hóa Thôn Đông').click();
  await expect(page.getByTestId('festival-issued')).toHaveCount(0);
  await page.getByTestId('festival-issue').click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(page.getByTestId('festival-issued')).toContainText('Đã ban hành: số 01/BC-BCTMT, ngày 18/11/2023');
  // What the issued report prints no longer changes: no adding to or removing from the commended.
  await expect(page.getByTestId('festival-issue')).toHaveCount(0);
  await expect(page.getByTestId('festival-add-commended')).toHaveCount(0);
  await expect(page.getByTestId('festival-commended').getByRole('button', { name: 'Bỏ' })).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/festival-issued-1366.png`, fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
  const file = await downloading;
  const path = `${DIR}/bao-cao-ngay-hoi-issued.docx`;
  await file.saveAs(path);
  const text = docxParagraphTexts(readFileSync(path)).join('\n');
  expect(text).toContain('Số: 01/BC-BCTMT');
  expect(text).toContain('Đông, ngày 18 tháng 11 năm 2023');
  expect(text).toContain('Đỗ Văn Thành');
});

test('the standing committee drafts the news post about the festival', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/festivals');
  await page.getByText('Nhà văn hóa Thôn Đông').click();
  await page.getByTestId('festival-draft-news').click();
  await expect(
    page.getByText(/Đã soạn bản nháp tin bài: Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư Thôn Đông/),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư Thôn Đông.*Nháp/ }),
  ).toBeVisible();
});

test('the province starts this year’s calendar and adds a line; the commune adopts it twice without duplicates', async ({
  page,
}) => {
  const now = new Date();
  const year = now.getFullYear();
  const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${year}`;
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'tinh', DEMO_PASSWORD);
  await page.goto('/app/calendar');
  await page.getByRole('tab', { name: 'Lịch năm của tỉnh' }).click();
  await page.getByRole('button', { name: `Lập lịch năm ${year}` }).click();
  await expect(page.getByTestId('calendar-items')).toContainText('Tháng cao điểm “Vì người nghèo”');
  await page.getByTestId('calendar-add-item').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nội dung').fill('Hội nghị hiệp thương cử Ủy ban MTTQ nhiệm kỳ mới');
  await dialog.getByLabel('Từ ngày').fill(`01/01/${year}`);
  await dialog.getByLabel('Từ ngày').press('Enter');
  await dialog.getByLabel('Đến ngày').fill(today);
  await dialog.getByLabel('Đến ngày').press('Enter');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('calendar-items')).toContainText('Hội nghị hiệp thương cử Ủy ban MTTQ nhiệm kỳ mới');
  await page.screenshot({ path: `${DIR}/template-1366.png`, fullPage: true });

  await page.context().clearCookies();
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/calendar');
  await page.getByRole('tab', { name: 'Lịch năm của tỉnh' }).click();
  await expect(page.getByTestId('calendar-items')).toContainText('Hội nghị hiệp thương');
  await page.getByTestId('calendar-adopt').click();
  await expect(page.getByText(/Đã tạo [1-9]\d* việc; 0 việc đã có từ trước/)).toBeVisible();
  await page.getByTestId('calendar-adopt').click();
  await expect(page.getByText(/Đã tạo 0 việc; [1-9]\d* việc đã có từ trước/)).toBeVisible();
  await expect(page.getByTestId('calendar-adopted-by')).toContainText('Hồng Sơn');
});

test('the month shows the commune’s tasks; one is marked done; the start page lists what is due', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/calendar');
  const tasks = page.getByTestId('calendar-tasks');
  await expect(tasks).toContainText('Hội nghị hiệp thương cử Ủy ban MTTQ nhiệm kỳ mới');
  // Each month has the villages' monthly report: the commune ticks one off for a village.
  const row = tasks.locator('.ant-list-item').filter({ hasText: 'Báo cáo tháng' }).first();
  await row.getByRole('checkbox').click();
  await expect(row.getByRole('checkbox')).toBeChecked();
  await page.screenshot({ path: `${DIR}/month-1366.png`, fullPage: true });
  // What is due or lately late and not done is on the start page, naming whose it is.
  await page.goto('/app/');
  await expect(page.getByTestId('agenda-calendar.due')).toContainText('Thôn');
  // A village head sees the village's own tasks only.
  await page.context().clearCookies();
  await page.setViewportSize({ width: 360, height: 740 });
  await uiLogin(page, 'thondong', DEMO_PASSWORD);
  await page.goto('/app/calendar');
  await expect(tasks).toContainText('Thôn Đông');
  await expect(tasks).not.toContainText('Hội nghị hiệp thương');
  await page.screenshot({ path: `${DIR}/month-village-360.png`, fullPage: true });
});
