import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFixtures, matchFacts, toMatchFacts } from '../src/vitest/index.js';
import { makeFacts, makeHandFacts, RELEASE } from './make-facts.js';

expect.extend({ toMatchFacts });

describe('toMatchFacts', () => {
  it('passes on equal facts', () => {
    expect(makeFacts()).toMatchFacts(makeFacts());
    expect(makeFacts()).toMatchFacts(makeHandFacts(), { mode: 'tolerant' });
  });

  it('fails with the diff in the message', () => {
    const actual = makeFacts();
    actual.event!.edition = 3;
    expect(() => expect(actual).toMatchFacts(makeFacts())).toThrowError(
      'expected facts of "forum-2025" to match (1 difference; - missing, + spurious, ~ changed):\n  ~ event.edition: expected 2, actual 3 (incorrect)',
    );
  });

  it('supports .not', () => {
    const actual = makeFacts();
    actual.topics = [];
    expect(actual).not.toMatchFacts(makeFacts());
    expect(() => expect(makeFacts()).not.toMatchFacts(makeFacts())).toThrowError('expected facts of "forum-2025" not to match, but they do');
  });

  it('rejects non-objects', () => {
    expect(matchFacts('facts', makeFacts())).toMatchObject({ pass: false, message: 'expected a SummitFacts object, received string' });
  });
});

// describeFixtures registers one test per fixture: here one that passes and one that is skipped
// (no expected.json yet); the skipped one shows in the run output with its reason.
const root = mkdtempSync(join(tmpdir(), 'pf-describe-'));
mkdirSync(join(root, 'ok'));
writeFileSync(join(root, 'ok', 'input.txt'), RELEASE);
writeFileSync(join(root, 'ok', 'expected.json'), JSON.stringify(makeFacts()));
writeFileSync(join(root, 'ok', 'context.json'), '{"referenceDate":"2025-06-18","id":"forum-2025"}');
mkdirSync(join(root, 'pending'));
writeFileSync(join(root, 'pending', 'input.txt'), 'nothing yet');
const seen: unknown[] = [];
describeFixtures(root, (text, context) => {
  seen.push([text.length, context]);
  return makeFacts();
});
describe('describeFixtures', () => {
  it('ran the extractor with the fixture text and context', () => {
    // registered tests run in order: the fixture test above has run by now
    expect(seen).toEqual([[RELEASE.length, { referenceDate: '2025-06-18', id: 'forum-2025' }]]);
  });
});
