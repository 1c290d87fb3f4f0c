// Kinds of round 22's racing set (fresh61): cycling teams named after sponsors ("X Pro Cycling", "Team X-Y", a team
// in a timed results line), a mountain named "Monte X", a nationality before a rider's name, a preposition the lexicon
// reads as an adjective opening a body's name, a phrase opening with a preposition after a comma, sportsmen described by
// their sport or nationality as speakers. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

function speakerOf(text: string, quoted: string): string | undefined {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(found => text.slice(found.start, found.end).includes(quoted));
  assert.ok(quote, `no quotation with ${quoted}`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name;
}

describe('racing copy (r22-racing)', () => {
  describe('cycling teams named after sponsors (org-heads "cycling"; rules sponsored-team, team-in-timed-result; club-name-prefixes "team")', () => {
    it('reads "X Pro Cycling" as a body', () => {
      const found = mentionLabels('Ivo Sandal, of Tarrowmere Pro Cycling, leads the race by 21 seconds.');
      assert.ok(found.includes('o:Tarrowmere Pro Cycling'), found.join(' | '));
      assert.ok(found.includes('p:Ivo Sandal'), found.join(' | '));
    });

    it('reads "Team X-Y" as a body and its name without "Team" as the same body', () => {
      const found = namedMentionLabels('Ivo Sandal, riding for Team Vardo-Kelso, won the stage.\n\nSTAGE 9\n1. Ivo Sandal (Denmark) Vardo-Kelso 4:51:07');
      assert.ok(found.includes('o:Team Vardo-Kelso:Team Vardo-Kelso'), found.join(' | '));
      assert.ok(found.includes('o:Team Vardo-Kelso:Vardo-Kelso'), found.join(' | '));
    });

    it('leaves "Team" before a known name, or before one word, alone', () => {
      const found = mentionLabels('Volunteers for Team Dana knocked on doors in Marwick.');
      assert.ok(!found.includes('o:Team Dana'), found.join(' | '));
      const joke = mentionLabels('Fans of the mayor, Ivo Sandal, call themselves Team Tarrow online.');
      assert.ok(!joke.includes('o:Team Tarrow'), joke.join(' | '));
    });

    it('reads the team after a rider\'s bracketed country, or in brackets before a time, as a body', () => {
      const lines = 'STAGE 9\n1. Ivo Sandal (Denmark) Vardo-Kelso 4:51:07\n2. Tom Wrede (Belgium) Marwick-Tarrow +0:38';
      const found = mentionLabels(lines);
      assert.ok(found.includes('o:Vardo-Kelso') && found.includes('o:Marwick-Tarrow'), found.join(' | '));
      assert.ok(!found.includes('o:Denmark') && !found.includes('o:Belgium'), found.join(' | '));
      const inline = mentionLabels('Ivo Sandal won the stage.\n\nStage 9: 1 Sandal (Vardo-Kelso) 4h51\'07"; 2 Wrede (Marwick-Tarrow) at 38".');
      assert.ok(inline.includes('o:Vardo-Kelso') && inline.includes('o:Marwick-Tarrow'), inline.join(' | '));
    });

    it('does not read a jockey in brackets before the odds as a team', () => {
      const found = mentionLabels('RESULT\n1 Harbour Lad (Dana Kelso) 6-1\n2 Quiet Tarn (Tom Wrede) 9-2');
      assert.ok(!found.some(label => label.startsWith('o:')), found.join(' | '));
    });
  });

  describe('a rider named beside a nationality (names.ts isDemonymBeforeUnknownName; gazetteer hasNationalityBeside)', () => {
    it('leaves a nationality before a given name the lexicon lacks out of the name, and keeps the rider a person', () => {
      const found = namedMentionLabels('Ivo Sandal lost the lead to Colombian Teo Varrancas on the last climb. Varrancas, 23, said he was happy.');
      assert.ok(found.includes('p:Teo Varrancas:Teo Varrancas'), found.join(' | '));
      assert.ok(found.includes('p:Teo Varrancas:Varrancas'), found.join(' | '));
    });

    it('keeps a nationality that opens a body\'s name or a course\'s title', () => {
      const course = mentionLabels('She taught the most popular elective, African Tarrowan Development.');
      assert.ok(!course.some(label => label === 'o:Tarrowan Development' || label.startsWith('p:')), course.join(' | '));
      const found = mentionLabels('Shares in Danish Vardo Airlines fell on Monday.');
      assert.ok(!found.includes('o:Vardo Airlines') || !found.includes('p:Vardo Airlines'), found.join(' | '));
      assert.ok(!found.some(label => label.startsWith('p:')), found.join(' | '));
    });

    it('does not read a rider named in a results line with his country as a team', () => {
      const found = mentionLabels('GENERAL CLASSIFICATION\n1. Teo Varrancas (Colombia) Vardo-Kelso 58:14:07');
      assert.ok(found.includes('p:Teo Varrancas'), found.join(' | '));
    });
  });

  describe('mountains and passes (list mountain-openers)', () => {
    it('reads "Monte X" and "Passo X" as places, not people', () => {
      const found = mentionLabels('Ivo Sandal attacked on the climb to Monte Tarrow and went over Passo Kelso alone.');
      assert.deepStrictEqual(found, ['p:Ivo Sandal']);
    });

    it('keeps a man named Monte a person where he has a post or a known surname', () => {
      const found = mentionLabels('"We will appeal," said Monte Dace, executive director of the Vardo Growers Association.');
      assert.ok(found.includes('p:Monte Dace'), found.join(' | '));
      assert.ok(mentionLabels('Monte Ellis said the plan was dead.').includes('p:Monte Ellis'));
      assert.ok(mentionLabels('The orchard was sold to grower Monte Dace in May.').includes('p:Monte Dace'));
    });
  });

  describe('openers and appositives', () => {
    it('leaves "Under" opening the sentence out of a body\'s name', () => {
      const found = mentionLabels('Under Kelso Racing Board rules, a result is reversed only on clear evidence.');
      assert.ok(found.includes('o:Kelso Racing Board'), found.join(' | '));
    });

    it('does not read a phrase opening with a preposition after a comma as an appositive naming a body', () => {
      const found = mentionLabels('Ivo Sandal won by 38 seconds ahead of Tom Wrede, with a group of favourites at a minute.');
      assert.ok(found.includes('p:Tom Wrede'), found.join(' | '));
      assert.ok(!found.includes('o:Tom Wrede'), found.join(' | '));
    });
  });

  describe('sportsmen described as speakers (quote-generic-person-heads; nationality after a quotation opening a paragraph)', () => {
    it('gives "the 24-year-old jockey said" to the jockey named before', () => {
      const text = 'The stewards banned Dana Kelso for two days. "I\'ll take the ban all day long," the 24-year-old jockey said.';
      assert.strictEqual(speakerOf(text, 'take the ban'), 'Dana Kelso');
    });

    it('gives "said the Italian" in a paragraph opening with the quotation to the one person of the paragraph before', () => {
      const text = 'Ivo Sandal won the stage.\n\nTom Vellani lost three minutes and then a penalty cost him 20 seconds more.\n\n"One bad day does not finish a race," said the Italian, who is 31.';
      assert.strictEqual(speakerOf(text, 'One bad day'), 'Tom Vellani');
    });

    it('gives no speaker when the paragraph before names two people', () => {
      const text = 'Tom Vellani and Ivo Sandal lost three minutes.\n\n"One bad day does not finish a race," said the Italian.';
      assert.strictEqual(speakerOf(text, 'One bad day'), undefined);
    });
  });

  describe('a horse\'s people by their trade (title-heads "trainer", "jockey")', () => {
    it('reads "His trainer, X," and "Irish trainer X" as roles', () => {
      const text = 'Quiet Tarn faded to fifth. His trainer, Dana Kelso, blamed the ground. Irish trainer Tom Wrede was second with jockey Ivo Sandal.';
      assert.ok(rolesOf(text, 'Dana Kelso').some(role => /trainer/.test(role)), rolesOf(text, 'Dana Kelso').join(' | '));
      assert.ok(rolesOf(text, 'Tom Wrede').some(role => /trainer/.test(role)), rolesOf(text, 'Tom Wrede').join(' | '));
      assert.ok(rolesOf(text, 'Ivo Sandal').some(role => /jockey/.test(role)), rolesOf(text, 'Ivo Sandal').join(' | '));
    });
  });

  describe('a sport\'s name alone is no short form of a team (clusters.ts findOrgShort; list sport-names)', () => {
    it('does not read "Racing" of a desk post as the racing syndicate named in the article', () => {
      const found = mentionLabels('By Dana Kelso, Racing Correspondent, at Marwick\n\nThe horse is owned by Tom Wrede\'s Tarrowmere Racing, which won in 2022.');
      assert.deepStrictEqual(found.filter(label => label.startsWith('o:')), ['o:Tarrowmere Racing']);
    });
  });
});
