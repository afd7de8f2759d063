import { expect, test } from '@playwright/test';
import { uiLogin } from './helpers';

const PASSWORD = 'HongSon@2026';

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
