import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// Issue 13.8: pages meet WCAG 2.2 AA as far as axe-core can tell. Any critical or serious violation fails the page;
// the others are printed so they stay in sight.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['critical', 'serious']);

/**
 * Waits until no finite animation has run for a few frames: a half-faded antd element reads as low contrast. A
 * spinner's endless animation does not count. Motion starts a frame or two after its class is set, hence the frames.
 */
export async function settle(page: Page) {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __calmFrames?: number };
      const moving = document
        .getAnimations()
        .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      w.__calmFrames = moving ? 0 : (w.__calmFrames ?? 0) + 1;
      return w.__calmFrames >= 6;
    },
    undefined,
    { polling: 'raf' },
  );
}

/** Runs axe over the page as it is; fails on a critical or serious violation, naming each with its target. */
export async function expectAccessible(page: Page, name: string) {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + v.nodes.length;
  console.log(`[axe] ${name}: ${JSON.stringify(counts)}`);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const report = blocking.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`),
  );
  for (const v of violations.filter((x) => !BLOCKING.has(x.impact ?? '')))
    console.log(`[axe] ${name}: ${v.impact} ${v.id} (${v.nodes.length})`);
  expect(report, `${name}: critical or serious accessibility violations`).toEqual([]);
}
