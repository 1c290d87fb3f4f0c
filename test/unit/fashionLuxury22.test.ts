// Kinds of round 22's fashion and luxury industry set (fresh59): a house or label named after its founder, called by
// the surname alone beside the founder named in full; "Maison X"; a share of a company bought as a percentage; a wire
// dateline of two cities; streets and quays named in French or Italian; the trades of fashion copy before a name; a
// post after "as" past a relative clause. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('fashion and luxury industry copy (r22-fashion)', () => {
  describe('a house named after its founder (rules house-of-its-founder, trade-house-before, founded-body, percentage-bought-of-body)', () => {
    it('reads "the house of X" as the house, and every bare use of the name with it, beside the founder named in full', () => {
      const found = mentionLabels('Orla Tarrow opened her first shop in 1950. This spring the house of Tarrow went back to the sea. It was a good season for Tarrow.');
      assert.ok(found.includes('p:Orla Tarrow'), found.join(' | '));
      assert.deepStrictEqual(found.filter(label => label.endsWith(':Tarrow')), ['o:Tarrow', 'o:Tarrow'], found.join(' | '));
    });

    it('leaves a capitalised "House of" and a dwelling\'s owner alone', () => {
      assert.ok(!mentionLabels('Dana Kelso spoke in the House of Vardo on Monday.').includes('o:Vardo'));
      const dwelling = mentionLabels('Dana Kelso was born in 1950. They met in the house of Kelso\'s uncle.');
      assert.ok(!dwelling.includes('o:Kelso'), dwelling.join(' | '));
    });

    it('reads the name after a trade\'s "house" or "houses" as the firm, and a list of two after "houses"', () => {
      assert.ok(mentionLabels('She sold the couture house Vellard last year.').includes('o:Vellard'));
      const listed = mentionLabels('Marwick Group owns the fashion houses Pell & Marsh and J.P. Tarrow.');
      assert.ok(listed.includes('o:Pell & Marsh') && listed.includes('o:J.P. Tarrow'), listed.join(' | '));
    });

    it('does not make "house" alone a body noun', () => {
      const found = mentionLabels('She grew up in the house Dana Kelso built.');
      assert.ok(found.includes('p:Dana Kelso'), found.join(' | '));
    });

    it('reads a name that is founded, or of which a percentage is bought, as the company, not its founder', () => {
      const founded = mentionLabels('Ivo Sandal started it in 1951. Sandal, founded as a small workshop, had sales of 20 million euros.');
      assert.ok(founded.includes('p:Ivo Sandal') && founded.includes('o:Sandal'), founded.join(' | '));
      const bought = mentionLabels('Dana Kelso founded it in 1951. Vardo Group agreed to buy 70% of Kelso on Monday.');
      assert.ok(bought.includes('o:Kelso'), bought.join(' | '));
    });

    it('does not read a nationality before a trade noun, nor a person who founded something, as a body', () => {
      const found = mentionLabels('Vardo Group agreed to buy 70% of Italian leather maker Kelso on Monday.');
      assert.ok(!found.includes('o:Italian'), found.join(' | '));
      const founder = mentionLabels('Ivo Sandal, who founded the workshop, said sales rose.');
      assert.ok(founder.includes('p:Ivo Sandal'), founder.join(' | '));
    });
  });

  describe('names of the trade in French and Italian (lists org-heads-first, place-openers)', () => {
    it('reads "Maison X" as a house, and a quay or a bridge named in French or Italian as a place', () => {
      assert.ok(mentionLabels('Two days earlier its stablemate, Maison Kelder, had a poor outing.').includes('o:Maison Kelder'));
      const found = mentionLabels('The show was staged on the Quai de Tarrow, near the Ponte Marwick, Dana Kelso said.');
      assert.deepStrictEqual(found, ['p:Dana Kelso']);
    });
  });

  describe('a wire dateline of two cities (rule dateline-credit)', () => {
    it('reads the credit after "CITY/CITY, date" as the agency', () => {
      const found = mentionLabels('KELSO/VARDO, Oct 14 (Tarrowline) - Marwick Group has agreed to buy a rival, the company said.');
      assert.ok(found.includes('o:Tarrowline'), found.join(' | '));
    });
  });

  describe('a business group named head first (list dropped-club-prefixes)', () => {
    it('links "Groupe X" in one report to "X" in the other', () => {
      const [first, second] = linkAnalyses([
        analyzeText('Shares in rival Groupe Tarrowmere fell 1.1% on Monday, Dana Kelso said.'),
        analyzeText('Vardo saw off a late approach from Tarrowmere. Tarrowmere slipped 1 percent, Dana Kelso said.'),
      ]);
      const idOf = (analysis: typeof first, name: string) => analysis.entities.find(entity => entity.mentions.some(mention => mention.text === name))?.id;
      assert.ok(idOf(first, 'Groupe Tarrowmere') !== undefined);
      assert.strictEqual(idOf(first, 'Groupe Tarrowmere'), idOf(second, 'Tarrowmere'));
    });
  });

  describe('a section path under a masthead (gazetteer-news-media)', () => {
    it('reads no body in "X | Business / Deals", and "Business" alone is no outlet', () => {
      const found = mentionLabels('Tarrowline | Business / Deals\n\nVardo Group has bought a rival, Dana Kelso said.');
      assert.ok(!found.includes('o:Business') && !found.includes('o:Deals'), found.join(' | '));
      assert.ok(mentionLabels('"The deal is off," said Business Insider.').includes('o:Business Insider'));
    });
  });

  describe('roles of fashion copy (list title-heads, role-as-verbs, as-post past a relative clause)', () => {
    it('reads "Model X" and "supermodel X" as posts', () => {
      assert.deepStrictEqual(rolesOf('Model Dana Kelso opened the show.', 'Dana Kelso'), ['Model']);
      assert.deepStrictEqual(rolesOf('The front row included supermodel Orla Brandt.', 'Orla Brandt'), ['supermodel']);
    });

    it('gives "will continue as" a post, also past a relative clause about the name', () => {
      assert.deepStrictEqual(rolesOf('Nico Vell will continue as creative director.', 'Nico Vell'), ['creative director']);
      assert.deepStrictEqual(rolesOf('Nico Vell, who has designed the collections since 2016, will continue as creative director.', 'Nico Vell'), ['creative director']);
    });

    it('does not give a post to a name inside a quotation\'s clause that only mentions "as"', () => {
      assert.deepStrictEqual(rolesOf('Nico Vell, who has designed the collections since 2016, said it was as good as ever.', 'Nico Vell'), []);
    });
  });
});
