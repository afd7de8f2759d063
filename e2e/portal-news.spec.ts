import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, uiLogin } from './helpers';

const PASSWORD = 'HongSon@2026';
const SHOTS = 'e2e/artifacts/portal9';

test('a women’s union head drafts news, the standing committee approves it, the portal shows it', async ({
  page,
  browser,
}) => {
  const title = `Hội Phụ nữ trao học bổng ${Date.now()}`;
  await uiLogin(page, 'phunu', PASSWORD);
  await page.goto('/app/posts');
  await page.getByRole('button', { name: 'Viết bài' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Tiêu đề').fill(title);
  await drawer.getByLabel('Tóm tắt (hiện ở trang chủ)').fill('Trao 10 suất học bổng cho học sinh nghèo vượt khó.');
  const body = drawer.locator('textarea').last();
  await body.fill('Chi hội thôn Đông trao học bổng.<script>alert(1)</script>');
  await body.selectText();
  await drawer.getByRole('button', { name: 'Đoạn văn' }).click();
  // The preview is the server's sanitised HTML: the script is gone.
  await expect(drawer.locator('.post-preview p')).toHaveText('Chi hội thôn Đông trao học bổng.');
  await expect(drawer.getByRole('button', { name: 'Đăng ngay' })).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer.getByRole('button', { name: 'Gửi duyệt' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.locator('.ant-drawer-title')).toContainText('Chờ duyệt');
  await expect(drawer.getByRole('button', { name: 'Duyệt và đăng' })).toHaveCount(0);

  const standing = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await uiLogin(standing, 'btt', PASSWORD);
  await standing.goto('/app/posts');
  await standing.getByText(title).click();
  await standing.getByRole('button', { name: 'Duyệt và đăng' }).click();
  await standing
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /OK|Đồng ý/ })
    .click();
  await expect(standing.locator('.ant-drawer-title')).toContainText('Đã đăng');
  await expect(standing.locator('.ant-modal-confirm')).toHaveCount(0);
  await standing.screenshot({ path: 'e2e/artifacts/posts-editor-360.png' });
  await standing.keyboard.press('Escape');
  await expect(standing.getByRole('dialog')).toBeHidden();
  await standing.screenshot({ path: 'e2e/artifacts/posts-list-360.png' });

  const portal = await browser.newPage({ javaScriptEnabled: false });
  await portal.goto('/');
  await portal.getByRole('link', { name: title }).click();
  await expect(portal.locator('article h1')).toHaveText(title);
  await expect(portal.locator('article .body')).toHaveText('Chi hội thôn Đông trao học bổng.');
  await portal.goto(`/tim-kiem?q=${encodeURIComponent('hoc bong')}`);
  await expect(portal.getByRole('link', { name: title })).toBeVisible();
});

/** Horizontal overflow of the page in CSS pixels (0 when nothing sticks out sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the portal looks like a government portal on a 360 px phone without JavaScript: emblem, “Giới thiệu”, readable addresses', async ({
  browser,
  request,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const phone = await browser.newPage({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });

  // The home page: the commune's emblem beside its name, the sections, and at the foot who answers for the content.
  await phone.goto('/');
  const emblem = phone.locator('header .brand img');
  await expect(emblem).toHaveAttribute('alt', 'Biểu trưng Ủy ban MTTQ Việt Nam xã Hồng Sơn');
  expect(await emblem.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(phone.locator('header h1')).toHaveText('XÃ HỒNG SƠN');
  await expect(phone.locator('footer')).toContainText(
    'Chịu trách nhiệm nội dung: Ông Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn',
  );
  expect(await overflow(phone)).toBe(0);
  await phone.screenshot({ path: `${SHOTS}/home-360.png`, fullPage: true });

  // "Giới thiệu" from the menu, at the commune's readable address.
  await phone.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Giới thiệu' }).click();
  await expect(phone).toHaveURL(/\/xa\/hong-son\/gioi-thieu$/);
  await expect(phone.getByRole('heading', { name: 'Giới thiệu' })).toBeVisible();
  await expect(phone.locator('.intro .text')).toContainText(
    'Xã Hồng Sơn, tỉnh Tuyên Quang được thành lập từ ngày 01/7/2025',
  );
  await expect(phone.locator('dl.contact')).toContainText('mttq.hongson@example.vn');
  expect(await overflow(phone)).toBe(0);
  await phone.screenshot({ path: `${SHOTS}/gioi-thieu-360.png`, fullPage: true });

  // A link shared on Zalo before slugs (/xa/<id>/kien-nghi) lands on the same page at the readable address.
  const token = await apiLogin(request, 'btt', PASSWORD);
  const units = await request.get('/api/v1/units?code=02608', { headers: { authorization: `Bearer ${token}` } });
  const communeId = ((await units.json()) as { items: { id: string }[] }).items[0]?.id;
  await phone.goto(`/xa/${communeId}/kien-nghi`);
  await expect(phone).toHaveURL(/\/xa\/hong-son\/kien-nghi$/);
  await expect(phone.getByRole('heading', { name: 'Gửi ý kiến, kiến nghị' })).toBeVisible();
  expect(await overflow(phone)).toBe(0);
  await phone.screenshot({ path: `${SHOTS}/kien-nghi-360.png` });

  // The public disclosure: one card a receipt, a donor's name on one line, nothing sideways.
  await phone.goto('/');
  await phone.locator('#cong-khai a').first().click();
  await expect(phone.getByRole('heading', { name: 'Danh sách ủng hộ' })).toBeVisible();
  expect(await overflow(phone)).toBe(0);
  const donor = phone.locator('td[data-label="Người ủng hộ"]').first();
  const box = await donor.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(250);
  expect(box?.height ?? 100).toBeLessThan(40);
  await phone.screenshot({ path: `${SHOTS}/cong-khai-360.png`, fullPage: true });
  await phone.close();
});

test('the standing committee edits the portal’s identity in the staff app', async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  const staff = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await uiLogin(staff, 'btt', PASSWORD);
  await staff.goto('/app/portal-settings');
  await expect(staff.getByTestId('portal-logo')).toBeVisible();
  const responsible = staff.getByLabel('Chịu trách nhiệm nội dung');
  await expect(responsible).toHaveValue('Ông Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn');
  await responsible.fill('Bà Hoàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn');
  await staff.getByRole('button', { name: 'Lưu' }).click();
  await expect(staff.locator('.ant-message')).toContainText('Đã lưu');
  await staff.screenshot({ path: `${SHOTS}/staff-settings-360.png`, fullPage: true });
  const portal = await browser.newPage({ javaScriptEnabled: false });
  await portal.goto('/xa/hong-son/gioi-thieu');
  await expect(portal.locator('footer')).toContainText(
    'Chịu trách nhiệm nội dung: Bà Hoàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn',
  );
  // Put it back for the other specs that read the demo.
  await responsible.fill('Ông Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn');
  await staff.getByRole('button', { name: 'Lưu' }).click();
  await expect(staff.locator('.ant-message')).toContainText('Đã lưu');
  await portal.close();
  await staff.close();
});
