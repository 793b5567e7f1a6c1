import { describe, expect, it } from 'vitest';
import { at, named, names, spansOf, tag } from './entities-support.js';

describe('organizations', () => {
  it('"Belt and Road Initiative (BRI)": acronym, and later bare "BRI" mentions merge into it', () => {
    const text = 'He praised the Belt and Road Initiative (BRI). The BRI has grown; BRI projects and the BRI\'s goals.';
    const org = named(tag(text), 'organization', 'Belt and Road Initiative');
    expect(org?.id).toBe('org:belt-and-road-initiative');
    expect(org?.acronym).toBe('BRI');
    expect(spansOf(org)).toEqual([at(text, 'Belt and Road Initiative'), at(text, 'BRI'), at(text, 'BRI', 1), at(text, 'BRI', 2), at(text, 'BRI', 3)]);
    expect(org?.provenance).toEqual({ rule: 'orgs/head-word', confidence: 0.75 });
  });

  it('links later mentions of acronyms of different lengths, possessives too, and no other word', () => {
    const text = "The Steppe Rail Development Council (SRDC) and the Caspian Trade Forum (CTF) met. SRDC's plan won CTF backing; SRDC and CTF agreed. CTFS, SRD and CTFX did not.";
    const council = named(tag(text), 'organization', 'Steppe Rail Development Council');
    const forum = named(tag(text), 'organization', 'Caspian Trade Forum');
    expect(spansOf(council)).toEqual([at(text, 'Steppe Rail Development Council'), at(text, 'SRDC'), at(text, 'SRDC', 1), at(text, 'SRDC', 2)]);
    expect(spansOf(forum)).toEqual([at(text, 'Caspian Trade Forum'), at(text, 'CTF'), at(text, 'CTF', 1), at(text, 'CTF', 2)]);
  });

  it('no acronym when the letters do not fit the name, and no mentions before the definition', () => {
    const text = 'XYZ rose. The Silk Road Fund (XYZ) invested.';
    const org = named(tag(text), 'organization', 'Silk Road Fund');
    expect(org?.acronym).toBeNull();
    const text2 = 'GDI rose. The Global Development Initiative (GDI) grew. GDI again.';
    expect(spansOf(named(tag(text2), 'organization', 'Global Development Initiative'))).toEqual([
      at(text2, 'Global Development Initiative'),
      at(text2, 'GDI', 1),
      at(text2, 'GDI', 2),
    ]);
  });

  it('table organisations by name, alias and acronym share one entity', () => {
    const text = 'The Shanghai Cooperation Organisation (SCO) met; SCO leaders and the Shanghai Cooperation Organization agreed.';
    const sco = named(tag(text), 'organization', 'Shanghai Cooperation Organization');
    expect(sco?.acronym).toBe('SCO');
    expect(spansOf(sco)).toEqual([
      at(text, 'Shanghai Cooperation Organisation'),
      at(text, 'SCO'),
      at(text, 'SCO', 1),
      at(text, 'Shanghai Cooperation Organization'),
    ]);
    expect(sco?.provenance).toEqual({ rule: 'orgs/table', confidence: 0.95 });
  });

  it('keeps the longest sensible name over of/for, lists and "at <University>"', () => {
    const text = 'said Cui Zheng, director of the Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University.';
    const e = tag(text);
    expect(names(e, 'organization')).toEqual(['Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University']);
    expect(names(e, 'country')).toEqual([]);
    expect(names(e, 'region')).toEqual([]);
  });

  it('"Secretariat of the X Mechanism" and "General Administration of Customs"', () => {
    const text = 'said the head of the Secretariat of the Lancang-Mekong Cooperation Mechanism. Data from the General Administration of Customs showed a rise.';
    expect(names(tag(text), 'organization')).toEqual(['Secretariat of the Lancang-Mekong Cooperation Mechanism', 'General Administration of Customs']);
  });

  it('splits two coordinated names and stops before a person', () => {
    const text = 'The Ministry of Commerce and the General Administration of Customs said. The World Bank President David Malpass spoke.';
    expect(names(tag(text), 'organization')).toEqual(['Ministry of Commerce', 'General Administration of Customs', 'World Bank']);
  });

  it('keeps "and" inside a name ("Food and Agriculture", "Belt and Road", "Bill & Melinda Gates")', () => {
    const text = 'The Ministry of Foreign Affairs and Trade and the Bill & Melinda Gates Foundation.';
    expect(names(tag(text), 'organization')).toEqual(['Ministry of Foreign Affairs and Trade', 'Bill & Melinda Gates Foundation']);
  });

  it('a bare head word, a title-first phrase or lower-case words are no organisation', () => {
    expect(names(tag('The Council agreed. Union members left. The association met.'), 'organization')).toEqual([]);
    expect(names(tag('a community with a shared future and three cooperation centers'), 'organization')).toEqual([]);
    expect(names(tag('China and Kazakhstan upgraded their Comprehensive Strategic Partnership.'), 'organization')).toEqual([]);
  });

  it('a country whose official name has an organisation head stays a country', () => {
    expect(names(tag('The Union of the Comoros signed.'), 'organization')).toEqual([]);
    expect(names(tag('The Union of the Comoros signed.'), 'country')).toEqual(['Comoros']);
  });

  it('"WHO" in an all-capital line is no organisation', () => {
    expect(names(tag('LEADERS WHO MET AGREED'), 'organization')).toEqual([]);
    expect(names(tag('The WHO declared an emergency.'), 'organization')).toEqual(['World Health Organization']);
  });

  it('cities inside organisation names are not places', () => {
    const e = tag('The Shanghai Cooperation Organization and the Astana International Exchange.');
    expect(names(e, 'city')).toEqual([]);
    expect(names(e, 'organization')).toEqual(['Shanghai Cooperation Organization', 'Astana International Exchange']);
  });

  it('regression: a title before a person ends the name ("... Affairs Spokesperson Mao Ning")', () => {
    const text = 'The Ministry of Foreign Affairs Spokesperson Mao Ning said. The Office of the President welcomed it.';
    expect(names(tag(text), 'organization')).toEqual(['Ministry of Foreign Affairs', 'Office of the President']);
  });

  it('regression: two heads joined by "and" are two names ("Government and Parliament")', () => {
    const text = 'The Chinese Government and Parliament agreed.';
    const e = tag(text);
    expect(names(e, 'organization')).toEqual(['Chinese Government']);
    expect(spansOf(named(e, 'country', 'China'))).toEqual([at(text, 'Chinese')]);
  });
});
