import { describe, expect, it } from 'vitest';
import { extract, findDishonestSpans } from 'pressfacts';
import { SPEECH_VERBS } from '../src/data/speech-verbs.js';
import { SPEAKER_NOUNS } from '../src/data/speaker-nouns.js';
import { SOURCE_DATA_NOUNS } from '../src/data/source-nouns.js';

const quotes = (text: string) => extract(text).quotes.map((q) => [q.speaker, q.text, q.direct]);

describe('quotes: every speech verb row attributes its example', () => {
  const expected: Record<string, unknown[]> = {
    'Trade has doubled in five years, Minister Ana Costa said.': ['Ana Costa', 'Trade has doubled in five years', false],
    'Lee Min-ho told reporters that the talks were productive.': ['Lee Min-ho', 'the talks were productive', false],
    'More work lies ahead, Ana Costa added.': ['Ana Costa', 'More work lies ahead', false],
    'Ana Costa noted that the region has seen rapid growth.': ['Ana Costa', 'the region has seen rapid growth', false],
    'Dialogue remains the only path, Ana Costa stressed.': ['Ana Costa', 'Dialogue remains the only path', false],
    'Unity matters most, Ana Costa emphasized.': ['Ana Costa', 'Unity matters most', false],
    'The bloc stands together, Ana Costa underlined.': ['Ana Costa', 'The bloc stands together', false],
    'The fund will open next year, Ana Costa announced.': ['Ana Costa', 'The fund will open next year', false],
    'The summit met its goals, Ana Costa stated.': ['Ana Costa', 'The summit met its goals', false],
    'Ana Costa reiterated that the border would stay open.': ['Ana Costa', 'the border would stay open', false],
    'The region faces new risks, Ana Costa warned.': ['Ana Costa', 'The region faces new risks', false],
    'Ana Costa wrote on social media that the talks had been frank.': ['Ana Costa', 'the talks had been frank', false],
  };
  it.each(SPEECH_VERBS.map((r) => [r.forms[0], r.example]))('%s', (_verb, example) => {
    expect(quotes(example)).toEqual([expected[example]]);
  });

  const unnamed: Record<string, unknown[]> = {
    'The talks ran late, an EU official said.': [null, 'The talks ran late', false],
    'Analysts said the deal would lift exports.': [null, 'the deal would lift exports', false],
    'The venue was full, organizers said.': [null, 'The venue was full', false],
    'A WHO spokesperson said the vaccines had arrived.': ['World Health Organization', 'the vaccines had arrived', false],
    'The Kenyan foreign ministry said in a statement that the talks would resume.': ['Kenyan foreign ministry', 'the talks would resume', false],
  };
  it.each(SPEAKER_NOUNS.map((r) => [r.nouns[0], r.example]))('speaker noun %s', (_noun, example) => {
    expect(quotes(example)).toEqual([unnamed[example]]);
  });

  const sources: Record<string, unknown[]> = {
    'Exports rose 4 percent, according to Eurostat figures.': ['Eurostat', 'Exports rose 4 percent', false],
    'Exports rose 4 percent, according to a World Bank report.': ['World Bank', 'Exports rose 4 percent', false],
  };
  it.each(SOURCE_DATA_NOUNS.map((r) => [r.nouns[0], r.example]))('source noun %s', (_noun, example) => {
    expect(quotes(example)).toEqual([sources[example]]);
  });
});

