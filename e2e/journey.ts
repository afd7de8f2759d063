import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';

export const DEMO_PASSWORD = 'HongSon@2026';
const DIR = 'e2e/artifacts/journeys';

/**
 * The steps of one journey (issue 13, "Done when"): each is checked by axe and kept as a full-page screenshot,
 * e2e/artifacts/journeys/<journey>-<nn>-<step>.png, numbered so the folder reads in the journey's order.
 * `axeOn` audits another page than the one shown: axe-core cannot run in a page with JavaScript off.
 */
export function journey(name: string) {
  mkdirSync(DIR, { recursive: true });
  let n = 0;
  return async function step(page: Page, step: string, axeOn?: () => Promise<Page>) {
    n++;
    const file = `${DIR}/${name}-${String(n).padStart(2, '0')}-${step}.png`;
    await expectAccessible(axeOn ? await axeOn() : page, `${name} ${step}`);
    await page.screenshot({ path: file, fullPage: true });
  };
}
