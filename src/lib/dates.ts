/** Dates the way Vietnamese offices write them, always in Vietnam time. */
const TZ = 'Asia/Ho_Chi_Minh';

// Built once: constructing a DateTimeFormat costs more than formatting with it (it runs on every money POST).
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const parts = (d: Date) => {
  const all = formatter.formatToParts(d);
  const get = (type: string) => all.find((p) => p.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year'), hour: get('hour'), minute: get('minute') };
};

/** '2023-07-06T03:00:00Z' → '06/07/2023 10:00'. */
export function formatDateTimeVi(iso: string | Date): string {
  const p = parts(typeof iso === 'string' ? new Date(iso) : iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** A calendar date 'YYYY-MM-DD' → '06/07/2023' (no timezone involved). */
export function formatDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Today's calendar date in Vietnam, 'YYYY-MM-DD'. */
export function todayVn(now = new Date()): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'YYYY-MM-DD' plus n days, in calendar arithmetic (no timezone). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