describe('quotes: direct quotations', () => {
  it('joins a quotation split by its attribution into one quote', () => {
    expect(quotes('"We came to talk," Nigerian President Bola Tinubu told delegates, "not to quarrel."')).toEqual([
      ['Bola Tinubu', 'We came to talk not to quarrel.', true],
    ]);
  });

  it('takes the speaker before a colon', () => {
    expect(quotes('Opening the forum, Chilean President Gabriel Boric said: "The ocean connects us all."')).toEqual([
      ['Gabriel Boric', 'The ocean connects us all.', true],
    ]);
  });

  it('resolves "he" to the person named in an earlier sentence', () => {
    expect(quotes('Kenyan President William Ruto arrived on Monday. "Africa is ready to lead on climate," he said.')).toEqual([
      ['William Ruto', 'Africa is ready to lead on climate', true],
    ]);
  });

  it('gives a quotation that follows in the next sentence the same speaker', () => {
    expect(quotes('"We are ready," said Mexican President Claudia Sheinbaum. "Our region deserves a fair deal."')).toEqual([
      ['Claudia Sheinbaum', 'We are ready', true],
      ['Claudia Sheinbaum', 'Our region deserves a fair deal.', true],
    ]);
  });

  it('keeps a short quotation its sentence attributes', () => {
    expect(quotes('Indian Prime Minister Narendra Modi called the deal "historic".')).toEqual([['Narendra Modi', 'historic', true]]);
  });

  it('keeps a long quotation nobody is named for, with a null speaker', () => {
    expect(quotes('"The era of tariffs is over and a new one has begun," the banner read.')).toEqual([
      [null, 'The era of tariffs is over and a new one has begun', true],
    ]);
  });

  it('does not look for the speaker in the next paragraph', () => {
    expect(quotes('"The era of tariffs is over and a new one has begun."\n\nCanadian Prime Minister Justin Trudeau said the talks were frank.')).toEqual([
      [null, 'The era of tariffs is over and a new one has begun.', true],
      ['Justin Trudeau', 'the talks were frank', false],
    ]);
  });

  it('drops scare quotes', () => {
    expect(quotes('The so-called "green corridor" opens in May.')).toEqual([]);
  });

  it('grounds the quote and its speaker in the text', () => {
    const text = '"We are ready," said Mexican President Claudia Sheinbaum.';
    const facts = extract(text);
    expect(findDishonestSpans(facts, text)).toEqual([]);
    expect(facts.quotes[0]!.evidence.map((e) => e.text)).toEqual(['We are ready', 'Claudia Sheinbaum']);
  });
});

