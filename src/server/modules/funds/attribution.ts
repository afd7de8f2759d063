import { foldVietnamese } from '../../../lib/vi-text';
import type { Drive } from './schema';

/**
 * Which drive an imported credit counts to, decided at import (every credit counts to the fund at once):
 * 1. the one drive code of the fund standing as a word in the transfer text (`matched`);
 * 2. else the upload's default drive, then the account's, each only for a credit dated within that drive's period
 *    (the drive's dates are its range: a default drive never takes money from before or after it) (`assigned`);
 * 3. else the fund itself, no drive (`unmatched`: counted, waiting for a rule or a person to name a drive).
 */
export type Attribution = {
  driveId: string | null;
  how: 'code' | 'default' | 'fund';
  status: 'matched' | 'assigned' | 'unmatched';
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function attributor(drives: readonly Drive[], defaults: readonly (string | null | undefined)[]) {
  const byKey = new Map<string, Drive>();
  for (const d of drives) {
    const key = foldVietnamese(d.code).toUpperCase();
    if (key && !byKey.has(key)) byKey.set(key, d);
  }
  // One pattern for every code: a code is a whole word (VNN20261 is not VNN2026); the longest first.
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
  const pattern = keys.length
    ? new RegExp(`(?:^|[^A-Z0-9])(${keys.map(escapeRegex).join('|')})(?![A-Z0-9])`, 'g')
    : null;
  const fallbacks = defaults.flatMap((id) => drives.filter((d) => d.id === id));

  return (r: { description: string; date: string }): Attribution => {
    if (pattern) {
      const text = foldVietnamese(r.description).toUpperCase();
      const found = new Set<string>();
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        // The lookahead consumes nothing: the separator after one code starts the next match.
        found.add(m[1] ?? '');
      }
      // Two codes in one text: a person decides (counted to the default or the fund meanwhile).
      if (found.size === 1) {
        const d = byKey.get([...found][0] ?? '');
        if (d) return { driveId: d.id, how: 'code', status: 'matched' };
      }
    }
    for (const d of fallbacks)
      if (r.date >= d.periodFrom && r.date <= d.periodTo) return { driveId: d.id, how: 'default', status: 'assigned' };
    return { driveId: null, how: 'fund', status: 'unmatched' };
  };
}
