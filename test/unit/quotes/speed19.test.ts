// Round 19 (speed): the shortcuts of the quotation pass give what the long way gave. Pull quotes find the quotation
// they repeat by one search of every quotation's words; a title before a mention is read from a short tail of the
// text first. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { MentionIndex, titlesBefore } from '../../../src/core/quotes/mentionIndex';
import { tokenize, tokenStartBefore } from '../../../src/core/quotes/tokens';

/** The speaker's name of the quotation whose words are `words`, or null. */
function speakerOf(text: string, words: string): string | null {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => text.slice(q.start, q.end) === words);
  assert.ok(quote, `no quotation "${words}"`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
}

describe('speed shortcuts of round 19', () => {
  it('gives a pull quote the speaker of the first longer quotation that repeats its words', () => {
    // Not the speaker of the paragraph before it (Wrede), nor of a later quotation that repeats it too (Penhale).
    const text = 'The Vardo ferry stopped on Monday.\n\n'
      + 'Orla Brandt runs the harbour cafe. "Nobody told us the boat was going, and nobody asked," Brandt says.\n\n'
      + 'Tom Wrede, a fisherman, was angry. "It is a disgrace," Wrede said.\n\n'
      + '\'Nobody told us the boat was going\'\n\n'
      + 'Idris Penhale, who chairs the harbour board, agreed. "Nobody told us the boat was going, not once," Penhale said.';
    assert.strictEqual(speakerOf(text, 'Nobody told us the boat was going'), 'Orla Brandt');
  });
  it('does not join the words of two quotations to find a pull quote', () => {
    // "keep the ferry" ends one quotation and "running all winter" opens the next: no one quotation repeats the pull quote.
    const text = 'Idris Penhale chairs the harbour board. "We will keep the ferry," Penhale said.\n\n'
      + 'Dana Kelso, the mayor, was blunt. "Running all winter costs more than we have," Kelso said.\n\n'
      + '"Keep the ferry running all winter"';
    assert.notStrictEqual(speakerOf(text, 'Keep the ferry running all winter'), 'Idris Penhale');
  });
  it('tokenizes from a restart point exactly the tokens the whole window has there', () => {
    const text = 'Deputy Foreign Minister of Vardo, Dana Kelso (61), said U.S.-made 24/7 parts — "far-right" — cost £2m.';
    for (let at = 0; at <= text.length; at++) {
      const start = tokenStartBefore(text, 0, at);
      assert.ok(start <= at);
      const whole = tokenize(text, 0, text.length).filter(token => token.start >= start);
      assert.deepStrictEqual(tokenize(text, start, text.length), whole, `restart at ${start}`);
    }
  });
  it('reads a title longer than the short tail before a mention in full', () => {
    const text = 'The Former Vardo Deputy Foreign Minister Dana Kelso spoke on Monday.';
    const start = text.indexOf('Dana');
    const entity = {
      id: 'dana-kelso', kind: 'person' as const, name: 'Dana Kelso', aliases: [], roles: [],
      mentions: [{ start, end: start + 'Dana Kelso'.length, text: 'Dana Kelso', entityId: 'dana-kelso' }],
    };
    assert.deepStrictEqual(titlesBefore(text, new MentionIndex([entity]), entity), [['Former', 'Vardo', 'Deputy', 'Foreign', 'Minister']]);
  });
});