describe('quotes: reported speech', () => {
  it.each([
    ['"X said that …"', 'Chancellor Olaf Scholz said that Germany would double its support.', 'Olaf Scholz', 'Germany would double its support'],
    ['"X said …" without "that"', 'Canadian Prime Minister Justin Trudeau said the talks had been frank.', 'Justin Trudeau', 'the talks had been frank'],
    ['"X told Y that …"', 'Brazilian President Luiz Inácio Lula da Silva told reporters that the summit had delivered.', 'Luiz Inácio Lula da Silva', 'the summit had delivered'],
    ['a speaker after an opening phrase', 'In Brussels, European Commission President Ursula von der Leyen said the bloc was united.', 'Ursula von der Leyen', 'the bloc was united'],
    ['a speaker with an appositive', 'Chilean President Gabriel Boric, who chaired the session, said Chile would host the next round.', 'Gabriel Boric', 'Chile would host the next round'],
    ['"said at … that"', 'Chilean President Gabriel Boric said at the closing session that the talks had been useful.', 'Gabriel Boric', 'the talks had been useful'],
    ['"that," before a phrase', 'Chilean President Gabriel Boric stressed that, in a divided world, dialogue mattered.', 'Gabriel Boric', 'in a divided world, dialogue mattered'],
    ['an inverted attribution', 'The summit had met its goals, said Chilean President Gabriel Boric, the host.', 'Gabriel Boric', 'The summit had met its goals'],
    ['"he said" after the clause', 'Chilean President Gabriel Boric spoke last. The summit had met its goals, he said.', 'Gabriel Boric', 'The summit had met its goals'],
  ])('%s', (_case, text, speaker, clause) => {
    expect(quotes(text)).toEqual([[speaker, clause, false]]);
  });

  it('ends the clause where the speaker does something else', () => {
    expect(quotes('Chinese President Xi Jinping told the forum that the world economy was recovering, and urged members to resist protectionism.')).toEqual([
      ['Xi Jinping', 'the world economy was recovering', false],
    ]);
  });

  it('ends the clause where another speaker starts', () => {
    expect(quotes('Italian Prime Minister Giorgia Meloni said the talks went well, while French President Emmanuel Macron warned that risks remained.')).toEqual([
      ['Giorgia Meloni', 'the talks went well', false],
    ]);
  });

  it('a quotation closed by a full stop keeps its speaker before it; the next sentence\'s "said" is another speaker\'s', () => {
    const text = 'Prime Minister Shigeru Ishiba said Japan would be "a partner that creates solutions with Africa." President João Lourenço said that African countries wanted jobs at home.';
    expect(quotes(text)).toEqual([
      ['Shigeru Ishiba', 'a partner that creates solutions with Africa.', true],
      ['João Lourenço', 'African countries wanted jobs at home', false],
    ]);
  });

  it('reads "according to" before and after the clause', () => {
    expect(quotes('According to the Kenya National Bureau of Statistics, exports rose 8 percent last year.')).toEqual([
      ['Kenya National Bureau of Statistics', 'exports rose 8 percent last year', false],
    ]);
    expect(quotes('Exports rose 8 percent, according to customs data.')).toEqual([[null, 'Exports rose 8 percent', false]]);
    expect(quotes('According to Kremlin aide Pavel Orlov, more than 20 countries applied.')).toEqual([['Pavel Orlov', 'more than 20 countries applied', false]]);
    // A capitalised title before a name no vocabulary knows is not part of the name.
    expect(quotes('Net debt stood at EUR 5.3bn, according to Chief Financial Officer Sofia Mendes Raposo.')).toEqual([['Sofia Mendes Raposo', 'Net debt stood at EUR 5.3bn', false]]);
    expect(quotes('Exports rose 8 percent, according to the Peruvian Trade Ministry.')).toEqual([['Peruvian Trade Ministry', 'Exports rose 8 percent', false]]);
    // "the Commission" is the one organisation named with that head; a body's office speaks for itself.
    expect(quotes('The ECOWAS Commission met in Abuja. Food inflation averaged 26 per cent last year, according to the Commission.')).toEqual([
      ['ECOWAS Commission', 'Food inflation averaged 26 per cent last year', false],
    ]);
    expect(quotes('According to the Nordic Council secretariat, the five countries have provided more than 20 billion euros in aid.')).toEqual([
      ['Nordic Council secretariat', 'the five countries have provided more than 20 billion euros in aid', false],
    ]);
  });

  it.each([
    ['an announcement of an action', 'Norwegian Prime Minister Jonas Gahr Støre announced that Norway will provide $100 million.'],
    ['a joint position', 'The two sides noted that trade had doubled.'],
    ['a relative clause after the verb', 'Hungarian Prime Minister Viktor Orbán warned against steps that could escalate the conflict.'],
    ['a poll', 'According to a recent poll, most voters back the plan.'],
    ['a speaker with nothing said', 'Chilean President Gabriel Boric said on Monday.'],
    ['a verb without a speaker', 'The report said trade had doubled.'],
  ])('no quote: %s', (_case, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('quotes: speakers named by their office or an earlier verb', () => {
  const lead = 'LIMA, Nov. 15, 2024 (Reuters) - Peruvian President Dina Boluarte hosted the summit. Chilean President Gabriel Boric and Mexican Foreign Minister Juan Ramón de la Fuente attended. ';

  it('"the Chilean president said", "said the Mexican minister", "the president said": the person named with that office', () => {
    expect(quotes(`${lead}"We need open markets," the Chilean president said.`).slice(-1)).toEqual([['Gabriel Boric', 'We need open markets', true]]);
    expect(quotes(`${lead}"Trade must stay fair," said the Mexican minister.`).slice(-1)).toEqual([['Juan Ramón de la Fuente', 'Trade must stay fair', true]]);
    // The president named last before the quote.
    expect(quotes(`${lead}"We need open markets," the president said.`).slice(-1)).toEqual([['Gabriel Boric', 'We need open markets', true]]);
  });

  it('an office nobody in the text holds gives a quote without a speaker; "an EU official" is nobody named', () => {
    expect(quotes(`${lead}"We need open markets," the Brazilian president said.`).slice(-1)).toEqual([[null, 'We need open markets', true]]);
    expect(quotes(`${lead}"We need open markets and fair rules," said an EU official.`).slice(-1)).toEqual([[null, 'We need open markets and fair rules', true]]);
  });

  it('"X welcomed the leaders and said …": the subject of the first verb', () => {
    expect(quotes(`${lead}Boluarte welcomed the leaders and said the forum would open a new chapter.`).slice(-1)).toEqual([
      ['Dina Boluarte', 'the forum would open a new chapter', false],
    ]);
  });
});
