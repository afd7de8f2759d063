import { expect, test, type Page } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';
import { DEMO_PASSWORD } from './journey';

// Issue 16.1: the province allocates from its relief fund to its communes (a column pasted from Excel fills the rows
// down); xã Hồng Sơn's standing committee sees the allocation waiting on its start page and acknowledges it into its
// own Quỹ Cứu trợ. Screenshots in e2e/artifacts/fund-levels-*.png.

const SHOTS = 'e2e/artifacts';
const DECISION = '131/QĐ-MTTQ-BTT';

/** A paste of two lines into a field, as Excel puts a copied column on the clipboard. */
async function pasteColumn(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await field.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a province allocates from its relief fund; the commune acknowledges receipt', async ({ browser }) => {
  const province = await (await browser.newContext()).newPage();
  await uiLogin(province, 'tinh', DEMO_PASSWORD);
  await province.goto('/app/funds');
  // The province's own fund comes first; its communes' funds are there too, read only.
  await expect(province.getByTestId('fund-select')).toContainText('Quỹ Cứu trợ tỉnh — bão số 3 (Yagi) 2024');
  await province.getByRole('tab', { name: 'Phân bổ cho xã' }).click();
  const list = province.getByTestId('allocation-list');
  await expect(list.getByRole('row').filter({ hasText: 'Hồng Sơn' }).first()).toContainText('Xã đã nhận');
  await expect(list).toContainText('Chờ xã xác nhận');

  await province.getByLabel('Số quyết định').fill(DECISION);
  await province.getByLabel('Nội dung phân bổ').fill('Hỗ trợ bổ sung sau bão số 3');
  await pasteColumn(province, 'Số tiền (đồng) xã Hồng Sơn', '10.000.000\r\n5.000.000\r\n');
  await expect(province.getByLabel('Số tiền (đồng) xã Hồng Sơn', { exact: true })).toHaveValue('10.000.000');
  await expect(province.getByTestId('allocation-total')).toHaveText('15.000.000 đồng');
  await province.screenshot({ path: `${SHOTS}/fund-levels-allocation-form.png`, fullPage: false });
  await province.getByRole('button', { name: 'Phân bổ và lập phiếu chi' }).click();
  await expect(province.getByText('Đã phân bổ, lập 2 phiếu chi')).toBeVisible();
  const fresh = list.getByRole('row').filter({ hasText: DECISION });
  await expect(fresh).toHaveCount(2);
  await expect(fresh.filter({ hasText: 'Hồng Sơn' })).toContainText('Chờ xã xác nhận');

  // Xã Hồng Sơn: waiting on the start page, acknowledged from the fund page.
  const commune = await (await browser.newContext()).newPage();
  await uiLogin(commune, 'btt', DEMO_PASSWORD);
  await expect(commune.getByTestId('agenda-allocations.acknowledge')).toContainText(DECISION);
  await commune.goto('/app/funds');
  const received = commune.getByTestId('allocations-received');
  const row = received.getByRole('row').filter({ hasText: DECISION });
  await expect(row).toContainText('10.000.000 đồng');
  await row.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  const dialog = commune.getByRole('dialog');
  await chooseOption(commune, dialog.getByLabel('Ghi vào quỹ'), 'Quỹ Cứu trợ');
  await commune.screenshot({ path: `${SHOTS}/fund-levels-acknowledge.png`, fullPage: false });
  await dialog.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  await expect(row).toContainText('Xã đã nhận');
  await expect(row).toContainText('Quỹ Cứu trợ');
  await expect(row.getByRole('button', { name: 'Xác nhận đã nhận' })).toHaveCount(0);

  // The province sees it received.
  await province.reload();
  await province.getByRole('tab', { name: 'Phân bổ cho xã' }).click();
  await expect(
    province
      .getByTestId('allocation-list')
      .getByRole('row')
      .filter({ hasText: DECISION })
      .filter({ hasText: 'Hồng Sơn' }),
  ).toContainText('Xã đã nhận');
});
