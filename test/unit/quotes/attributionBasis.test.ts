import * as assert from 'assert';
import type { AttributionBasis } from '../../../src/core/model';
import { attributeQuotes, findQuotes } from '../../../src/core/quotes';
import { buildEntities, type EntitySpec } from './entityBuilder';

const PEOPLE: readonly EntitySpec[] = [
  { names: ['Ana Ruiz', 'Ms. Ruiz', 'Ruiz'], roles: ['Finance Minister'] },
  { names: ['Tom Okafor', 'Mr Okafor', 'Okafor'] },
  { kind: 'org', names: ['Northfield Council'] },
  { kind: 'org', names: ['Brightwater Energy'] },
];

/** [text, basis of the last quotation, words its attribution covers] */
type Row = readonly [string, AttributionBasis, string];

const ROWS: readonly Row[] = [
  ['"We will cut the deficit," Ms. Ruiz said.', 'cue', 'Ms. Ruiz said'],
  ['"We will cut the deficit," said Tom Okafor.', 'cue', 'said Tom Okafor'],
  ['Prices will fall, according to Ruiz: "We are confident."', 'cue', 'according to Ruiz'],
  ['Tom Okafor arrived late. "I was stuck in traffic," he said.', 'pronoun', 'he said'],
  ['Finance Minister Ana Ruiz spoke first. "The budget is balanced," the minister said.', 'description', 'the minister said'],
  ['"We regret the delay," Northfield Council said in a statement.', 'organisation', 'Northfield Council said'],
  ['Brightwater Energy posted its results. "Demand was weak," it said.', 'organisation', 'it said'],
  ['Okafor said the plan would fail. "Nobody has asked the workers what they think of it."', 'inherited', 'Okafor said'],
  ['"We will not sign this deal under any circumstances," Okafor told reporters.\n\n"It is a bad deal for everyone who lives in the valley and works there."', 'inherited', 'Okafor told'],
  ['"This is a long first part of the statement that was given." "And this is the second part of it," Ruiz added.', 'cue', 'Ruiz added'],
];

describe('attributeQuotes: attribution and basis', () => {
  for (const [text, basis, words] of ROWS) {
    it(`${JSON.stringify(text).slice(0, 90)} → ${basis}, "${words}"`, () => {
      const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
      const last = quotes[quotes.length - 1];
      assert.ok(last?.speakerId, 'the quotation has a speaker');
      assert.strictEqual(last.basis, basis);
      assert.ok(last.attribution, 'the quotation has an attribution span');
      assert.strictEqual(text.slice(last.attribution.start, last.attribution.end), words);
    });
  }

  it('credits the first part of an interrupted pair from the cue after it ("following")', () => {
    const text = '"This is a long first part of the statement that was given." "And this is the second part of it," Ruiz added.';
    const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
    assert.strictEqual(quotes.length, 2);
    assert.strictEqual(quotes[0].basis, 'following');
    assert.strictEqual(quotes[0].speakerId, quotes[1].speakerId);
  });

  it('gives every quotation with a speaker a basis and an attribution, and none without', () => {
    const text = [
      'Ana Ruiz opened the session on Monday.',
      '"We have work to do," she said. "A great deal of work, and very little time to finish all of it."',
      '"Nobody here has read the full report that was published last week," a critic shouted from the back.',
      'Mr Okafor spoke to reporters:',
      '"The council has ignored our letters for months and we are tired of waiting for answers."',
    ].join('\n\n');
    const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
    assert.ok(quotes.length >= 4);
    for (const q of quotes) {
      assert.strictEqual(q.basis !== undefined, q.speakerId !== null, `basis set exactly when there is a speaker: ${q.text}`);
      if (q.speakerId) {
        assert.ok(q.attribution, `attribution for ${q.text}`);
      }
    }
    assert.strictEqual(quotes[quotes.length - 1].basis, 'inherited');
  });
});
