import dayjs, { type Dayjs } from 'dayjs';
import { todayVn } from '../../lib/dates';

/** Date pickers hand out dayjs values; the API takes ISO dates, and "today" is Vietnam's today. */
export const toIso = (d: Dayjs) => d.format('YYYY-MM-DD');
export const today = () => dayjs(todayVn());
/** Money dates may not be later than today (the server allows one day of clock skew). */
export const afterToday = (d: Dayjs) => d.isAfter(today(), 'day');

/**
 * Date pickers show DD/MM/YYYY and accept it typed, with or without leading zeros or slashes (06/07/2023,
 * 6/7/2023, 06072023), or as ISO: an official copying a date from a paper does not have to click through months.
 */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY', 'YYYY-MM-DD'];
