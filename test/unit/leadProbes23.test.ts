// Kinds found by the lead's probes of media-industry, markets and medicines-regulation copy in round 23: a person
// placed in a body by "of" and the body's descriptor words still speaks ("X of research consultancy Y said"); people
// named by the plural of an occupation at a body make it a body ("Economists at Y said"); a body's name with one
// lower-case word inside, proven by its bracketed abbreviation; athletes named by their discipline; a US school named
// by its level alone. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, rolesOf } from './support/entityQueries';

function speakers(text: string): (string | null)[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null);
}

describe('lead probes of round 23', () => {
  describe('a person of a described body speaks (subject.ts describedWorkplaceHolder)', () => {
    it('credits the person, not the body, across the body\'s descriptor words', () => {
      assert.deepStrictEqual(speakers('Analyst Pim Okoro of research consultancy Dorrow Insight said owners were "cutting to the bone".'), ['Pim Okoro']);
      assert.deepStrictEqual(speakers('Tamsin Vell of the campaign group Fair Rents Vardo said the plan was "a start".'), ['Tamsin Vell']);
      assert.deepStrictEqual(speakers('Ira Dunmore of brokers Sallow Securities said prices would "keep falling".'), ['Ira Dunmore']);
    });

    it('still credits the body when no person stands before the preposition', () => {
      assert.deepStrictEqual(speakers('A report of research consultancy Dorrow Insight said owners were "cutting to the bone".'), ['Dorrow Insight']);
    });
  });

  describe('the plural of an occupation at a body (evidenceRules.ts workplace-after-occupation)', () => {
    it('reads the workplace as a body, opening the sentence or after "said"', () => {
      assert.ok(entityKinds('Economists at Sallow Keane expect one more cut this year.').includes('org:Sallow Keane'));
      assert.ok(entityKinds('"Demand is soft," said strategists at Peel Hatton on Monday.').includes('org:Peel Hatton'));
    });

    it('does not read a place after people who are no occupation', () => {
      assert.ok(!entityKinds('Crowds at Peel Hatton cheered the winners.').includes('org:Peel Hatton'));
    });
  });

  describe('a lower-case word inside a body\'s name, proven by its abbreviation (runs.ts lowerCaseWordSpelledOut)', () => {
    it('keeps the whole name when the bracketed abbreviation spells its capitalised words', () => {
      assert.ok(entityKinds('The Seeds and Fertiliser products Safety Agency (SFSA) said the batch was safe.').includes('org:Seeds and Fertiliser products Safety Agency'));
    });

    it('does not join across a lower-case word without such an abbreviation', () => {
      const kinds = entityKinds('The Seeds and Fertiliser products Safety Agency said the batch was safe.');
      assert.ok(!kinds.some(kind => kind.includes('products')), kinds.join(' | '));
      const wrong = entityKinds('Kelso Mills sells products Safety Agency (KSA) inspects.');
      assert.ok(!wrong.some(kind => kind.includes('products')), wrong.join(' | '));
    });
  });

  describe('a function word inside a body\'s name, proven by its abbreviation', () => {
    it('keeps "for" and the words after it when the abbreviation spells them', () => {
      assert.ok(entityKinds('Her lawyer will appeal to the Tribunal of Appeal for Rowing (TAR) next month.').includes('org:Tribunal of Appeal for Rowing'));
    });
  });

  describe('athletes named by their discipline (list title-heads)', () => {
    it('reads the discipline as a role, not as part of the name, in a headline and in prose', () => {
      const text = 'Sprinter Adebayo banned for two years\n\nThe panel banned Ghanaian sprinter Kofi Adebayo for two years. His coach, the former hurdler Efua Mensah, said he would appeal.';
      assert.ok(!entityKinds(text).some(kind => kind.startsWith('person:Sprinter')), entityKinds(text).join(' | '));
      assert.ok(rolesOf(text, 'Kofi Adebayo').some(role => /sprinter/i.test(role)));
      assert.ok(rolesOf(text, 'Efua Mensah').some(role => /hurdler/.test(role)));
    });
  });

  describe('a US school named by its level alone (list org-heads)', () => {
    it('reads "X Elementary" as a body', () => {
      assert.ok(entityKinds('The board voted to close Birch Hollow Elementary in June.').includes('org:Birch Hollow Elementary'));
    });
  });

  describe('a young company named by its sector (list trade-nouns-before)', () => {
    it('reads "Fintech X" in a headline and "the start-up X" as the company', () => {
      const kinds = entityKinds('Fintech Norla raises $40m\n\nNorla, the payments start-up, said on Monday it had raised $40m.');
      assert.deepStrictEqual(kinds.filter(kind => kind.includes('Norla')), ['org:Norla']);
    });
  });
});
