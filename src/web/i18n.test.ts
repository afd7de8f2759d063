import { beforeAll, describe, expect, it, vi } from 'vitest';

// Every string the staff app shows in Vietnamese has its English twin (issue 13.10): the types
// demand the keys; this also catches an English entry left empty, left in Vietnamese, or missing a
// placeholder the app fills in ("{p}", "{count}").

let viAll: Record<string, string>;
let enAll: Record<string, string>;

beforeAll(async () => {
  // i18n.tsx reads the stored language when loaded; this is node, not a browser.
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
  viAll = (await import('./i18n')).viDictionary;
  enAll = (await import('./i18n-en')).enAll;
});

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** English entries that are Vietnamese on purpose: a default title of an official Vietnamese document. */
const VIETNAMESE_ON_PURPOSE = new Set(['roundDefaultTitle']);

describe('the English dictionary', () => {
  it('has a non-empty entry for every Vietnamese key, and no key of its own', () => {
    const missing = Object.keys(viAll).filter((k) => !enAll[k]?.trim());
    expect(missing).toEqual([]);
    expect(Object.keys(enAll).filter((k) => !(k in viAll))).toEqual([]);
  });

  it('translates: no Vietnamese sentence is copied across as it is', () => {
    const untranslated = Object.keys(viAll).filter(
      (k) => !VIETNAMESE_ON_PURPOSE.has(k) && VIETNAMESE.test(viAll[k] ?? '') && enAll[k] === viAll[k],
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps the placeholders the app fills in', () => {
    const differ = Object.keys(viAll).filter(
      (k) => placeholders(viAll[k] ?? '').join() !== placeholders(enAll[k] ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('words a result against its target', () => {
    expect(enAll.figAchieved).toContain('{p}');
    expect(VIETNAMESE.test(enAll.figMet ?? '')).toBe(false);
  });
});
