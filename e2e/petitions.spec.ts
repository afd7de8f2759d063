import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiLogin, uiLogin } from './helpers';

const DEMO_PASSWORD = 'HongSon@2026';
const PHONE = '0987 654 321';

test('a citizen sends a petition on the portal and, once staff answered it, looks it up by its code', async ({
  page,
  request,
}, testInfo) => {
  // The citizen: portal home → the form.
  await page.goto('/');
  await page.getByRole('link', { name: 'Gửi ý kiến, kiến nghị' }).click();
  await expect(page.getByRole('heading', { name: 'Gửi ý kiến, kiến nghị' })).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Đỗ Thị Hạnh');
  await page.getByLabel('Điện thoại hoặc email').fill(PHONE);
  await page.getByLabel('Thôn, tổ dân phố').selectOption({ label: 'Thôn Đông' });
  await page.getByLabel('Lĩnh vực').selectOption({ label: 'Môi trường' });
  await page
    .getByLabel('Nội dung ý kiến, kiến nghị')
    .fill('Mương thoát nước cạnh nhà văn hóa Thôn Đông bị tắc, nước tràn ra đường <b>khẩn</b>.');
  await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();
  const code = ((await page.getByTestId('lookup-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^KN-[2-9A-HJ-NP-Z]{6}$/);

  // The standing committee forwards and answers it (through the API, as the staff app does).
  const token = await apiLogin(request, 'btt', DEMO_PASSWORD);
  const auth = { headers: { authorization: `Bearer ${token}` } };
  const found = (await (await request.get(`/api/v1/petitions?q=${code}`, auth)).json()) as {
    items: { id: string; content: string; submitterContact: string }[];
  };
  expect(found.items).toHaveLength(1);
  const id = found.items[0]?.id;
  expect(found.items[0]?.content).toContain('<b>khẩn</b>');
  expect(found.items[0]?.submitterContact).toBe(PHONE);
  expect(
    (
      await request.post(`/api/v1/petitions/${id}/transitions`, {
        ...auth,
        data: { to: 'forwarded', document: 'Công văn số 20/MTTQ-BTT' },
      })
    ).status(),
  ).toBe(200);
  const answer = 'UBND xã đã giao Thôn Đông nạo vét mương thoát nước trong tuần này.';
  expect(
    (
      await request.post(`/api/v1/petitions/${id}/transitions`, {
        ...auth,
        data: { to: 'answered', answer, document: 'Văn bản số 130/UBND-VP', note: `gọi lại số ${PHONE}` },
      })
    ).status(),
  ).toBe(200);

  // The staff app lists it.
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/petitions');
  await expect(page.getByText(code)).toBeVisible();

  // The citizen looks it up from the portal home.
  await page.context().clearCookies();
  await page.goto('/');
  await page.getByRole('link', { name: 'Tra cứu kiến nghị đã gửi' }).click();
  await page.getByLabel('Mã tra cứu').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const result = page.getByTestId('lookup-result');
  await expect(result.getByText('Đã trả lời', { exact: true })).toBeVisible();
  await expect(result.getByText(answer)).toBeVisible();
  await expect(result.getByText('<b>khẩn</b>', { exact: false })).toBeVisible();
  await expect(result.locator('b')).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(PHONE);
  expect(html).not.toContain('0987654321');
  expect(html).not.toContain('Đỗ Thị Hạnh');
  mkdirSync('e2e/artifacts', { recursive: true });
  const shot = await page.screenshot({ path: 'e2e/artifacts/petition-lookup.png', fullPage: true });
  await testInfo.attach('petition-lookup', { body: shot, contentType: 'image/png' });
});

test('the staff petitions page is usable on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await uiLogin(page, 'btt', DEMO_PASSWORD);
  await page.goto('/app/petitions');
  await expect(page.getByRole('button', { name: 'Ghi kiến nghị' })).toBeVisible();
  // Under 600 px each petition is a card (issue 13.4), opened by a tap.
  await expect(page.locator('.rt-card').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/civic-png/petitions/staff-list-360px.png', fullPage: true });
  await page.locator('.rt-card').first().click();
  await expect(page.getByText('Các bước')).toBeVisible();
  await page.screenshot({ path: '/tmp/civic-png/petitions/staff-360px.png', fullPage: false });
});
