import type { Key } from '../../i18n';
import type { Status, Step } from './api';

export const fieldKey = (f: string) => `ptField_${f}` as Key;
export const agencyKey = (a: string) => `ptAgency_${a}` as Key;
export const statusKey = (s: string) => `ptStatus_${s}` as Key;
export const sourceKey = (s: string) => `ptSource_${s}` as Key;
export const stepKey = (s: Step) => `ptDoStep_${s}` as Key;
export const STATUS_COLORS: Record<Status, string> = {
  received: 'default',
  forwarded: 'processing',
  answered: 'success',
  closed: 'green',
};
