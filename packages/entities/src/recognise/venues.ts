import type { HeadedName } from './headed-names.js';
import type { Mention } from './mention.js';
import { cityAfter } from './place-helpers.js';
import type { Scan } from './scan.js';

type VenueMention = Extract<Mention, { kind: 'venue' }>;

/**
 * Venues named by a venue head ("Kazan Expo Center", "the Independence Palace in Astana"), with
 * the city (and its country) when " in <City>" follows. Known venues come from the places gazetteer.
 */
export function findVenues(scan: Scan, headed: readonly HeadedName[]): VenueMention[] {
  const out: VenueMention[] = [];
  for (const n of headed) {
    if (n.head.kind !== 'venue') continue;
    const city = cityAfter(scan, n.to);
    out.push({
      kind: 'venue',
      start: n.start,
      end: n.end,
      name: scan.text.slice(n.start, n.end),
      city: city?.name ?? null,
      country: city?.country ?? null,
      rule: 'places/venue-head',
      confidence: 0.7,
    });
  }
  return out;
}
