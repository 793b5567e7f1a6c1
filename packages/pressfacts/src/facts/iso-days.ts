/**
 * The day `n` days after `day` (YYYY-MM-DD; `n` may be negative), in UTC so that no time zone or
 * daylight-saving change moves it. One helper for the event, event-span and agreement rules.
 *
 * @example addDaysIso('2024-12-25', 14) // '2025-01-08'
 */
export function addDaysIso(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
