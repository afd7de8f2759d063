import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseOption, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';

const choose = chooseOption;

test('the standing committee reads the org chart, records a session with one member absent, and sets up a supervision board within its limits', async ({
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync('e2e/artifacts', { recursive: true });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: 'Cơ cấu tổ chức' }).click();

  // The chart: the committee with its chair and term, the organisations with their heads.
  const committee = page.getByTestId('chart-committee');
  await expect(committee).toContainText('Nguyễn Văn Luyện');
  await expect(committee).toContainText('2024–2029');
  const orgs = page.getByRole('region', { name: 'Các tổ chức chính trị - xã hội, tổ chức thành viên' });
  await expect(orgs).toContainText('Trần Thị Hằng');
  await expect(orgs).toContainText('Lê Văn Sáu');
  await expect(page.getByTestId('chart-village')).toHaveCount(6);
  await page.screenshot({ path: 'e2e/artifacts/bodies-chart.png', fullPage: true });

  // A session of the committee: everyone ticked, one unticked with a reason.
  await page.getByRole('tab', { name: 'Ủy ban & Ban Thường trực' }).click();
  await expect(page).toHaveURL(/tab=committee/);
  await expect(page.getByRole('tabpanel')).toContainText('Vũ Thị Bích');
  await page.getByRole('button', { name: 'Ghi kỳ họp' }).click();
  const dialog = page.getByRole('dialog', { name: /Ghi kỳ họp/ });
  await dialog.getByLabel('Tên kỳ họp').fill('Hội nghị Ủy ban lần thứ 4 (kiểm thử)');
  await dialog.getByRole('checkbox', { name: /Ngô Văn Hiển/ }).uncheck();
  await dialog.getByLabel('Lý do vắng: Ngô Văn Hiển').fill('Đi tập huấn');
  await expect(dialog).toContainText('Có mặt 16/17');
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  const session = page.locator('.ant-list-item').filter({ hasText: 'Hội nghị Ủy ban lần thứ 4 (kiểm thử)' });
  await expect(session).toContainText('Có mặt: 16');
  await expect(session).toContainText('Vắng: 1');
  await expect(session).toContainText('Ngô Văn Hiển (Đi tập huấn)');

  // A supervision board with three deputies: the server's rule shows under the third one's position.
  await page.getByRole('tab', { name: 'Ban TTND & Giám sát' }).click();
  await page.getByRole('button', { name: 'Lập Ban Giám sát đầu tư' }).click();
  const create = page.getByRole('dialog', { name: /Lập Ban Giám sát đầu tư/ });
  await create.getByLabel('Công trình, dự án').fill('Nhà văn hóa Thôn Hạ');
  await create.getByRole('button', { name: 'Thêm người' }).click();
  const names = ['Lê Văn Một', 'Trần Thị Hai', 'Phạm Văn Ba', 'Vũ Thị Bốn'];
  for (const [i, name] of names.entries()) await create.locator(`#body-create_members_${i}_fullName`).fill(name);
  await choose(page, create.locator('#body-create_members_2_position'), 'Phó Trưởng ban');
  await choose(page, create.locator('#body-create_members_3_position'), 'Phó Trưởng ban');
  await create.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(create).toContainText('tối đa 2 Phó Trưởng ban', { timeout: 20_000 });
  await page.screenshot({ path: 'e2e/artifacts/bodies-supervision-error.png' });
  await choose(page, create.locator('#body-create_members_3_position'), 'Ủy viên');
  await create.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(create).toBeHidden({ timeout: 20_000 });
  const board = page.getByRole('tabpanel').locator('.ant-card').filter({ hasText: 'Nhà văn hóa Thôn Hạ' });
  await expect(board).toContainText('Vũ Thị Bốn');
});

test('a village head on a phone sees their own village’s board and not another village’s', async ({ page }) => {
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await uiLogin(page, 'thondong', DEMO_PASSWORD);
  await page.goto('/app/structure');

  // The chart: the commune's committee, and of the villages only theirs.
  await expect(page.getByTestId('chart-committee')).toContainText('Nguyễn Văn Luyện');
  await expect(page.getByTestId('chart-village')).toHaveCount(1);
  await expect(page.getByTestId('chart-village')).toContainText('Thôn Đông');
  await expect(page.getByTestId('chart-village')).toContainText('Nguyễn Văn Hòa');

  await page.getByRole('tab', { name: 'Ban CTMT' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('Ban công tác Mặt trận Thôn Đông');
  await expect(panel).toContainText('Bùi Thị Lan');
  await expect(panel).not.toContainText('Thôn Đoài');
  await expect(panel).not.toContainText('Trần Văn Đông'); // the head of Thôn Đoài's board
  // They keep their own board's roster.
  await expect(panel.getByRole('button', { name: 'Ghi kỳ họp' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/bodies-village-360px.png', fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // The commune's committee they read, not keep.
  await page.getByRole('tab', { name: 'Ủy ban' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Nguyễn Văn Luyện');
  await expect(page.getByRole('button', { name: 'Ghi kỳ họp' })).toHaveCount(0);
});
