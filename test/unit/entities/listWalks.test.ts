// The walk to the "and" that closes a list of portfolios or departments (words.ts listClosingAnd), shared by the
// portfolio-list evidence and the list comma inside a post's tail. Every sentence is invented.
import * as assert from 'assert';
import { parseParagraph } from '../../../src/core/nlp/adapter';
import { isCapitalised, listClosingAnd } from '../../../src/core/entities/words';

const sentenceOf = (text: string) => parseParagraph(text)[0];
const indexOf = (text: string, word: string) => sentenceOf(text).findIndex(token => token.text === word);

describe('listClosingAnd: the "and" that closes a list', () => {
  const text = 'The Minister for Arts, Heritage and the Islands, Nora Kell, spoke.';

  it('finds the closing "and" after the first item, and "&" as well', () => {
    const sentence = sentenceOf(text);
    assert.strictEqual(listClosingAnd(sentence, indexOf(text, 'Heritage'), sentence.length), indexOf(text, 'and'));
    const other = 'The Minister for Ports, Roads & Rail, Tom Vell, spoke.';
    assert.strictEqual(listClosingAnd(sentenceOf(other), indexOf(other, 'Roads'), sentenceOf(other).length), indexOf(other, '&'));
  });

  it('finds none when the end comes first, or a token fails the item test on the way', () => {
    const sentence = sentenceOf(text);
    assert.strictEqual(listClosingAnd(sentence, indexOf(text, 'Heritage'), indexOf(text, 'and')), undefined);
    const plain = 'The Minister for Arts met them today and left.';
    assert.strictEqual(listClosingAnd(sentenceOf(plain), indexOf(plain, 'Arts'), sentenceOf(plain).length, at => isCapitalised(sentenceOf(plain)[at])), undefined);
  });
});
