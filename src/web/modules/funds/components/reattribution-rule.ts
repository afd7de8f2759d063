import type { Dayjs } from 'dayjs';
import type { ReattributionRule } from '../bank-api';

/** "Any drive" and "the general fund" in the current-drive select (a drive's id otherwise). */
export const ANY = '__any__';
export const GENERAL = '__general__';

/** A rule as the form holds it. */
export type RuleValues = {
  contains?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  minAmount?: number | null;
  maxAmount?: number | null;
  current?: string;
  targetDriveId?: string;
};

/** The form's rule as the server reads it: an empty condition is left out (it matches everything). */
export function toRule(v: RuleValues): ReattributionRule {
  const from = v.dates?.[0]?.format('YYYY-MM-DD');
  const to = v.dates?.[1]?.format('YYYY-MM-DD');
  return {
    ...(v.contains?.trim() ? { contains: v.contains.trim() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(typeof v.minAmount === 'number' ? { minAmount: v.minAmount } : {}),
    ...(typeof v.maxAmount === 'number' ? { maxAmount: v.maxAmount } : {}),
    ...(v.current && v.current !== ANY ? { currentDriveId: v.current === GENERAL ? null : v.current } : {}),
    targetDriveId: v.targetDriveId ?? '',
  };
}
