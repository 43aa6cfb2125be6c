/**
 * Calendar dates written YYYY-MM-DD, in whole days with no time zones involved: checking them,
 * adding days, weeks and years, the weekday, and which days are public holidays (from rule data).
 * Pure and dependency-free, so the pages and the browser islands share it.
 *
 * One rule for 29 February: a number of years after 29 February, in a year without it, is
 * 28 February, the earlier day, so no one is told a date after the one the law gives.
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const formatUtc = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** true for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = isoPattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function assertDate(date: string): void {
  if (!isIsoDate(date)) throw new Error(`expected a date written as YYYY-MM-DD, for example 2024-03-31; found ${JSON.stringify(date)}`);
}

/** A period to add to a date: days, weeks or years (any combination; years are added first). */
export interface Period {
  days?: number;
  weeks?: number;
  years?: number;
}

/**
 * The date a period after a date. Weeks add 7 days each: 4 weeks after 2024-02-10 is 2024-03-09.
 * Years keep the day of the month, except 29 February (see the module comment). Throws on a date
 * that is not a real date.
 */
export function addPeriod(date: string, period: Period): string {
  assertDate(date);
  const [y, m, d] = parts(date);
  const years = period.years ?? 0;
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay)));
  shifted.setUTCDate(shifted.getUTCDate() + 7 * (period.weeks ?? 0) + (period.days ?? 0));
  return formatUtc(shifted);
}

/** The day of the week, 1 for Monday to 7 for Sunday (ISO 8601). */
export function isoWeekday(date: string): number {
  assertDate(date);
  const [y, m, d] = parts(date);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Public holidays as rule data: fixed days of the year, and days counted from Easter Sunday. */
export interface HolidayDefinitions {
  fixed: readonly { month: number; day: number; name: string }[];
  fromEaster: readonly { days: number; name: string }[];
}

/** The public holidays of a year, by date, with their names. */
export function holidaysOf(year: number, definitions: HolidayDefinitions): Map<string, string> {
  const easter = easterSunday(year);
  const days = new Map<string, string>();
  for (const f of definitions.fixed) days.set(`${pad(year, 4)}-${pad(f.month)}-${pad(f.day)}`, f.name);
  for (const e of definitions.fromEaster) days.set(addPeriod(easter, { days: e.days }), e.name);
  return days;
}

/** Why a date is not a working day: "lørdag", "søndag" or the holiday's name; undefined on a working day. */
export function nonWorkingDay(date: string, definitions: HolidayDefinitions): string | undefined {
  const weekday = isoWeekday(date);
  const holiday = holidaysOf(parts(date)[0], definitions).get(date);
  if (holiday) return holiday;
  if (weekday === 6) return 'lørdag';
  if (weekday === 7) return 'søndag';
  return undefined;
}

/** The last working day before a date (not a Saturday, Sunday or public holiday). */
export function lastWorkingDayBefore(date: string, definitions: HolidayDefinitions): string {
  let day = addPeriod(date, { days: -1 });
  while (nonWorkingDay(day, definitions) !== undefined) day = addPeriod(day, { days: -1 });
  return day;
}
