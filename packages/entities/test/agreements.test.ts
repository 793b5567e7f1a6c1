import { describe, expect, it } from 'vitest';
import { at, named, ofKind, spansOf, tag } from './entities-support.js';

describe('agreements', () => {
  it('"Treaty of <Capitalised words joined by and/of>" stops at commas and lower-case words', () => {
    const text = 'The leaders signed the Treaty of Lasting Friendship and Good-Neighbourly Cooperation, and praised it. The treaty is historic.';
    const t = named(tag(text), 'agreement', 'Treaty of Lasting Friendship and Good-Neighbourly Cooperation');
    expect(t?.agreementKind).toBe('treaty');
    expect(t?.id).toBe('agreement:treaty-of-lasting-friendship-and-good-neighbourly-cooperation');
    expect(spansOf(t)).toEqual([at(text, 'Treaty of Lasting Friendship and Good-Neighbourly Cooperation'), at(text, 'treaty')]);
    expect(t?.provenance).toEqual({ rule: 'agreements/titled', confidence: 0.85 });
  });

  it('"at the summit" after a title is not part of it', () => {
    const text = 'They signed the Treaty of Eternal Friendship at the summit.';
    expect(ofKind(tag(text), 'agreement').map((a) => a.name)).toEqual(['Treaty of Eternal Friendship']);
  });

  it('back-references are dropped when two documents of that kind exist', () => {
    const text = 'The Astana Declaration and the Beijing Declaration were adopted. The declaration was praised.';
    const agreements = ofKind(tag(text), 'agreement');
    expect(agreements.map((a) => [a.name, a.mentions.length])).toEqual([
      ['Astana Declaration', 1],
      ['Beijing Declaration', 1],
    ]);
  });

  it('titles keep particles of place names, inner prepositions and "on a …" complements', () => {
    const text =
      'Leaders adopted the G20 Rio de Janeiro Leaders\' Declaration. Ministers signed the Pacific Trade in Services Agreement and issued a Joint Communiqué on a Peace Framework.';
    expect(ofKind(tag(text), 'agreement').map((a) => a.name)).toEqual([
      "G20 Rio de Janeiro Leaders' Declaration",
      'Pacific Trade in Services Agreement',
      'Joint Communiqué on a Peace Framework',
    ]);
  });

  it('a lower-case preposition after a verb does not join a title', () => {
    const text = 'The bloc signed in Lima the Andean Charter.';
    expect(ofKind(tag(text), 'agreement').map((a) => a.name)).toEqual(['Andean Charter']);
  });

  it('a back-reference without any titled document is no agreement', () => {
    expect(ofKind(tag('The treaty was signed. This agreement matters.'), 'agreement')).toEqual([]);
  });

  it('premodifiers and complements: "Joint Declaration on X", "Memorandum of Understanding on Y", "2030 Agenda"', () => {
    const text = 'They issued a Joint Declaration on Strategic Partnership, signed a Memorandum of Understanding on Green Development and backed the 2030 Agenda for Sustainable Development.';
    expect(ofKind(tag(text), 'agreement').map((a) => [a.name, a.agreementKind])).toEqual([
      ['Joint Declaration on Strategic Partnership', 'declaration'],
      ['Memorandum of Understanding on Green Development', 'memorandum'],
      ['2030 Agenda for Sustainable Development', 'plan'],
    ]);
  });

  it('"between A and B" after a title about something names the parties; a bare kind or a relation keeps it', () => {
    const names = (text: string) => ofKind(tag(text), 'agreement').map((a) => a.name);
    expect(names('They signed a Memorandum of Cooperation on Fisheries between Chile and Peru.')).toEqual(['Memorandum of Cooperation on Fisheries']);
    expect(names('They signed the Andean Trade Agreement between Chile and Peru.')).toEqual(['Andean Trade Agreement']);
    expect(names('They signed a Memorandum of Understanding between Chile and Peru.')).toEqual(['Memorandum of Understanding between Chile and Peru']);
    expect(names('They endorsed the Roadmap for Closer Ties between Chile and Peru.')).toEqual(['Roadmap for Closer Ties between Chile and Peru']);
  });

  it('an organisation name holding "Treaty" stays an organisation', () => {
    const e = tag('The North Atlantic Treaty Organization and the Collective Security Treaty Organization met.');
    expect(ofKind(e, 'agreement')).toEqual([]);
    expect(ofKind(e, 'organization').map((o) => o.name)).toEqual(['North Atlantic Treaty Organization', 'Collective Security Treaty Organization']);
  });

  it('lower-case document words are not titles', () => {
    expect(ofKind(tag('They signed a free trade agreement and a joint statement.'), 'agreement')).toEqual([]);
  });

  it('a bare multi-word document head is a title at lower confidence; "Safe Harbor Statement" is not', () => {
    const text = 'Acme signed a Memorandum of Understanding with the fund.\n\nSafe Harbor Statement\nThis release contains forward-looking statements.';
    const agreements = ofKind(tag(text), 'agreement');
    expect(agreements.map((a) => [a.name, a.agreementKind, a.provenance.rule, a.provenance.confidence])).toEqual([
      ['Memorandum of Understanding', 'memorandum', 'agreements/bare-head', 0.6],
    ]);
    expect(spansOf(agreements[0])).toEqual([at(text, 'Memorandum of Understanding')]);
  });

  it('a Title Case subtitle after a colon belongs to the title; a clause after a colon does not', () => {
    const text = 'Ministers adopted the Nairobi Declaration on Africa 2063: Leaving No One Behind, and left. They signed the Lima Accord: Peru said yes.';
    expect(ofKind(tag(text), 'agreement').map((a) => a.name)).toEqual(['Nairobi Declaration on Africa 2063: Leaving No One Behind', 'Lima Accord']);
  });

  it('a period in parentheses and a plan horizon ("until 2040") stay in the title, not after other documents', () => {
    const text = 'They endorsed the Accra Action Plan (2026-2028) and approved the Andean Energy Strategy until 2040. The Oslo Accord until 2030 was cited.';
    const titles = ofKind(tag(text), 'agreement').map((a) => a.name);
    expect(titles).toEqual(['Accra Action Plan (2026-2028)', 'Andean Energy Strategy until 2040', 'Oslo Accord']);
    expect(spansOf(named(tag(text), 'agreement', 'Accra Action Plan (2026-2028)'))).toEqual([at(text, 'Accra Action Plan (2026-2028)')]);
  });

  it('a period written after the name keeps its end year ("Action Plan 2025-2030"); a range of days does not join', () => {
    const text =
      'They adopted the Joint Action Plan 2025-2030 and the Lima Roadmap 2024\u20132027. The Andean Charter 2021-22 March was not a period.';
    const titles = ofKind(tag(text), 'agreement').map((a) => a.name);
    expect(titles).toContain('Joint Action Plan 2025-2030');
    expect(titles).toContain('Lima Roadmap 2024\u20132027');
    expect(titles.some((t) => t.includes('22 March'))).toBe(false);
    expect(spansOf(named(tag(text), 'agreement', 'Joint Action Plan 2025-2030'))).toEqual([at(text, 'Joint Action Plan 2025-2030')]);
  });

  it('long complements run over capitalised gerunds and their objects, and stop at a bare place', () => {
    const text =
      'The ministers signed the Joint Statement of the Republic of Chile and the Kingdom of Spain on Strengthening the Strategic Partnership and Building a Chile-Spain Alliance with a Common Vision in the New Century, then left. They signed a Joint Declaration on Expanding Trade with Peru in Lima.';
    expect(ofKind(tag(text), 'agreement').map((a) => a.name)).toEqual([
      'Joint Statement of the Republic of Chile and the Kingdom of Spain on Strengthening the Strategic Partnership and Building a Chile-Spain Alliance with a Common Vision in the New Century',
      'Joint Declaration on Expanding Trade',
    ]);
  });

  it('"Statement" and "Initiative" name a document only after a document verb', () => {
    const text = 'Leaders adopted the Quito Statement. The Quito Statement Project began. Leaders approved the Arctic Initiative on Clean Shipping for Northern Ports. He praised the Silk Route Initiative.';
    const e = tag(text);
    expect(ofKind(e, 'agreement').map((a) => [a.name, a.agreementKind])).toEqual([
      ['Quito Statement', 'statement'],
      ['Arctic Initiative on Clean Shipping for Northern Ports', 'other'],
    ]);
    expect(ofKind(e, 'organization').map((o) => o.name)).toEqual(['Silk Route Initiative']);
  });

  it('a programme run by a body is no document', () => {
    const text = "She is director of the Institute's Pacific Programme. He heads the Bank's Lending Program. Members adopted the Almaty Programme of Action.";
    expect(ofKind(tag(text), 'agreement').map((a) => a.name)).toEqual(['Almaty Programme of Action']);
  });
});

