// Kinds of lower-league and Scottish/Irish football club copy found by round 35's unseen set (r35-clubs, fresh107): a
// club named "X Celtic" read as a person; a scorers line that gives each goal's minute in brackets ("Brandt (12)") read
// as sides; a minute-by-minute report's event label in capitals ("23 min: GOAL.") read as a body's abbreviation; a
// tabloid's lead name in capitals ("DANA MARR is facing …") dropped, so the surname alone later found no one; a byline
// with the writer's post and the outlet after it dropped whole; a bare plural nickname opening a sentence before a
// verb of the match ("The Kestrels lead again"); "sit" as a club's plural verb ("Kelso sit bottom"); and an aged
// demonym opening the paragraph before a colon ("The 38-year-old Welshman … added:") crediting no one. Every
// sentence is invented.
import * as assert from 'assert';
import { aliasesOf, mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('lower-league and Scottish/Irish football club copy kinds of round 35 (r35-clubs)', () => {
  it('reads a club named "X Celtic" as a club, like "X Thistle" and "X Academical"', () => {
    assert.deepStrictEqual(mentionLabels('Dunmarra Celtic or Kilbrack Thistle will meet Tarrow Rovers in the final.'),
      ['o:Dunmarra Celtic', 'o:Kilbrack Thistle', 'o:Tarrow Rovers']);
  });

  it('reads the names before bracketed minutes in a scorers line as players, the sides before the colons as clubs', () => {
    const text = 'Harwick Athletic 2 Tollcross Rovers 1\n\nScorers: Harwick: Pellow (12), Marrin-Ash (80). Tollcross: Orvane (61).\n\nSent off: Orvane (70).';
    assert.deepStrictEqual(mentionLabels(text),
      ['o:Harwick Athletic', 'o:Tollcross Rovers', 'o:Harwick', 'p:Pellow', 'p:Marrin-Ash', 'o:Tollcross', 'p:Orvane', 'p:Orvane']);
  });

  it('reads a minute-by-minute entry\'s event in capitals as no body', () => {
    const text = 'Harwick Athletic 1 Tollcross Rovers 0\n\n17 min: GOAL. Ivo Pellow turns in a low cross.\n\n52 mins: RED CARD. Tollcross are down to ten.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Harwick Athletic', 'o:Tollcross Rovers', 'p:Ivo Pellow', 'o:Tollcross']);
  });

  it('reads a tabloid\'s lead name in capitals as the person, whose surname alone then joins it', () => {
    const text = 'Fine for derby boss\n\nORLA VANTREE is facing a fine after the derby.\n\nVantree said nothing.';
    assert.deepStrictEqual(mentionLabels(text), ['p:ORLA VANTREE', 'p:Vantree']);
    assert.ok(aliasesOf(text, 'ORLA VANTREE').includes('Vantree') || aliasesOf(text, 'Orla Vantree').includes('Vantree'), mentionLabels(text).join(', '));
  });

  it('keeps a headline in capitals that goes on in capitals as a headline', () => {
    assert.deepStrictEqual(mentionLabels('ORLA VANTREE SEES RED\n\nThe fine was confirmed on Monday.'), []);
  });

  it('reads a byline with the writer\'s post and the outlet after it: the writer, the post and the outlet', () => {
    const text = 'Derby ends in draw\n\nBy Ewan Talbride, Chief Rugby Writer, The Marwick Clarion\n\nThe derby ended level.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ewan Talbride', 'o:Marwick Clarion']);
    assert.deepStrictEqual(rolesOf(text, 'Ewan Talbride'), ['Chief Rugby Writer']);
  });

  it('reads a bare plural nickname opening a sentence before a verb of the match as a club, in sports copy only', () => {
    assert.deepStrictEqual(mentionLabels('Harwick Athletic beat Tollcross Rovers 2-1 on Saturday. The Kestrels lead the table again. The Wheelwrights have won twice.'),
      ['o:Harwick Athletic', 'o:Tollcross Rovers', 'o:Kestrels', 'o:Wheelwrights']);
    assert.deepStrictEqual(mentionLabels('The Pattersons were at home when the fire began, said the fire service.'), []);
  });

  it('reads a town alone before "sit" in the table as its club', () => {
    assert.deepStrictEqual(mentionLabels('Brandon Rovers were docked ten points on Monday. After the deduction Brandon sit bottom, ten points from safety.'),
      ['o:Brandon Rovers', 'o:Brandon']);
  });

  it('credits an aged demonym opening the paragraph before a colon to the person the copy is about', () => {
    const text = 'Dara Quill was furious after the final.\n\nThe 38-year-old Welshman, who took the club up two divisions, added: “We were robbed.”';
    assert.strictEqual(speakerOf(text, 'We were robbed'), 'Dara Quill');
    assert.strictEqual(speakerOf('Dara Quill was furious after the final.\n\n“We were robbed,” said the 38-year-old Welshman.', 'We were robbed'), 'Dara Quill');
  });

  it('credits no one when the person named before has another nationality', () => {
    const text = 'Dutch striker Dara Quill was furious after the final.\n\nThe 38-year-old Welshman added: “We were robbed.”';
    assert.strictEqual(speakerOf(text, 'We were robbed'), null);
  });
});
