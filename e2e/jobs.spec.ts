import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';
const ROWS = 20_000;

/**
 * Issue 13.3: a 20,000-row member list is checked as a job on the server; the dialog shows its stage and a bar
 * while the server works, then the same result as before. A check only (it writes nothing), so the demo data the
 * other tests read stays as it is.
 */
test('an organisation head checks a 20,000-row member list and follows its progress', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync('e2e/artifacts/jobs', { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow(['Họ tên', 'Năm sinh', 'Giới tính', 'Thôn/tổ dân phố', 'Chi hội', 'Ngày vào']);
  const villages = ['Thôn Đông', 'Thôn Đoài', 'Thôn Trung', 'Thôn Thượng', 'Thôn Hạ', 'Thôn Tân Lập'];
  for (let i = 0; i < ROWS; i++)
    ws.addRow([`Hội viên Thử ${i + 1}`, 1950 + (i % 50), 'Nữ', villages[i % villages.length], '', '01/03/2026']);
  const file = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  await uiLogin(page, 'phunu', DEMO_PASSWORD);
  await page.goto('/app/members');
  await page.getByRole('button', { name: 'Nhập danh sách từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách từ Excel' });
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Tổ chức' }), 'Hội Liên hiệp Phụ nữ xã Hồng Sơn');
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'hoi-phu-nu-lon.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await dialog.getByRole('button', { name: 'Kiểm tra tệp' }).click();

  // The server answered at once with a job: its stage and a bar show while it works.
  const progress = dialog.getByTestId('job-progress');
  await expect(progress).toBeVisible({ timeout: 20_000 });
  await expect(progress.getByRole('status')).toHaveText(/^Đang (chờ xử lý|đọc tệp|kiểm tra [\d.]+\/20\.000 dòng)$/);
  await expect(progress.locator('.ant-progress')).toBeVisible();
  // For the picture, the rows being checked if a poll catches them (a fast machine may go straight to the result).
  await progress
    .getByText(/^Đang kiểm tra/)
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.screenshot({ path: 'e2e/artifacts/jobs/members-check-progress.png' });

  // Then the result, as the synchronous check showed it.
  await expect(dialog).toContainText('20.000 dòng hợp lệ: 20.000 người mới, 0 người đã có', { timeout: 120_000 });
  await expect(progress).toBeHidden();
  await page.screenshot({ path: 'e2e/artifacts/jobs/members-check-result.png' });
});
