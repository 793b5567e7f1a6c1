import { defaultCountryIndex } from './countries.js';
import { VENUES, type VenueRow } from './data/venues.js';

let byName: Map<string, VenueRow> | undefined;

/**
 * The city and country a known venue stands in (data/venues.ts), by its name or any of its
 * forms, case-insensitively; null for a venue the table does not place in one city.
 *
 * @example cityOfVenue('Kremlin') // { city: 'Moscow', country: 'Russia' }
 * @example cityOfVenue('Palace of Independence') // null (several cities have one)
 */
export function cityOfVenue(name: string): { readonly city: string; readonly country: string } | null {
  if (byName === undefined) {
    byName = new Map();
    for (const row of VENUES) for (const form of [row.name, ...(row.forms ?? [])]) byName.set(form.toLowerCase(), row);
  }
  const row = byName.get(name.replace(/^the\s+/i, '').toLowerCase());
  if (row === undefined || row.city === null || row.country === null) return null;
  const country = defaultCountryIndex().byCode(row.country);
  return country === null ? null : { city: row.city, country: country.name };
}
