import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export async function apiLogin(request: APIRequestContext, username: string, password: string): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: { username, password } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

export async function apiPost<T>(request: APIRequestContext, token: string, path: string, data: unknown): Promise<T> {
  const res = await request.post(`/api/v1${path}`, { data, headers: { authorization: `Bearer ${token}` } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

export async function uiLogin(page: Page, username: string, password: string) {
  await page.goto('/app/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/**
 * Picks an option in a searchable antd Select: type part of its label, wait until the list is
 * filtered down to it, press Enter (a mouse click can land while the dropdown is still animating).
 */
export async function pick(page: Page, field: ReturnType<Page['locator']>, text: string) {
  await field.click();
  await page.keyboard.type(text);
  // The previous dropdown may still be fading out: look for the active option that carries the text.
  await expect(
    page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: text }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(field).toContainText(text);
}

/**
 * Picks an option of an antd select. Its options may arrive after the list opened, and on a loaded machine a click
 * can land while the list still animates: reopen until the field shows the option.
 */
export async function chooseOption(page: Page, field: Locator, option: string) {
  const shown = field.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]');
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  for (let attempt = 0; ; attempt++) {
    await field.click();
    try {
      await item.click({ timeout: 5_000 });
      await expect(shown).toContainText(option, { timeout: 2_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}
