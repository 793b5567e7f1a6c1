import { describe, expect, it } from 'vitest';
import { createPipeline, isHonestSpan, segmentFromView } from '@pressfacts/document';
import { createTokenizer, detectLanguage, looksLikeHtml, normalize, stripHtml } from '@pressfacts/tokenizer';

const run = (text: string) => createPipeline([createTokenizer()]).process(text);

describe('HTML input', () => {
  const page =
    '<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>";</script></head>' +
    '<body><h1>Leaders meet in Lima</h1><p>LIMA, Nov. 16, 2024 (Reuters) - Leaders of <b>Peru</b> &amp; Chile met on Saturday.</p>' +
    '<p>"We agreed," said the minister.</p></body></html>';

  it('is recognised, and plain text with a stray tag is not', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('Trade rose <5% in Q1 while x > y.')).toBe(false);
  });

  it('needs a `<` anywhere, not only at the start', () => {
    expect(looksLikeHtml('p> div> br> html> body> !DOCTYPE html> b>Peru/b>')).toBe(false);
    expect(looksLikeHtml(`${'Leaders met. '.repeat(50)}<p>One</p><br><b>two</b>`)).toBe(true);
  });

  it('strips tags, skips script and style, and maps every unit back to the raw HTML', () => {
    const stripped = stripHtml('<p>Hi <b>there</b></p><script>no</script>');
    expect(stripped.text).toBe('\n\nHi there\n\n');
    expect([...stripped.rawAt.slice(2, 5)]).toEqual([3, 4, 5]);
    const view = normalize(page);
    expect(view.text).toContain('Leaders of Peru & Chile met on Saturday.');
    expect(view.text).not.toContain('color:red');
    expect(view.text).not.toContain('var x');
    const at = view.text.indexOf('Peru & Chile');
    const segment = segmentFromView(view, at, at + 'Peru & Chile'.length);
    expect(segment.text).toBe('Peru</b> &amp; Chile');
    expect(isHonestSpan(page, segment)).toBe(true);
    // A caller that asked looksLikeHtml already passes its answer: the same view.
    expect(normalize(page, true)).toEqual(view);
    expect(normalize(page, false).text).toContain('<b>');
  });

  it('finds the dateline and sentences of a page, with honest spans and an info diagnostic', () => {
    const doc = run(page);
    expect(doc.layers.header?.dateline?.place?.text).toBe('LIMA');
    expect(doc.layers.sentences!.length).toBeGreaterThan(0);
    for (const s of doc.layers.sentences!) expect(isHonestSpan(page, s)).toBe(true);
    for (const t of doc.layers.tokens!) expect(isHonestSpan(page, t)).toBe(true);
    expect(doc.diagnostics.map((d) => d.code)).toContain('html-input');
  });
});

describe('language', () => {
  const french =
    'PARIS, 5 juin 2025 - Les dirigeants des pays membres se sont réunis mardi à Paris pour le sommet annuel. ' +
    'Ils ont adopté une déclaration commune sur le commerce, le climat et la sécurité alimentaire, a déclaré le président.';
  const english =
    'PARIS, June 5, 2025 - Leaders of the member countries met on Tuesday in Paris for the annual summit. ' +
    'They adopted a joint declaration on trade, climate and food security, the president said.';

  it('tells English from another language', () => {
    expect(detectLanguage(english)).toEqual({ language: 'eng', english: true });
    expect(detectLanguage(french)).toEqual({ language: 'fra', english: false });
    expect(detectLanguage('Short.').english).toBe(true);
  });

  it('a release in another language gets unsupported-language and no sentences', () => {
    const doc = run(french);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['unsupported-language']);
    expect(doc.diagnostics[0]?.message).toContain('fra');
    expect(doc.layers.sentences).toEqual([]);
  });
});
