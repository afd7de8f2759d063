import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { apiLogin, apiPost, uiLogin } from './helpers';

// Issue 13.8: the staff app's main pages and the portal meet WCAG 2.2 AA as far as axe-core can tell (e2e/axe.ts).

const DEMO_PASSWORD = 'HongSon@2026';

test.describe('staff app', () => {
  test('login page', async ({ page }) => {
    await page.goto('/app/');
    await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
    await expectAccessible(page, 'login');
  });

  test('start page (Việc hôm nay)', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expectAccessible(page, 'start page');
  });

  test('funds page with the receipt form open', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/funds');
    await page.getByRole('button', { name: 'Lập phiếu thu' }).first().click();
    await expect(page.getByRole('tab', { name: /phiếu thu/i, selected: true }).first()).toBeVisible();
    await expect(page.locator('form').first()).toBeVisible();
    await expectAccessible(page, 'funds receipt form');
  });

  test('a report', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/reports');
    const row = page.locator('tr').filter({ hasText: '01/BC-MTTQ-BTT' });
    await row.getByText('Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm').click();
    await expect(page.getByText('54/44 đơn vị máu, đạt 123% chỉ tiêu giao').first()).toBeVisible();
    await expectAccessible(page, 'report view');
  });

  test('households list', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/households');
    await expect(page.locator('.ant-table-row').first()).toBeVisible();
    await expectAccessible(page, 'households');
  });

  test('the skip link is the first stop and lands on the main content', async ({ page }) => {
    await uiLogin(page, 'btt', DEMO_PASSWORD);
    await page.goto('/app/households');
    await expect(page.locator('.ant-table-row').first()).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });
});

test.describe('portal', () => {
  /** The portal home's links to the pages under test (the demo commune is the home one). */
  async function portalLinks(page: Page) {
    await page.goto('/');
    const href = async (selector: string) => {
      const a = page.locator(selector).first();
      await expect(a).toBeAttached();
      return (await a.getAttribute('href')) ?? '';
    };
    return {
      news: await href('a[href^="/tin-tuc/"]'),
      disclosure: await href('a[href^="/cong-khai/"]'),
      petition: await href('a[href$="/kien-nghi"]'),
      consultations: await href('a[href$="/gop-y"]'),
    };
  }

  test('home', async ({ page }) => {
    await page.goto('/');
    await expectAccessible(page, 'portal home');
  });

  test('a news post', async ({ page }) => {
    const links = await portalLinks(page);
    await page.goto(links.news);
    await expect(page.locator('article h1')).toBeVisible();
    await expectAccessible(page, 'portal news post');
  });

  test('a fund disclosure', async ({ page }) => {
    const links = await portalLinks(page);
    await page.goto(links.disclosure);
    await expectAccessible(page, 'portal disclosure');
  });

  test('the petition form', async ({ page }) => {
    const links = await portalLinks(page);
    await page.goto(links.petition);
    await expect(page.getByRole('heading', { name: 'Gửi ý kiến, kiến nghị' })).toBeVisible();
    await expectAccessible(page, 'portal petition form');
  });

  test('a draft under consultation', async ({ page, request }) => {
    // The demo's draft is closed: put out an open one to see its comment form.
    // The portal's links carry the commune's slug (/xa/hong-son/gop-y): its id comes from the API.
    const token = await apiLogin(request, 'btt', DEMO_PASSWORD);
    const units = await request.get('/api/v1/units?code=02608', { headers: { authorization: `Bearer ${token}` } });
    const communeId = ((await units.json()) as { items: { id: string }[] }).items[0]?.id;
    const draft = await apiPost<{ id: string }>(request, token, '/consultations', {
      communeId,
      title: `Dự thảo quy chế dân chủ ở cơ sở ${Date.now()}`,
      requestedBy: 'Ủy ban MTTQ tỉnh',
      opensOn: '2023-01-03',
      deadline: '2099-03-15',
      articles: [
        { ref: 'Điều 1', heading: 'Phạm vi điều chỉnh', text: 'Quy chế này quy định việc thực hiện dân chủ ở xã.' },
        { ref: 'Điều 2', heading: 'Đối tượng áp dụng', text: 'Công dân cư trú trên địa bàn xã.' },
      ],
    });
    await page.goto(`/gop-y/${draft.id}`);
    await expect(page.locator('form textarea').first()).toBeVisible();
    await expectAccessible(page, 'portal draft consultation');
  });

  test('the commune’s introduction', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Giới thiệu' }).click();
    await expect(page.getByRole('heading', { name: 'Giới thiệu' })).toBeVisible();
    await expectAccessible(page, 'portal introduction');
  });

  test('the skip link leads to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main-content$/);
  });
});
