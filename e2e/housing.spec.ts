import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { docxParagraphTexts } from '../src/server/modules/documents/zip-read';
import { chooseOption, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/housing';

test('the standing committee funds the rest of a house, hands it over and downloads the hand-over minutes', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  // The list on a phone: a card per house, the progress counts on top.
  await page.setViewportSize({ width: 360, height: 740 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/housing');
  await expect(page.getByTestId('housing-progress')).toContainText('Đã bàn giao 5');
  await expect(page.getByText('Lò Thị Mai')).toBeVisible();
  await page.screenshot({ path: `${DIR}/list-360.png`, fullPage: true });

  // The case page on a desktop.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByText('Lò Thị Mai').click();
  await expect(page.getByTestId('housing-case-title')).toHaveText('Lò Thị Mai');
  await expect(page.getByTestId('housing-case-stage')).toHaveText('Đang thi công');
  await expect(page.getByTestId('housing-totals')).toContainText('25.000.000 đồng');
  await expect(page.getByTestId('housing-totals')).toContainText('Còn thiếu');

  // The household's own share covers what is missing (the form offers it).
  await page.getByRole('button', { name: 'Thêm nguồn' }).click();
  const funding = page.getByRole('dialog');
  await chooseOption(page, funding.getByLabel('Nguồn'), 'Hộ gia đình đối ứng');
  await expect(funding.getByLabel('Số tiền')).toHaveValue('5.000.000');
  await funding.getByRole('button', { name: 'Lưu' }).click();
  await expect(funding).toBeHidden();
  await expect(page.getByTestId('housing-totals')).toContainText('30.000.000 đồng');
  await expect(page.getByTestId('housing-totals')).not.toContainText('Còn thiếu');

  // Hand-over.
  await page.getByRole('button', { name: 'Bàn giao nhà' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Bàn giao nhà' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('housing-case-stage')).toHaveText('Đã bàn giao');
  await expect(page.getByRole('button', { name: 'Bàn giao nhà' })).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/case-1366.png`, fullPage: true });

  // The hand-over minutes.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('housing-minutes-handover').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('bien-ban-ban-giao-lo-thi-mai.docx');
  const path = `${DIR}/bien-ban-ban-giao.docx`;
  await file.saveAs(path);
  const text = docxParagraphTexts(readFileSync(path)).join('\n');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Bàn giao nhà Đại đoàn kết cho hộ Lò Thị Mai');
  expect(text).toContain('30.000.000 đồng');
  expect(text).toContain('Ba mươi triệu đồng');

  // The public list now counts the house, on a phone, without script.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/xa/hong-son/nha-dai-doan-ket');
  await expect(page.getByRole('heading', { name: 'Nhà Đại đoàn kết đã bàn giao' })).toBeVisible();
  await expect(page.getByText('xây mới 3 nhà, sửa chữa 3 nhà')).toBeVisible();
  await expect(page.locator('td', { hasText: 'Lò Thị Mai' })).toBeVisible();
  await page.screenshot({ path: `${DIR}/portal-360.png`, fullPage: true });
});
