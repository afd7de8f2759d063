import dayjs, { type Dayjs } from 'dayjs';
import { todayVn } from '../../lib/dates';

/** Date pickers hand out dayjs values; the API takes ISO dates, and "today" is Vietnam's today. */
export const toIso = (d: Dayjs) => d.format('YYYY-MM-DD');
export const today = () => dayjs(todayVn());
/** Money dates may not be later than today (the server allows one day of clock skew). */
export const afterToday = (d: Dayjs) => d.isAfter(today(), 'day');
