import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';
import { DEMO_PASSWORD } from './journey';

// Issue 16: the national level allocates from its relief fund to two provinces through the staff app's form (amounts
// typed the Vietnamese way); tỉnh Tuyên Quang sees its share waiting and acknowledges it into its own fund on a phone;
// the public page of the national drive lists the allocation with its decision number. Screenshots in
// e2e/artifacts/allocations/.

const SHOTS = 'e2e/artifacts/allocations';
const DECISION = '1302/QĐ-MTTW-BTT';
const NATIONAL_FUND = 'Quỹ Cứu trợ Trung ương';
const NATIONAL_DRIVE = 'Cứu trợ đồng bào bị thiệt hại do bão số 3 (Yagi)';

test('the national level allocates to two provinces; Tuyên Quang acknowledges; the public page lists it', async ({
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });

  // The central committee's user: its relief fund, the demo's decision to three provinces, a new one to two.
  const national = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await uiLogin(national, 'trunguong', DEMO_PASSWORD);
  await expect(national.getByText('Mặt trận Trung ương', { exact: true })).toBeVisible();
  // Its menu is the work with the provinces, not a commune's households or village festivals.
  await expect(national.getByRole('menuitem', { name: 'Quỹ & ủng hộ' })).toBeVisible();
  await expect(national.getByRole('menuitem', { name: 'Hộ gia đình' })).toHaveCount(0);
  await expect(national.getByRole('menuitem', { name: 'Ngày hội Đại đoàn kết' })).toHaveCount(0);
  await national.goto('/app/funds');
  await expect(national.getByTestId('fund-select')).toContainText(NATIONAL_FUND);
  await national.getByRole('tab', { name: 'Phân bổ cho tỉnh' }).click();
  const list = national.getByTestId('allocation-list');
  await expect(list.getByRole('row').filter({ hasText: 'tỉnh Tuyên Quang' }).first()).toContainText('Tỉnh đã nhận');
  await expect(list.getByRole('row').filter({ hasText: 'tỉnh Lào Cai' }).first()).toContainText('Chờ tỉnh xác nhận');

  await national.getByLabel('Số quyết định').fill(DECISION);
  const date = national.getByLabel('Ngày', { exact: true });
  await date.click();
  await date.fill('30/9/2024');
  await date.press('Enter');
  await expect(date).toHaveValue('30/09/2024');
  await chooseOption(
    national,
    national.getByRole('combobox', { name: 'Đợt vận động' }),
    `YAGI2024 – ${NATIONAL_DRIVE}`,
  );
  await national.getByLabel('Nội dung phân bổ').fill('Hỗ trợ các tỉnh khắc phục hậu quả bão số 3 (Yagi) đợt 2');
  const tuyenQuang = national.getByLabel('Số tiền (đồng) tỉnh Tuyên Quang', { exact: true });
  await tuyenQuang.pressSequentially('1.000.000.000');
  const laoCai = national.getByLabel('Số tiền (đồng) tỉnh Lào Cai', { exact: true });
  await laoCai.pressSequentially('750.000.000');
  await laoCai.blur();
  await expect(tuyenQuang).toHaveValue('1.000.000.000');
  await expect(laoCai).toHaveValue('750.000.000');
  await expect(national.getByTestId('allocation-total')).toHaveText('1.750.000.000 đồng');
  await national.screenshot({ path: `${SHOTS}/national-form-1366.png`, fullPage: true });
  await national.getByRole('button', { name: 'Phân bổ và lập phiếu chi' }).click();
  await expect(national.getByText('Đã phân bổ, lập 2 phiếu chi')).toBeVisible();
  const fresh = list.getByRole('row').filter({ hasText: DECISION });
  await expect(fresh).toHaveCount(2);
  await expect(fresh.filter({ hasText: 'tỉnh Tuyên Quang' })).toContainText('1.000.000.000 đồng');
  await expect(fresh.filter({ hasText: 'tỉnh Tuyên Quang' })).toContainText('Chờ tỉnh xác nhận');

  // Tỉnh Tuyên Quang, on a phone: the share waits on its start page and is acknowledged into its own Yagi fund.
  const province = await (
    await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true })
  ).newPage();
  await uiLogin(province, 'tinh', DEMO_PASSWORD);
  await expect(province.getByTestId('agenda-allocations.acknowledge')).toContainText(DECISION);
  await province.goto('/app/funds');
  const received = province.getByTestId('allocations-received');
  const row = received.getByRole('row').filter({ hasText: DECISION });
  await expect(row).toContainText('1.000.000.000 đồng');
  await expect(row).toContainText('Chờ tỉnh xác nhận');
  await row.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  const dialog = province.getByRole('dialog');
  await expect(dialog.getByTestId('allocation-acknowledge-amount')).toHaveText('1.000.000.000 đồng');
  await expect(dialog).toContainText(DECISION);
  await expect(dialog.getByText('Quỹ Cứu trợ tỉnh — bão số 3 (Yagi) 2024')).toBeVisible();
  // The modal zooms in: the screenshot waits for it to be drawn in full.
  await expect(province.locator('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear, .ant-fade-enter')).toHaveCount(0);
  await province.screenshot({ path: `${SHOTS}/province-acknowledge-360.png`, fullPage: false });
  await dialog.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  await expect(row).toContainText('Tỉnh đã nhận');
  await expect(row.getByRole('button', { name: 'Xác nhận đã nhận' })).toHaveCount(0);
  await province.screenshot({ path: `${SHOTS}/province-acknowledged-360.png`, fullPage: true });

  // The national level sees it received; Lào Cai's share still waits.
  await national.reload();
  await national.getByRole('tab', { name: 'Phân bổ cho tỉnh' }).click();
  await expect(fresh.filter({ hasText: 'tỉnh Tuyên Quang' })).toContainText('Tỉnh đã nhận');
  await expect(fresh.filter({ hasText: 'tỉnh Lào Cai' })).toContainText('Chờ tỉnh xác nhận');

  // A visitor: the national drive from the list of the central level's disclosures, its money out by decision.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/cong-khai?cap=trung-uong');
  await visitor.locator('#cong-khai-cac-cap').getByRole('link', { name: NATIONAL_DRIVE }).click();
  await expect(visitor.getByRole('heading', { name: NATIONAL_DRIVE })).toBeVisible();
  const out = visitor.getByRole('row').filter({ hasText: DECISION });
  await expect(out.filter({ hasText: 'tỉnh Tuyên Quang' })).toContainText('1.000.000.000');
  await expect(out.filter({ hasText: 'tỉnh Lào Cai' })).toContainText('750.000.000');
  await out.first().scrollIntoViewIfNeeded();
  await visitor.screenshot({ path: `${SHOTS}/portal-national-money-out.png`, fullPage: false });
});
