import { expect, test, type Page } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';
import { DEMO_PASSWORD } from './journey';

// Goods in kind (issue 16.6): the standing committee records rice-and-blankets style relief received in kind, issues
// part of it to a village under a decision, and the fund's stock shows what is left — apart from the cash.
// Screenshots at 1366 px and 360 px stay in e2e/artifacts/goods/.

const ITEM = 'Chăn ấm mùa đông';

async function openGoods(page: Page) {
  await page.goto('/app/funds?tab=goods');
  await chooseOption(page, page.getByTestId('fund-select').locator('input'), 'Quỹ Cứu trợ');
  await expect(page.getByTestId('goods-stock')).toContainText('Gạo');
}

test('btt records a receipt in kind, issues part of it to a village, and the stock shows the remainder', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await openGoods(page);

  await page.getByRole('button', { name: 'Lập phiếu nhập' }).click();
  const receipt = page.getByRole('dialog', { name: 'Lập phiếu nhập' });
  await receipt.getByLabel('Người/đơn vị ủng hộ').fill('Công ty TNHH Dệt may Minh Anh');
  await receipt.getByLabel('Mặt hàng').fill(ITEM);
  await receipt.getByLabel('ĐVT').fill('cái');
  await receipt.getByLabel('Số lượng').fill('100');
  await receipt.getByLabel('Giá trị ước tính (đồng)').fill('15000000');
  await receipt.getByRole('button', { name: 'Lưu phiếu' }).click();
  await expect(page.getByText(/Đã lưu phiếu PN-\d{4}-\d{4}/)).toBeVisible();
  await expect(receipt).toBeHidden();
  const row = page.getByTestId('goods-stock').getByRole('row').filter({ hasText: ITEM });
  await expect(row).toContainText('100');

  await page.getByRole('button', { name: 'Lập phiếu xuất' }).click();
  const issue = page.getByRole('dialog', { name: 'Lập phiếu xuất' });
  await chooseOption(page, issue.getByLabel('Thôn nhận'), 'Thôn Đoài');
  await issue.getByLabel('Người/nơi nhận').fill('30 hộ có nhà bị tốc mái');
  await issue.getByLabel('Số quyết định').fill('15/QĐ-MTTQ');
  await chooseOption(page, issue.getByLabel('Mặt hàng'), `${ITEM} (cái) – còn 100`);
  await issue.getByLabel('Số lượng').fill('30');
  await issue.getByRole('button', { name: 'Lưu phiếu' }).click();
  await expect(page.getByText(/Đã lưu phiếu PX-\d{4}-\d{4}/)).toBeVisible();
  await expect(issue).toBeHidden();

  // 100 in, 30 out: 70 left, worth 10.500.000 đồng at the receipt's average.
  await expect(row.getByRole('cell').nth(5)).toHaveText('70');
  await expect(row).toContainText('10.500.000');
  await page.screenshot({ path: 'e2e/artifacts/goods/stock-1366.png', fullPage: true });

  await page.getByTestId('goods-views').getByText('Phiếu xuất').click();
  const issues = page.getByTestId('goods-issue-list');
  await expect(issues).toContainText('Thôn Đoài – 30 hộ có nhà bị tốc mái');
  await expect(issues).toContainText('15/QĐ-MTTQ');
  await page.screenshot({ path: 'e2e/artifacts/goods/issues-1366.png', fullPage: true });

  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByTestId('goods-views').getByText('Tồn kho').click();
  await expect(page.getByTestId('goods-stock')).toContainText(ITEM);
  await page.screenshot({ path: 'e2e/artifacts/goods/stock-360.png', fullPage: true });
});

test('the public page of the storm drive shows the goods received and issued, apart from the cash', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Vận động ủng hộ đồng bào bị thiệt hại do bão số 3 năm 2024' }).click();
  const goods = page.locator('#hang-hoa');
  await expect(goods.getByRole('heading', { name: 'Hàng hóa, hiện vật' })).toBeVisible();
  await expect(goods).toContainText('Nhà hảo tâm');
  await expect(goods).toContainText('1/QĐ-MTTQ-BTT');
  await page.screenshot({ path: 'e2e/artifacts/goods/portal-360.png', fullPage: true });
  await goods.getByRole('heading', { name: 'Hàng hóa, hiện vật' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/artifacts/goods/portal-goods-360.png' });
});
