import { describe, expect, it } from 'vitest';
import { extract } from 'pressfacts';

const organizations = (text: string) => extract(text).organizations.map((o) => [o.name, o.acronym]);

describe('organizations: bodies inside event names and dateline agencies', () => {
  it('the convening council named only inside the event name is no organisation; its organisation is', () => {
    const text =
      'TASHKENT, May 3, 2025 (Reuters) - Leaders attended the 9th meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) in Tashkent on Saturday.';
    expect(organizations(text)).toEqual([['Shanghai Cooperation Organization', 'SCO']]);
  });

  it('a council the text names on its own is kept', () => {
    const text = 'TASHKENT, May 3, 2025 (Reuters) - The Arctic Economic Council welcomed the plan on Saturday.';
    expect(organizations(text)).toEqual([['Arctic Economic Council', null]]);
  });

  it('the agency of a dateline is the wire, not an organisation; named in the body it is one', () => {
    expect(organizations('DOHA, May 3, 2025 (Xinhua) -- Ministers met in Doha on Saturday.')).toEqual([]);
    expect(organizations('DOHA, May 3, 2025 (Xinhua) -- Ministers told Xinhua on Saturday that talks went well.').map((o) => o[0])).toEqual([
      'Xinhua News Agency',
    ]);
  });
});
