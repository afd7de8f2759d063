import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible, settle } from './axe';

export const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/journeys';

type StepOptions = {
  /** A dialog to keep whole: a full-page shot cuts a fixed dialog at the window's height. */
  shot?: Locator;
  /** The page axe runs in, when not the one shown: axe-core cannot run where JavaScript is off. */
  axeOn?: () => Promise<Page>;
};

/**
 * The steps of one journey (issue 13, "Done when"): each is checked by axe and kept as a screenshot,
 * e2e/artifacts/journeys/<journey>-<nn>-<step>.png (numbered so the folder reads in the journey's order), of the
 * full page unless a dialog is named.
 */
export function journey(name: string) {
  mkdirSync(DIR, { recursive: true });
  let n = 0;
  return async function step(page: Page, stepName: string, options: StepOptions = {}) {
    n++;
    const path = `${DIR}/${name}-${String(n).padStart(2, '0')}-${stepName}.png`;
    // The pointer left where the last click was would show a hovered field, red like an error.
    await page.mouse.move(0, 0);
    await expectAccessible(options.axeOn ? await options.axeOn() : page, `${name} ${stepName}`);
    if (options.shot) await dialogShot(page, options.shot, path);
    else await page.screenshot({ path, fullPage: true });
  };
}

/**
 * A dialog as the user sees it, whole: a dialog is fixed to the window, so a full-page shot cuts it at the window's
 * height. The window grows for the shot to the dialog's bottom plus whatever its inner scrolling hides.
 */
async function dialogShot(page: Page, dialog: Locator, path: string) {
  const size = page.viewportSize();
  if (!size) return void (await dialog.screenshot({ path }));
  const needed = await dialog.evaluate((el) => {
    const hidden = [el, ...el.querySelectorAll('*')].reduce((m, d) => Math.max(m, d.scrollHeight - d.clientHeight), 0);
    return Math.ceil(el.getBoundingClientRect().bottom + hidden + 24);
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, needed) });
  await settle(page);
  await page.screenshot({ path });
  await page.setViewportSize(size);
}
