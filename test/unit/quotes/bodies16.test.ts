// Bodies as speakers (round 16): "the company said" for a company whose name says it is one ("Kelso Group",
// "Tarrow Foods") though the article never calls it a company; a pull quote between paragraphs keeps the speaker of
// the quotation it repeats, not the body quoted just before it. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { namesACompany } from '../../../src/core/quotes/bodyRefs';

/** The speaker's name of the quotation that starts with `opening`, or null. */
function speakerOf(text: string, opening: string): string | null {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => text.slice(q.start, q.end).startsWith(opening));
  assert.ok(quote, `no quotation opening "${opening}"`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
}

describe('bodies as speakers (round 16)', () => {
  it('credits "the company said" to a company named with a trade noun as its last word', () => {
    const owner = 'The mill at Vardo closed on Friday after 90 years.\n\nIts parent, Marwick Holdings, blames energy prices. '
      + 'In a short statement, the company said the closure was "the hardest call we have made" and thanked the staff.';
    assert.strictEqual(speakerOf(owner, 'the hardest call'), 'Marwick Holdings');
    const subject = 'Tarrow Foods will shed 240 jobs at its Kelderwick bakery, the third cut in a year. Staff heard the news on Tuesday. '
      + 'The company said it was "sorry for the uncertainty" and would offer retraining.';
    assert.strictEqual(speakerOf(subject, 'sorry for the uncertainty'), 'Tarrow Foods');
  });
  it('does not credit "the company" to a government body or a body without a company\'s name', () => {
    const ministry = 'The Department of Energy fined the Vardo plant on Monday. In a statement, the company said the fine was "unfair and out of date."';
    assert.strictEqual(speakerOf(ministry, 'unfair and out of date'), null);
    const trust = 'The Marwick Heritage Trust bought the mill in May. Later, the company said the sale was "a fair price for a ruin."';
    assert.strictEqual(speakerOf(trust, 'a fair price'), null);
  });
  it('reads a company from its own name: a legal form, or a trade noun after another word', () => {
    assert.ok(namesACompany('Vardo Systems Inc.'));
    assert.ok(namesACompany('Kelso Group'));
    assert.ok(namesACompany('Corbel SA'));
    assert.ok(!namesACompany('Group'));
    assert.ok(!namesACompany('Department of Energy'));
    assert.ok(!namesACompany('Marwick Heritage Trust'));
  });
  it('gives a pull quote the speaker of the longer quotation it repeats, not the body quoted in the paragraph before', () => {
    const text = 'The Vardo mill shut in May.\n\nIts owner, Marwick Holdings, said the decision was "taken with care" and "final."\n\n'
      + '\'We lost the whole street\'\n\nOrla Brandt worked there for thirty years. "It was never just a mill. We lost the whole street when it went," Brandt says.';
    assert.strictEqual(speakerOf(text, 'We lost the whole street'), 'Orla Brandt');
    assert.strictEqual(speakerOf(text, 'taken with care'), 'Marwick Holdings');
  });
  it('leaves a long repeated block (a letter quoted twice) to the text around it, not the later quotation it repeats', () => {
    const letter = 'We the undersigned ask the council to keep the Vardo mill open for one more year, to pay its staff in full, to '
      + 'publish every offer it has had for the site, and to meet the workers before any sale';
    const text = `Idris Penhale read the letter to the meeting on Monday. "${letter}," Penhale said.\n\n"${letter}."\n\n`
      + `Tom Wrede, who signed it too, told the council in May: "${letter}, and we mean every word of it."`;
    assert.strictEqual(speakerOf(text, `${letter}.`), 'Idris Penhale');
  });
  it('leaves a quotation paragraph that repeats no other quotation to the paragraph before', () => {
    const text = 'Idris Penhale spoke at the gate on Monday. "We will not sell," Penhale said.\n\n"The town needs this mill more than ever."\n\n'
      + 'Tom Wrede, who runs the bakery, said: "Nobody asked us."';
    assert.strictEqual(speakerOf(text, 'The town needs'), 'Idris Penhale');
  });
  it('leaves "a spokeswoman for the department said" unnamed, as for a named body, and keeps "the department said" the body\'s', () => {
    const lead = 'The Marwick Department of Roads shut the coast road on Friday. ';
    assert.strictEqual(speakerOf(lead + '"The road stays shut until the cliff is safe," a spokeswoman for the department said.', 'The road stays shut'), null);
    assert.strictEqual(speakerOf(lead + '"The road stays shut until the cliff is safe," a spokeswoman for the Marwick Department of Roads said.', 'The road stays shut'), null);
    assert.strictEqual(speakerOf(lead + '"The road stays shut until the cliff is safe," the department said.', 'The road stays shut'), 'Marwick Department of Roads');
  });
});
