import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { periodLabel, periodOf, previousPeriod } from '../src/lib/report-periods';
import { chooseOption, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/report-forms';
const TITLE = `Báo cáo tháng thử nghiệm ${Date.now() % 100000}`;

test('the province defines a form, a village head fills it on a phone, the commune returns then accepts it, the province sees the grid', async ({
  browser,
}) => {
  mkdirSync(DIR, { recursive: true });

  // The province defines a monthly form for the villages.
  const province = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await uiLogin(province, 'tinh', DEMO_PASSWORD);
  await province.goto('/app/report-forms');
  await province.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
  const builder = province.getByRole('dialog');
  await builder.getByLabel('Tên biểu mẫu').fill(TITLE);
  await builder.getByRole('checkbox', { name: 'Xã, phường' }).uncheck();
  await builder.getByRole('checkbox', { name: 'Thôn, tổ dân phố' }).check();
  await province.locator('#report-form_fields_0_key').fill('meetings');
  await province.locator('#report-form_fields_0_label').fill('Số cuộc họp thôn');
  await builder.getByTestId('rf-field-0').getByRole('checkbox', { name: 'Bắt buộc' }).check();
  await builder.getByRole('button', { name: 'Thêm trường' }).click();
  await province.locator('#report-form_fields_1_key').fill('people');
  await province.locator('#report-form_fields_1_label').fill('Số người tham gia');
  await builder.getByRole('button', { name: 'Thêm trường' }).click();
  await province.locator('#report-form_fields_2_key').fill('women');
  await province.locator('#report-form_fields_2_label').fill('Trong đó: nữ');
  // An option clicked while antd's dropdown opens can be lost: chooseOption checks the select shows it.
  await chooseOption(province, builder.getByTestId('rf-field-2').getByLabel('Trong đó của'), 'people');
  // A table field: one row per village of the commune, two columns, the second "of which" of the first.
  await builder.getByRole('button', { name: 'Thêm trường' }).click();
  await province.locator('#report-form_fields_3_key').fill('households');
  await province.locator('#report-form_fields_3_label').fill('Số hộ tham gia');
  const tableField = builder.getByTestId('rf-field-3');
  await chooseOption(province, tableField.getByLabel('Kiểu', { exact: true }), 'Bảng');
  // The first column is there, named like the field; the second is added.
  await expect(province.locator('#report-form_fields_3_columns_0_label')).toHaveValue('Số hộ tham gia');
  await province.locator('#report-form_fields_3_columns_0_key').fill('total');
  await tableField.getByRole('button', { name: 'Thêm cột' }).click();
  await province.locator('#report-form_fields_3_columns_1_key').fill('total');
  await province.locator('#report-form_fields_3_columns_1_label').fill('Trong đó: gia đình văn hóa');
  await chooseOption(
    province,
    tableField.getByTestId('rf-column-3-1').getByLabel('Trong đó của cột'),
    'Số hộ tham gia',
  );
  // A code used twice in the table is named under the column, nothing sent.
  await builder.getByRole('button', { name: 'Lưu' }).click();
  await expect(tableField.getByTestId('rf-column-3-1').locator('.ant-form-item-explain-error')).toHaveText(
    'Mã cột "total" đã dùng trong bảng này.',
  );
  await province.locator('#report-form_fields_3_columns_1_key').fill('recognised');
  await expect(tableField.locator('.ant-form-item-explain-error')).toHaveCount(0);
  // What only the server sees (an "of which" of a text column) comes back named under that column's input.
  const firstColumn = tableField.getByTestId('rf-column-3-0');
  await chooseOption(province, firstColumn.getByLabel('Kiểu cột'), 'Văn bản');
  await builder.getByRole('button', { name: 'Lưu' }).click();
  await expect(tableField.getByTestId('rf-column-3-1').locator('.ant-form-item-explain-error')).toHaveText(
    '"Trong đó" chỉ dùng cho cột số.',
  );
  await chooseOption(province, firstColumn.getByLabel('Kiểu cột'), 'Số lượng');
  await expect(tableField.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await tableField.scrollIntoViewIfNeeded();
  await province.screenshot({ path: `${DIR}/builder-table-1366.png` });
  await province.setViewportSize({ width: 360, height: 740 });
  await tableField.getByTestId('rf-columns-3').scrollIntoViewIfNeeded();
  await province.screenshot({ path: `${DIR}/builder-table-360.png` });
  expect(await province.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await province.setViewportSize({ width: 1366, height: 900 });
  // A yes/no column too.
  await tableField.getByRole('button', { name: 'Thêm cột' }).click();
  await province.locator('#report-form_fields_3_columns_2_key').fill('model');
  await province.locator('#report-form_fields_3_columns_2_label').fill('Đạt chuẩn văn hóa');
  await chooseOption(province, tableField.getByTestId('rf-column-3-2').getByLabel('Kiểu cột'), 'Có/Không');
  await builder.getByRole('button', { name: 'Lưu' }).click();
  await expect(builder).toBeHidden();
  await expect(province.getByRole('link', { name: TITLE })).toBeVisible();

  // A village head fills it on a 360-px phone: each field is saved when left, then the report is sent.
  const village = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await uiLogin(village, 'thondong', DEMO_PASSWORD);
  await village.goto('/app/report-forms');
  await village.getByRole('link', { name: TITLE }).click();
  await expect(village.getByTestId('rf-form-title')).toHaveText(TITLE);
  await village.getByTestId('rf-my-unit').getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(village.getByTestId('rf-sub-status')).toHaveText('Nháp');
  await village.getByLabel('Số người tham gia').fill('40');
  await village.getByLabel('Trong đó: nữ').click();
  await expect(village.getByTestId('rf-saving')).toHaveText('Đã lưu nháp');
  // "Of which" above its total is refused, naming the field.
  await village.getByLabel('Trong đó: nữ').fill('55');
  await village.getByLabel('Số cuộc họp thôn').click();
  await expect(village.locator('.ant-form-item-explain-error')).toContainText('"Trong đó" không được lớn hơn tổng');
  await village.getByLabel('Trong đó: nữ').fill('18');
  await village.getByLabel('Số cuộc họp thôn').fill('3');
  await village.getByLabel('Số người tham gia').click();
  await expect(village.getByTestId('rf-saving')).toHaveText('Đã lưu nháp');
  await expect(village.locator('.ant-form-item-explain-error')).toHaveCount(0);
  // The table: a card per village, a cell saved when left; a bad cell is named under it, nothing saved.
  const dong = village.getByTestId('rf-table-row').filter({ hasText: 'Thôn Đông' });
  const cell = dong.getByLabel('Số hộ tham gia');
  await cell.fill('-3');
  await village.getByLabel('Số cuộc họp thôn').click();
  await expect(dong.locator('.ant-form-item-explain-error')).toHaveText(
    'Số hộ tham gia: Số lượng là số nguyên, không âm.',
  );
  await cell.fill('25');
  await village.getByLabel('Số cuộc họp thôn').click();
  await expect(village.getByTestId('rf-saving')).toHaveText('Đã lưu nháp');
  await expect(village.locator('.ant-form-item-explain-error')).toHaveCount(0);
  // The second column of the same row: above its total it is refused under that cell; then saved.
  const recognised = dong.getByLabel('Trong đó: gia đình văn hóa');
  await recognised.fill('30');
  await village.getByLabel('Số cuộc họp thôn').click();
  await expect(dong.locator('.ant-form-item-explain-error')).toHaveText(
    'Trong đó: gia đình văn hóa: "Trong đó" không được lớn hơn cột "Số hộ tham gia" (25).',
  );
  await recognised.fill('20');
  await village.getByLabel('Số cuộc họp thôn').click();
  await expect(village.getByTestId('rf-saving')).toHaveText('Đã lưu nháp');
  await expect(village.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await village.reload();
  const dongAgain = village.getByTestId('rf-table-row').filter({ hasText: 'Thôn Đông' });
  await expect(dongAgain.getByLabel('Số hộ tham gia')).toHaveValue('25');
  await expect(dongAgain.getByLabel('Trong đó: gia đình văn hóa')).toHaveValue('20');
  // A yes/no cell is saved when chosen.
  await dongAgain.getByRole('radio', { name: 'Có' }).check();
  await expect(village.getByTestId('rf-saving')).toHaveText('Đã lưu nháp');
  await village.reload();
  await expect(
    village.getByTestId('rf-table-row').filter({ hasText: 'Thôn Đông' }).getByRole('radio', { name: 'Có' }),
  ).toBeChecked();
  const width = await village.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await village.screenshot({ path: `${DIR}/fill-360.png`, fullPage: true });
  await village.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(village.getByTestId('rf-sub-status')).toHaveText('Đã gửi');
  const submissionUrl = village.url();

  // The commune returns it with a comment.
  const commune = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await uiLogin(commune, 'btt', DEMO_PASSWORD);
  await commune.goto(submissionUrl.replace(/^.*\/app\//, '/app/'));
  await expect(commune.getByTestId('rf-sub-status')).toHaveText('Đã gửi');
  await commune.getByLabel('Nhận xét để đơn vị sửa').fill('Đề nghị ghi rõ số người tham gia');
  await commune.getByRole('button', { name: 'Trả lại' }).click();
  await expect(commune.getByTestId('rf-sub-status')).toHaveText('Bị trả lại');

  // The village sees why, corrects and sends it again.
  await village.reload();
  await expect(village.getByText('Cấp trên trả lại: Đề nghị ghi rõ số người tham gia')).toBeVisible();
  await village.getByLabel('Số người tham gia').fill('42');
  await village.getByLabel('Số cuộc họp thôn').click();
  await expect(village.getByTestId('rf-saving')).toHaveText('Đã lưu nháp');
  await village.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(village.getByTestId('rf-sub-status')).toHaveText('Đã gửi');

  // The commune accepts it: locked for the village.
  await commune.reload();
  await commune.getByRole('button', { name: 'Duyệt' }).click();
  await expect(commune.getByTestId('rf-sub-status')).toHaveText('Đã duyệt');
  await village.reload();
  await expect(village.getByTestId('rf-sub-status')).toHaveText('Đã duyệt');
  await expect(village.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
  await expect(village.getByLabel('Số người tham gia')).toBeDisabled();

  // The province sees the grid: Thôn Đông reported, the other villages not.
  await province.getByRole('link', { name: TITLE }).click();
  const grid = province.getByTestId('rf-grid');
  await expect(grid).toBeVisible();
  const row = grid.getByRole('row').filter({ hasText: 'Thôn Đông' });
  await expect(row.getByText(/Đúng hạn|Muộn/)).toHaveCount(1);
  await expect(grid.getByRole('row').filter({ hasText: 'Thôn Đoài' })).not.toContainText(/Đúng hạn|Muộn/);
  await province.getByTestId('rf-late-text').click();
  await expect(province.getByTestId('rf-late-message')).toContainText('Chưa nộp');
  await province.screenshot({ path: `${DIR}/grid-1366.png`, fullPage: true });

  // The province picks the grid's range: four months up to this one; a reversed range is named, not shown.
  const now = periodOf('month', new Date().toISOString().slice(0, 10));
  let first = now;
  for (let i = 0; i < 3; i++) first = previousPeriod('month', first);
  await chooseOption(province, province.getByLabel('Từ kỳ'), periodLabel('month', now));
  await chooseOption(province, province.getByLabel('Đến kỳ'), periodLabel('month', first));
  await expect(province.getByTestId('rf-range-error')).toHaveText('Kỳ cuối phải từ kỳ đầu trở về sau.');
  await chooseOption(province, province.getByLabel('Từ kỳ'), periodLabel('month', first));
  await chooseOption(province, province.getByLabel('Đến kỳ'), periodLabel('month', now));
  await expect(province.getByTestId('rf-range-error')).toHaveCount(0);
  const header = grid.locator('thead tr').first();
  await expect(header.getByRole('columnheader')).toHaveCount(5);
  await expect(header).toContainText(periodLabel('month', first));
  await expect(
    grid
      .getByRole('row')
      .filter({ hasText: 'Thôn Đông' })
      .getByText(/Đúng hạn|Muộn/),
  ).toHaveCount(1);
  // No mail on this server: the reminder by e-mail is offered, disabled.
  await expect(province.getByTestId('rf-remind')).toBeDisabled();
  await province.screenshot({ path: `${DIR}/grid-range-1366.png`, fullPage: true });
});
