import { expect, test, type Page } from '@playwright/test';
import { apiLogin, apiPost } from './helpers';
import { DEMO_PASSWORD, journey } from './journey';

// Issue 13, "Done when": a citizen with JavaScript off goes from the portal's home to a news post, a fund's
// disclosure, the petition form, the lookup of that petition, and a comment on a draft under consultation — by
// following links, as a person does (the portal's addresses are not the test's business: they change).

const NAME = 'Lục Thị Duyên';
const PHONE = '0978 112 233';

/** The standing committee puts out a draft open for comments (the demo's draft is closed). */
async function openDraft(request: Parameters<typeof apiLogin>[0]): Promise<string> {
  const token = await apiLogin(request, 'btt', DEMO_PASSWORD);
  const me = (await (await request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).json()) as {
    roles: { unitId: string | null }[];
  };
  const title = 'Dự thảo Quy ước thôn về nếp sống văn minh';
  await apiPost(request, token, '/consultations', {
    communeId: me.roles[0]?.unitId,
    title,
    requestedBy: 'Ủy ban nhân dân xã',
    opensOn: '2023-01-03',
    deadline: '2099-03-15',
    articles: [
      { ref: 'Điều 1', heading: 'Việc cưới', text: 'Tổ chức cưới trang trọng, tiết kiệm, không phô trương.' },
      { ref: 'Điều 2', heading: 'Việc tang', text: 'Tổ chức tang lễ văn minh, khuyến khích hỏa táng.' },
    ],
  });
  return title;
}

const home = (page: Page) => page.getByRole('link', { name: 'Trang chủ', exact: true }).click();

test('citizen without JavaScript: news → disclosure → petition → lookup → comment on a draft', async ({
  browser,
  request,
}) => {
  const draft = await openDraft(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The portal has no script of its own: axe (a script) reads the same address in a page where scripts run.
  const axeContext = await browser.newContext();
  const axePage = await axeContext.newPage();
  const axeOn = async () => {
    await axePage.goto(page.url());
    return axePage;
  };
  const step = journey('citizen');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await step(page, 'home', { axeOn });

  const news = 'Hồng Sơn hiến tặng 54 đơn vị máu, đạt 123% chỉ tiêu';
  await page.getByRole('link', { name: news }).click();
  await expect(page.locator('article h1')).toHaveText(news);
  await step(page, 'news', { axeOn });

  await home(page);
  const drive = 'Tháng cao điểm "Vì người nghèo" – Chung tay Tết Quý Mão 2023';
  await page.getByRole('link', { name: drive }).click();
  await expect(page.getByRole('heading', { name: drive })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await step(page, 'disclosure', { axeOn });

  await home(page);
  await page.getByRole('link', { name: 'Gửi ý kiến, kiến nghị' }).click();
  await page.getByLabel('Họ và tên').fill(NAME);
  await page.getByLabel('Điện thoại hoặc email').fill(PHONE);
  await page.getByLabel('Thôn, tổ dân phố').selectOption({ label: 'Thôn Hạ' });
  await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
  const petition = 'Đề nghị xã công khai quy hoạch sử dụng đất khu đồng Cửa Đình.';
  await page.getByLabel('Nội dung ý kiến, kiến nghị').fill(petition);
  await step(page, 'petition-form', { axeOn });
  await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();
  // Redirected after the POST: a reload would not send it twice.
  const code = ((await page.getByTestId('lookup-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^KN-[2-9A-HJ-NP-Z]{6}$/);
  expect(page.url()).toContain(code);
  await step(page, 'petition-sent', { axeOn });

  await home(page);
  await page.getByRole('link', { name: 'Tra cứu kiến nghị đã gửi' }).click();
  await page.getByLabel('Mã tra cứu').fill(code);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const found = page.getByTestId('lookup-result');
  await expect(found).toContainText(code);
  await expect(found).toContainText(petition);
  await expect(found).toContainText('Đã tiếp nhận');
  // Who sent it stays with the staff.
  await expect(page.locator('body')).not.toContainText(NAME);
  await expect(page.locator('body')).not.toContainText(PHONE);
  await step(page, 'lookup', { axeOn });

  await home(page);
  await page.getByRole('link', { name: 'Góp ý dự thảo văn bản' }).click();
  await page.getByRole('link', { name: draft }).click();
  await expect(page.getByRole('heading', { name: draft })).toBeVisible();
  await page.getByLabel('Họ và tên').fill(NAME);
  await page.getByLabel('Góp ý vào', { exact: true }).selectOption({ label: 'Điều 2. Việc tang' });
  await page.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung hỗ trợ chi phí hỏa táng cho hộ nghèo.');
  await step(page, 'comment-form', { axeOn });
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByText('Cảm ơn ông/bà đã góp ý.')).toBeVisible();
  await step(page, 'comment-sent', { axeOn });

  await axeContext.close();
  await context.close();
});
