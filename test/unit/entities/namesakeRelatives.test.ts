// Relatives sharing a surname (round 12b): a person named in full only as someone's relative ("her husband, Ivo Kelso,")
// does not take later lone-surname mentions from the namesake the article names in their own right; an honorific
// with gender, or the relative named in full again, still decides. Invented names and sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** Each person as "Name: mention | mention". */
function people(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person')
    .map(entity => `${entity.name}: ${entity.mentions.map(mention => text.slice(mention.start, mention.end)).join(' | ')}`).sort();
}

/** The speaker credited with the quotation that opens with `opening`. */
function speakerOf(text: string, opening: string): string | null {
  const { quotes, entities } = analyzeText(text);
  const quote = quotes.find(one => one.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(quote, `the quotation "${opening}" is found`);
  return quote.speakerId ? entities.find(entity => entity.id === quote.speakerId)?.name ?? null : null;
}

describe('namesakes: a relative introduced through the relation', () => {
  it('leaves a lone surname with the wife, not the husband she is named beside (spouses)', () => {
    const text = 'Dana Kelso has run the bakery on Marwick Street for twenty years.\n\n'
      + '"We never expected this," said Dana Kelso, who opened the shop with her husband, Ivo Kelso, in 2004.\n\n'
      + '"The rent doubled overnight," Kelso said.';
    assert.strictEqual(speakerOf(text, 'The rent doubled'), 'Dana Kelso');
    assert.deepStrictEqual(people(text), ['Dana Kelso: Dana Kelso | Dana Kelso | Kelso', 'Ivo Kelso: Ivo Kelso']);
  });

  it('leaves a lone surname with the father, not the son introduced by "his son" (father and son)', () => {
    const text = 'Tomas Brandelle founded the haulage firm in 1988.\n\n'
      + 'He now runs it with his son, Rafe Brandelle, who joined in 2015.\n\n'
      + '"We will not sell," Brandelle said on Friday.';
    assert.strictEqual(speakerOf(text, 'We will not sell'), 'Tomas Brandelle');
  });

  it('leaves a lone surname with the sister the story is about, not her brother (siblings)', () => {
    const text = 'Mirela Vostrand won the county seat on Thursday.\n\n'
      + 'Her brother, Anton Vostrand, ran her campaign from a rented garage.\n\n'
      + '"This was a team effort," Vostrand told supporters.';
    assert.strictEqual(speakerOf(text, 'This was a team effort'), 'Mirela Vostrand');
  });

  it('gives a lone surname after the relative to the person the relative is named by (an obituary\'s nephew)', () => {
    const text = 'Tomas Brandelle died on Monday at the age of 81.\n\n'
      + 'His nephew, Rafe Brandelle, said the family was grieving. Brandelle had run the haulage firm since 1988.';
    assert.deepStrictEqual(people(text), ['Rafe Brandelle: Rafe Brandelle', 'Tomas Brandelle: Tomas Brandelle | Brandelle']);
  });

  it('gives "Mr X" to the man named in his own right when both namesakes are men (father and son)', () => {
    const text = 'Tomas Brandelle founded the haulage firm in 1988.\n\n'
      + 'He now runs it with his son, Rafe Brandelle, who joined in 2015.\n\n'
      + '"We will not sell," Mr Brandelle said on Friday.';
    assert.strictEqual(speakerOf(text, 'We will not sell'), 'Tomas Brandelle');
  });

  it('still gives "Mr X" to the husband when the wife is the main person (honorific with gender)', () => {
    const text = 'Dana Kelso has run the bakery on Marwick Street for twenty years.\n\n'
      + 'She opened the shop with her husband, Ivo Kelso, in 2004.\n\n'
      + '"I bake, she sells," Mr Kelso said.';
    assert.strictEqual(speakerOf(text, 'I bake'), 'Ivo Kelso');
  });

  it('gives the lone surname to the relative who is named in full again in their own right', () => {
    const text = 'Dana Kelso has run the bakery on Marwick Street for twenty years.\n\n'
      + 'She opened the shop with her husband, Ivo Kelso, in 2004.\n\n'
      + 'Ivo Kelso, 61, still bakes every loaf before dawn. "I bake, she sells," Kelso said.';
    assert.strictEqual(speakerOf(text, 'I bake'), 'Ivo Kelso');
  });

  it('keeps the nearest namesake when neither was introduced as a relative', () => {
    const text = 'Dana Kelso spoke first. Later Ivo Kelso replied. "We disagree," Kelso said.';
    assert.strictEqual(speakerOf(text, 'We disagree'), 'Ivo Kelso');
  });
});
