import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/language/detect-language.js';

// detectLanguage counts letters and words in one loop; it must answer as the regex definition does.
const MARKERS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'that', 'with', 'said', 'by', 'at']);
function byRegex(text: string) {
  const sample = text.slice(0, 2000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 120) return { language: 'und', english: true };
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  const allWords = sample.match(/\p{L}+/gu)?.length ?? 1;
  if (words.filter((w) => MARKERS.has(w)).length / allWords >= 0.12) return { language: 'eng', english: true };
  const language = franc(sample, { minLength: 20 });
  return { language, english: language === 'eng' || language === 'und' || language === 'sco' };
}

const pieces = ['the ', 'said ', ' of ', 'İ', 'ß', 'é', '😀', '\ud800', '\udc00', '𝐀', '中国', 'Жизнь ', ' ', '\n', '7', 'Kelvin\u212a', 'x', 'ǅ', 'e\u0301', 'Leaders met in Astana. '];

describe('detectLanguage', () => {
  it('answers as the regex definition on any mix of scripts, surrogates and case changes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        expect(detectLanguage(text)).toEqual(byRegex(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads English, French and a too-short text', () => {
    expect(detectLanguage('The leaders of the five countries said that the summit was held in Astana on Tuesday. '.repeat(3)).english).toBe(true);
    expect(detectLanguage('Les dirigeants des cinq pays se sont réunis à Astana pour le sommet annuel de la région. '.repeat(3))).toEqual({ language: 'fra', english: false });
    expect(detectLanguage('Short.')).toEqual({ language: 'und', english: true });
  });
});
