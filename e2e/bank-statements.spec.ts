import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { apiLogin, apiPost, chooseOption, uiLogin } from './helpers';
import { DEMO_PASSWORD } from './journey';

// Issue 16.2 in the staff app: xã Hồng Sơn's standing committee adds a bank account to a fund, imports a statement
// with one unreadable row and one true duplicate (the summary adds up to the file), pages the stored transfers, and
// moves some of them to another drive by a rule after a preview. Its own fund, drives and account (names stamped
// with the run) keep it apart from the other specs' writes on the shared demo database. Screenshots in
// e2e/artifacts/bank/.

const SHOTS = 'e2e/artifacts/bank';
const stamp = Date.now().toString().slice(-7);
const FUND = `Quỹ sao kê thử ${stamp}`;
const ACCOUNT = `99${stamp}01`;
const DRIVE_A = `SKA${stamp}`;
const DRIVE_B = `SKB${stamp}`;

/** 60 credits in October 2026, the first five about floods; then a bad amount and a repeat of the first line. */
function statementCsv(): { csv: string; goodAmount: number; floodAmount: number } {
  const lines = ['Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung,Tên người chuyển'];
  let goodAmount = 0;
  let floodAmount = 0;
  for (let i = 1; i <= 60; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const amount = 100_000 + i * 1_000;
    const flood = i <= 5;
    goodAmount += amount;
    if (flood) floodAmount += amount;
    const text = flood ? `MBVCB.${stamp}${i}.ung ho lu lut mien trung` : `MBVCB.${stamp}${i}.ung ho quy`;
    lines.push(`${day}/10/2026,FT${stamp}${String(i).padStart(3, '0')},${amount},"${text}",NGUYEN VAN ${i}`);
  }
  lines.push(`05/10/2026,FT${stamp}BAD,mot tram nghin,"ung ho",TRAN THI B`);
  lines.push(lines[1] ?? '');
  return { csv: `${lines.join('\n')}\n`, goodAmount, floodAmount };
}

const money = (n: number) => `${n.toLocaleString('de-DE')} đồng`;