describe('agreements: what follows a title with a topic (conventions: agreements)', () => {
  const titles = (text: string) => ofKind(tag(text), 'agreement').map((a) => a.name);

  it('"in" goes on with the topic unless a town or country follows', () => {
    expect(titles('Ministers signed the Agreement on Trade in Services.')).toEqual(['Agreement on Trade in Services']);
    expect(titles('They signed a Memorandum of Understanding on Maritime Security in the Gulf of Guinea.')).toEqual([
      'Memorandum of Understanding on Maritime Security in the Gulf of Guinea',
    ]);
    expect(titles('Ministers signed the Agreement on Trade in Lima on Thursday.')).toEqual(['Agreement on Trade']);
    expect(titles('Ministers signed the Agreement on Trade in Peru on Thursday.')).toEqual(['Agreement on Trade']);
  });

  it('"Understanding" completes the kind: the countries after "between" are the parties, not the title', () => {
    expect(titles('They signed a Memorandum of Understanding on Critical Raw Materials between the EU and Uzbekistan.')).toEqual([
      'Memorandum of Understanding on Critical Raw Materials',
    ]);
    expect(titles('They signed a Memorandum of Understanding on Deepening Ties between Chile and Peru.')).toEqual([
      'Memorandum of Understanding on Deepening Ties between Chile and Peru',
    ]);
  });

  it('two named bodies after "between" stay in the title; a second document does not', () => {
    expect(titles('They signed a Memorandum of Understanding between the Andean Secretariat and the Pacific Alliance.')).toEqual([
      'Memorandum of Understanding between the Andean Secretariat and the Pacific Alliance',
    ]);
    expect(titles('They signed a Memorandum of Understanding on Cooperation between Diplomatic Academies and a Memorandum of Understanding on Health.')).toEqual([
      'Memorandum of Understanding on Cooperation between Diplomatic Academies',
      'Memorandum of Understanding on Health',
    ]);
  });
});
