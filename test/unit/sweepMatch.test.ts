// The sweep tries most match rules only from the words their first token matches (adapter.ts `matchChunk`); the
// matches must be exactly those of compromise's own matcher run from every word: same pointers, same order, the
// same skipping past a match, the same notIf and groups. Checked rule by rule on every sentence of invented text.
import * as assert from 'assert';
import { matchChunk, sweepTestBed, triesFromFirstToken } from '../../src/core/nlp/adapter';

const PARAGRAPHS = [
  'Dana Kelso, the mayor of Port Salvo, said on Tuesday that the well-known bridge would reopen in May.',
  'The Vardo Rowing Club had been fined 4,000 euros, a spokesman for the club said. "We will appeal," he added.',
  'Shares in Marwick Holdings Inc. fell 3.2 per cent after the long-awaited results; analysts at Orrin Capital were surprised.',
  'It was a hard-working, family-run shop that sold second-hand books, old maps and three-legged stools until 2019.',
  'Please do not leave bags unattended. Turn off the lights, keep it clean and wait here for the next bus.',
  'Prime ministers Ivo Sandal and Mara Velt met the presidents of two unions, who were not happy with the deal.',
  'The hospital, which opened in 1998, treats 12,000 patients a year; its chief executive, Dr Tam Oriel, will retire.',
  // A match that its rule's notIf drops ("had [walked]" is not a past tense's auxiliary before a phrasal verb).
  'They had walked in on the meeting before the board had come back from lunch.',
];

describe('the sweep\'s first-token matching', () => {
  it('finds exactly what compromise\'s matcher finds from every word, rule by rule', function () {
    this.timeout(120000);
    const { rules, methods, sentences } = sweepTestBed();
    const match = (methods as { one: { match(docs: unknown[], rule: unknown): { ptrs: unknown[] } } }).one.match;
    // Most rules start with a plain token: the short-cut is what is being checked, not a rare path.
    assert.ok(rules.filter(triesFromFirstToken).length > rules.length / 2);
    let found = 0;
    for (const paragraph of PARAGRAPHS) {
      for (const terms of sentences(paragraph)) {
        for (const rule of rules) {
          const expected = match([terms], rule).ptrs;
          assert.deepStrictEqual(matchChunk(methods, terms, rule).ptrs, expected, `${rule.match} on "${paragraph}"`);
          found += expected.length;
        }
      }
    }
    assert.ok(found > 20, 'the sentences match some rules');
  });
});
