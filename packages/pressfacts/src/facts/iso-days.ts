/**
 * `new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)`: the day
 * `n` days after `day` (YYYY-MM-DD), by calendar arithmetic for a valid day and a whole `n` that
 * stay within years 0000-9999 (a Date round trip costs a parse and a format: microseconds a
 * call). Anything else takes the Date round trip itself, with its answers and its RangeError.
 *
 * @example addDaysIso('2024-12-25', 14) // '2025-01-08'
 */
export function addDaysIso(day: string, n: number): string {
  const m = ISO_DAY.exec(day);
  if (m !== null && Number.isInteger(n)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const date = Number(m[3]);
    if (month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month)) {
      const out = civilFromDays(daysFromCivil(year, month, date) + n);
      if (out.year >= 0 && out.year <= 9999) return `${pad(out.year, 4)}-${pad(out.month, 2)}-${pad(out.day, 2)}`;
    }
  }
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

// Days since 1970-01-01 of a proleptic Gregorian day, and back (H. Hinnant's civil calendar algorithms).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
