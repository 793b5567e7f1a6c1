import { describe, expect, it } from 'vitest';
import { VENUES } from '../src/data/venues.js';
import { cityOfVenue } from '../src/index.js';

describe('cityOfVenue', () => {
  it.each(VENUES.filter((r) => r.city !== null).flatMap((r) => [r.name, ...(r.forms ?? [])].map((form) => [form, r.city] as const)))('%s → %s', (form, city) => {
    expect(cityOfVenue(form)?.city).toBe(city);
  });

  it('reads the country name, ignores case and a leading "the"', () => {
    expect(cityOfVenue('the kremlin')).toEqual({ city: 'Moscow', country: 'Russia' });
    expect(cityOfVenue('The Great Hall of the People')).toEqual({ city: 'Beijing', country: 'China' });
  });

  it('a venue of several cities, or none in the table, has no city', () => {
    expect(cityOfVenue('Palace of Independence')).toBeNull();
    expect(cityOfVenue('Grand Ceremonial Hall')).toBeNull();
    expect(cityOfVenue('')).toBeNull();
  });
});
