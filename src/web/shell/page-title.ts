import type { MenuProps } from 'antd';
import { useEffect } from 'react';

type Item = NonNullable<MenuProps['items']>[number];

/** The label of the menu item at `key`, looked for in groups too. */
export function labelOf(items: Item[], key: string): string | null {
  for (const item of items) {
    if (!item) continue;
    if ('key' in item && item.key === key && 'label' in item && typeof item.label === 'string') return item.label;
    if ('children' in item && Array.isArray(item.children)) {
      const found = labelOf(item.children as Item[], key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Each screen its own title ("Kiến nghị cử tri · Mặt trận xã"): browser tabs, bookmarks and the history say where
 * they lead, and a screen reader announces the page.
 */
export function usePageTitle(items: Item[], selected: string, appName: string) {
  const label = labelOf(items, selected);
  useEffect(() => {
    document.title = label ? `${label} · ${appName}` : appName;
  }, [label, appName]);
}
