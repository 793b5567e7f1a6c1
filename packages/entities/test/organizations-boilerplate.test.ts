import { describe, expect, it } from 'vitest';
import { at, named, ofKind, spansOf, tag } from './entities-support.js';

describe('organisations named by wire boilerplate', () => {
  it('"About <Name>" names an organisation, with every other mention of the name', () => {
    const text = 'NAIROBI -- The Savanna Policy Lab said on Monday that trade grew.\n\nAbout The Savanna Policy Lab\nThe Savanna Policy Lab is a think tank.';
    const org = named(tag(text), 'organization', 'Savanna Policy Lab');
    expect(org?.provenance).toEqual({ rule: 'orgs/about-line', confidence: 0.8 });
    expect(spansOf(org)).toEqual([at(text, 'Savanna Policy Lab', 0), at(text, 'Savanna Policy Lab', 1), at(text, 'Savanna Policy Lab', 2)]);
  });

  it('"SOURCE <Name>" names one too, and takes the acronym its first mention defines', () => {
    const text = 'LIMA -- The Centro Andino de Estudios (CAE) released a study. CAE found growth.\n\nSOURCE Centro Andino de Estudios';
    const org = named(tag(text), 'organization', 'Centro Andino de Estudios');
    expect(org?.acronym).toBe('CAE');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Centro Andino de Estudios', 'CAE', 'CAE', 'Centro Andino de Estudios']);
  });

  it('leaves alone acronyms, head words, sentences, places and names a head word completes', () => {
    const cases = [
      'The Andes Trade Council (ATC) met.\n\nAbout ATC\nATC is a council.',
      'Leaders met.\n\nAbout the Summit\nThe summit is annual.',
      'Leaders met.\n\nAbout Peru: a country of 34 million people.',
      'Leaders met.\n\nAbout Peru\nPeru is in South America.',
    ];
    for (const text of cases) expect(ofKind(tag(text), 'organization').filter((o) => o.provenance.rule === 'orgs/about-line'), text).toEqual([]);
    const text = 'Fjord Marine ASA reported sales.\n\nAbout Fjord Marine\nFjord Marine builds ferries.';
    expect(ofKind(tag(text), 'organization').map((o) => o.name)).toEqual(['Fjord Marine ASA']);
  });
});
