// Kinds of darts and snooker copy found by round 25's unseen set (r25-darts, fresh74): a nickname with an article in
// quotation marks between given name and surname (`Bram "The Anvil" Oosterveld`, `Dean 'The Hammer' Pell`), the
// nickname alone as the player later ("the Anvil was relentless"), a player named so as a side of a result ("beat X
// 7-4 in sets"), initials and a surname in a results line, a broadcaster's pundit or summariser, "Ref X", "amateur
// qualifier X", "<body> head of integrity X", a bookmaker named "<X> Bet" and "Sponsors X", a wire's dateline with a
// region and a date, and "the statement said" after an unnamed issuer. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

/** The speaker's canonical name of each quotation, in order ('-' for none). */
function speakers(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('darts and snooker copy kinds of round 25 (r25-darts)', () => {
  it('reads a nickname with an article in quotation marks inside a name as one person, and the nickname alone as that person', () => {
    const found = namedMentionLabels('Kelso beat Bram "The Anvil" Oosterveld 6-3 in sets. The Anvil had led 2-0 early on.');
    assert.ok(found.includes('p:Bram Oosterveld:Bram "The Anvil" Oosterveld'), found.join(', '));
    assert.ok(found.includes('p:Bram Oosterveld:Anvil'), found.join(', '));
  });

  it('reads the nickname alone after a lower-case "the" as the player, and gives the player the words he says', () => {
    const text = 'On Friday night Rhun "The Lantern" Maddox walked on to a roar. From there the Lantern was relentless.\n\n'
      + '"I felt every dart," the Lantern said.';
    assert.ok(namedMentionLabels(text).includes('p:Rhun Maddox:Lantern'), namedMentionLabels(text).join(', '));
    assert.deepStrictEqual(speakers(text), ['Rhun Maddox']);
  });

  it('reads a given name that is also a title before a nickname in single or double quotation marks as the first name', () => {
    assert.deepStrictEqual(mentionLabels("It took Dean 'The Hammer' Pell six years to win it."), ["p:Dean 'The Hammer' Pell"]);
    assert.deepStrictEqual(mentionLabels('Dean "The Hammer" Pell won the final on Sunday.'), ['p:Dean "The Hammer" Pell']);
  });

  it('does not take in a quoted title between two capitalised words, nor a lower-case nickname', () => {
    assert.ok(!mentionLabels('The band played Marwick "The Long Road" Tour dates.').some(label => label.includes('Long Road')));
    assert.ok(!mentionLabels('He lost to Omar "the pride of Kelso" Haddad in June.').some(label => label.includes('pride')));
  });

  it('reads initials and the surname of a player introduced with a nickname, in a results line, as that player', () => {
    const text = 'Bram "The Anvil" Oosterveld lost the final to Rhun Maddox.\n\nFINAL: R Maddox 7-4 B Oosterveld';
    const found = mentionLabels(text);
    assert.ok(found.includes('p:B Oosterveld') && !found.includes('o:B Oosterveld'), found.join(', '));
  });

  it('reads a broadcaster\'s pundit and summariser, a ref, a qualifier and a head of integrity as posts', () => {
    assert.deepStrictEqual(rolesOf('Vardo TV pundit Lia Kessel summed it up.', 'Lia Kessel'), ['Vardo TV pundit']);
    assert.deepStrictEqual(rolesOf('Kelso Radio summariser Ivo Brandt agreed on air.', 'Ivo Brandt'), ['Kelso Radio summariser']);
    assert.deepStrictEqual(rolesOf('Ref Tam Orrin called the last leg.', 'Tam Orrin'), ['Ref']);
    assert.deepStrictEqual(rolesOf('Spare a thought for amateur qualifier Jonas Pirrie of the Kelso Arms club.', 'Jonas Pirrie'), ['amateur qualifier']);
    assert.deepStrictEqual(rolesOf('Tour head of integrity Nessa Grail said nothing.', 'Nessa Grail'), ['Tour head of integrity']);
  });

  it('reads a bookmaker named "<X> Bet" and a firm after "Sponsors" as organisations without the common noun', () => {
    assert.deepStrictEqual(mentionLabels('We understand Tarrow Bet closed the market on Monday.'), ['o:Tarrow Bet']);
    assert.deepStrictEqual(mentionLabels('Sponsors Kelso Homes have offered the champion a deal.'), ['o:Kelso Homes']);
  });

  it('does not read a lower-case bet as a bookmaker', () => {
    assert.deepStrictEqual(mentionLabels('Ivo Brandt said it was the safest bet in years.'), ['p:Ivo Brandt']);
  });

  it('reads a wire dateline with a region and a date as a place, though a club shares the town\'s name', () => {
    const found = mentionLabels('PRESTON, England, Feb 9 (Vardo Wire) - Lia Kessel was banned on Monday over betting on two of her matches.');
    assert.ok(!found.some(label => /preston/i.test(label)), found.join(', '));
  });

  it('gives "the statement said" no speaker after an unnamed issuer, and the named issuer\'s body otherwise', () => {
    assert.deepStrictEqual(speakers('Ivo Sandal was banned on Monday, the tour said in a statement.\n\n"He accepts the ban," the statement said.'), ['-']);
    assert.deepStrictEqual(speakers('Lia Kelso was fined on Monday, Vardo Rovers said in a statement.\n\n"She accepts the fine," the statement said.'), ['Vardo Rovers']);
  });
});
