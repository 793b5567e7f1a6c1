import type { PersonRule } from '../anchor.js';
import { attendeeList } from './attendee-list.js';
import { countryPossessive } from './country-possessive.js';
import { honorificBeforeName } from './honorific.js';
import { nameOfCountry } from './name-of-country.js';
import { speakerCue } from './speaker-cue.js';
import { titleAfterName } from './title-after-name.js';
import { titleApposition } from './title-apposition.js';
import { titleBeforeName } from './title-before-name.js';

/** Every rule that finds people, in no particular order: their anchors are grouped afterwards. */
export const PERSON_RULES: readonly PersonRule[] = [titleBeforeName, titleAfterName, titleApposition, speakerCue, honorificBeforeName, countryPossessive, nameOfCountry, attendeeList];
