import { describe, expect, it } from 'vitest';
import { HONORIFICS } from '../src/people/data/honorifics.js';
import { NAME_PARTICLES } from '../src/people/data/name-particles.js';
import { NON_NAME_WORDS } from '../src/people/data/non-name-words.js';
import { CUE_FILLERS, SPEECH_CUES } from '../src/people/data/speech-cues.js';
import { TITLE_MODIFIERS } from '../src/people/data/title-modifiers.js';
import { TITLES } from '../src/people/data/titles.js';
import { people, personNamed } from './people-support.js';

describe('people data tables: every row example runs', () => {
  it.each(TITLES.map((r) => [r.title, r] as const))('title %s', (_, row) => {
    const person = personNamed(people(row.example), row.person);
    expect(person?.name).toBe(row.person);
    expect(person?.titles).toContain(row.written ?? row.title);
  });

  it.each(TITLE_MODIFIERS.map((r) => [r.word, r] as const))('title modifier %s', (_, row) => {
    const person = personNamed(people(row.example), row.person);
    expect(person?.titles).toEqual([row.written]);
  });

  it.each(HONORIFICS.map((r) => [r.honorific, r] as const))('honorific %s', (_, row) => {
    const found = people(row.example);
    const person = personNamed(found, row.person);
    expect(person?.name).toBe(row.person);
    // The honorific is never part of the name, and a title only for titles of rank ("Sheikh").
    expect(person?.titles.some((t) => t.toLowerCase().startsWith(row.honorific.toLowerCase()))).toBe(row.title === true);
  });

  it.each(NAME_PARTICLES.map((r) => [r.particle, r] as const))('name particle %s', (_, row) => {
    expect(personNamed(people(row.example), row.person)?.name).toBe(row.person);
  });

  it.each(SPEECH_CUES.map((r) => [`${r.cue} (${r.nameBefore ? 'before' : ''}${r.nameAfter ? 'after' : ''})`, r] as const))(
    'speech cue %s',
    (_, row) => {
      const found = people(row.example);
      expect(found.map((p) => p.name)).toEqual([row.person]);
      expect(found[0]?.titles).toEqual([]);
    },
  );

  it.each(CUE_FILLERS.map((r) => [r.word, r] as const))('cue filler %s', (_, row) => {
    expect(people(row.example).map((p) => p.name)).toEqual([row.person]);
  });

  it.each(NON_NAME_WORDS.map((r) => [r.category, r] as const))('non-name words (%s): example yields no person', (_, row) => {
    expect(people(row.example, { places: false })).toEqual([]);
  });

  it.each(NON_NAME_WORDS.map((r) => [r.category, r] as const))('non-name words (%s): none is read as a speaker', (_, row) => {
    for (const word of row.words) {
      const found = people(`The talks went well, ${word} said. Trade grew, said ${word} in a speech.`, { places: false });
      expect(found, word).toEqual([]);
    }
  });
});