/** The part of the page in question (a 50-row list makes a full page too tall to look at). */
async function shot(what: Page | Locator, name: string) {
  await what.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('a fund account, a statement that adds up, paged rows and a rule previewed then applied', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const token = await apiLogin(request, 'btt', DEMO_PASSWORD);
  const funds = (await (
    await request.get('/api/v1/funds', { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { items: { unitId: string; unitLevel: string; can: { manage: boolean } }[] };
  const commune = funds.items.find((f) => f.unitLevel === 'commune' && f.can.manage);
  expect(commune).toBeDefined();
  const fund = await apiPost<{ id: string }>(request, token, '/funds', { unitId: commune?.unitId, name: FUND });
  for (const [code, name] of [
    [DRIVE_A, 'Ủng hộ tháng Mười'],
    [DRIVE_B, 'Ủng hộ lũ lụt miền Trung'],
  ] as const)
    await apiPost(request, token, '/drives', { fundId: fund.id, code, name, from: '2026-10-01', to: '2026-10-31' });

  await page.setViewportSize({ width: 1366, height: 900 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto(`/app/funds?fund=${fund.id}&tab=bank`);
  await expect(page.getByText('Quỹ chưa có tài khoản ngân hàng')).toBeVisible();

  // The account, with October's drive as its default.
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const add = page.getByRole('dialog');
  await add.getByLabel('Ngân hàng', { exact: true }).fill('Vietcombank');
  await add.getByLabel('Số tài khoản', { exact: true }).fill(ACCOUNT);
  await add.getByLabel('Tên chủ tài khoản').fill('UBMTTQ XA HONG SON');
  await add.getByLabel('Mã ngân hàng (BIN)').fill('970436');
  await chooseOption(page, add.getByLabel('Đợt mặc định'), `${DRIVE_A} – Ủng hộ tháng Mười`);
  await add.getByRole('button', { name: 'Lưu' }).click();
  await expect(add).toBeHidden();
  const accounts = page.getByRole('row').filter({ hasText: ACCOUNT });
  await expect(accounts).toContainText('Vietcombank');
  await shot(page.getByTestId('bank-accounts'), 'accounts-1366');

  // The statement: 62 lines = 60 stored + 1 duplicate + 1 error.
  const { csv, goodAmount, floodAmount } = statementCsv();
  await page.getByRole('button', { name: 'Nhập sao kê' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập sao kê ngân hàng' });
  await chooseOption(page, dialog.getByLabel('Tài khoản', { exact: true }), `Vietcombank – ${ACCOUNT}`);
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: `sao-ke-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  const summary = dialog.getByTestId('statement-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const first = 100_000 + 1_000;
  await expect(dialog.getByTestId('summary-stored')).toContainText('60');
  await expect(dialog.getByTestId('summary-stored')).toContainText(money(goodAmount));
  await expect(dialog.getByTestId('summary-dup')).toContainText('1');
  await expect(dialog.getByTestId('summary-dup')).toContainText(money(first));
  await expect(dialog.getByTestId('summary-err')).toContainText('1');
  await expect(dialog.getByTestId('summary-total')).toContainText('62');
  await expect(dialog.getByTestId('summary-total')).toContainText(money(goodAmount + first));
  await expect(summary).toContainText('Khoản trùng (1)');
  await expect(summary).toContainText(`sao-ke-${stamp}.csv, dòng 2`);
  await expect(summary).toContainText('Dòng lỗi (1)');
  await shot(dialog, 'import-summary-1366');
  await expectAccessible(page, 'bank statement summary');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải danh sách lỗi (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await dialog.getByRole('button', { name: 'Xem các khoản của lần nhập này' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Chỉ các khoản của một lần nhập')).toBeVisible();

  // 60 rows: a first page of 50 with the filter's total on top, then the last 10.
  const total = page.getByTestId('bank-rows-total');
  await expect(total).toHaveText(`60 khoản · ${money(goodAmount)}`);
  await expect(page.getByText('Trang 1')).toBeVisible();
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await expect(page.getByText('Trang 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trang sau' })).toBeDisabled();
  await page.getByRole('button', { name: 'Trang trước' }).click();
  await expect(page.getByText('Trang 1')).toBeVisible();
  const floodRow = page.getByRole('row').filter({ hasText: 'lu lut' }).first();
  await expect(floodRow).toContainText(DRIVE_A);

  // A rule: the flood transfers, now in October's drive, move to the flood drive.
  const rule = page.locator('form#reattribution');
  await rule.getByLabel('Nội dung có chữ').fill('lu lut');
  await chooseOption(page, rule.getByLabel('Đang ở'), `${DRIVE_A} – Ủng hộ tháng Mười`);
  await chooseOption(page, rule.getByLabel('Chuyển sang đợt'), `${DRIVE_B} – Ủng hộ lũ lụt miền Trung`);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByTestId('rule-preview-1')).toHaveText(`5 khoản · ${money(floodAmount)}`);
  await shot(page.getByTestId('bank-rules'), 'rules-preview-1366');
  await expectAccessible(page, 'bank tab');
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Chuyển 5 khoản' });
  // A click while the confirmation still zooms in can be lost: click until it closes.
  await expect(async () => {
    await confirm.getByRole('button', { name: 'Áp dụng' }).click({ timeout: 2_000 });
    await expect(confirm).toBeHidden({ timeout: 2_000 });
  }).toPass();
  await expect(page.getByText(`Đã chuyển 5 khoản (${money(floodAmount)})`)).toBeVisible();
  // Applied again, the same rule moves nothing: the list and the preview both follow.
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByTestId('rule-preview-1')).toHaveText('0 khoản · 0 đồng');
  await expect(floodRow).toContainText(DRIVE_B);

  // A phone: cards, the totals and the pager in sight.
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(total).toBeVisible();
  await page.getByTestId('bank-accounts').scrollIntoViewIfNeeded();
  await shot(page, 'accounts-360');
  await total.scrollIntoViewIfNeeded();
  await shot(page, 'bank-rows-360');
  await page.getByRole('button', { name: 'Trang sau' }).scrollIntoViewIfNeeded();
  await shot(page, 'bank-pager-360');
  await page.getByTestId('bank-rules').scrollIntoViewIfNeeded();
  await shot(page, 'bank-rules-360');
  // The same file again, on the phone: everything is a duplicate of the first import, listed a page at a time.
  await page.getByRole('button', { name: 'Nhập sao kê' }).click();
  await expect(dialog).toBeVisible();
  await chooseOption(page, dialog.getByLabel('Tài khoản', { exact: true }), `Vietcombank – ${ACCOUNT}`);
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: `sao-ke-lai-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog).toContainText(`sao-ke-lai-${stamp}.csv`);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await shot(page, 'import-dialog-360');
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByTestId('summary-stored')).toContainText('0 đồng');
  await expect(dialog.getByTestId('summary-dup')).toContainText('61');
  await expect(dialog.getByTestId('summary-total')).toContainText('62');
  await expect(summary).toContainText('Khoản trùng (61)');
  await shot(page, 'import-summary-360');
  await dialog.getByRole('button', { name: 'Đóng' }).last().click();
  await expect(total).toHaveText(`60 khoản · ${money(goodAmount)}`);
});
