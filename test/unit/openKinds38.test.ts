// Kinds left open by earlier rounds (round 38): posts after "as" or "named" past an object, a department title before a
// surname that is also a body's head noun, a plural title set off before a list of names. Every sentence and name is
// invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';
import { assertSameLinks } from './support/linkParity';

describe('round 38 open kinds', () => {
  it('gives the post after "as" to the object of a verb of keeping or restoring, and after "whom … named" to the name', () => {
    assert.deepStrictEqual(rolesOf('The board voted to retain Lena Varga as treasurer.', 'Lena Varga'), ['treasurer']);
    assert.deepStrictEqual(rolesOf('The club has reinstated Tomas Brill as captain.', 'Tomas Brill'), ['captain']);
    assert.deepStrictEqual(rolesOf('Ola Brik, whom the president named informateur, said talks would begin.', 'Ola Brik'), ['informateur']);
    assert.deepStrictEqual(rolesOf('Ola Brik, whom the board appointed as chairman last year, said no.', 'Ola Brik'), ['chairman']);
    // "who" is the clause's subject: the post named is someone else's.
    assert.deepStrictEqual(rolesOf('Ola Brik, who named Pia Lund chairman, said no.', 'Ola Brik'), []);
    // "whom" with a verb of no appointing gives nothing.
    assert.deepStrictEqual(rolesOf('Ola Brik, whom the president met as mayor, said no.', 'Ola Brik'), []);
  });

  it('reads a department title before a given name and a surname that is a body\'s head noun as the person\'s post', () => {
    assert.deepStrictEqual(mentionLabels('Chief of Staff Tom Mills said the office was closed.'), ['p:Tom Mills']);
    assert.deepStrictEqual(rolesOf('Chief of Staff Tom Mills said the office was closed.', 'Tom Mills'), ['Chief of Staff']);
    assert.deepStrictEqual(rolesOf('The mayor said Secretary of State Ana Banks was tired.', 'Ana Banks'), ['Secretary of State']);
    // A firm named after its town and its mills stays a firm.
    assert.deepStrictEqual(mentionLabels('Kelso Mills said the plant would close.'), ['o:Kelso Mills']);
  });

  it('gives a plural title set off by a comma before a list of names to each listed person', () => {
    const text = 'Green co-leaders, Ana Pike and Joel Brandt, said the plan was wrong.';
    assert.deepStrictEqual(rolesOf(text, 'Ana Pike'), ['Green co-leaders']);
    assert.deepStrictEqual(rolesOf(text, 'Joel Brandt'), ['Green co-leaders']);
    assert.deepStrictEqual(rolesOf('The two senior ministers, Ana Pike and Joel Brandt, met the press.', 'Joel Brandt'), ['senior ministers']);
    // One name after the comma is no list of holders; nor is a list that runs on into a clause.
    assert.deepStrictEqual(rolesOf('Several ministers, Ana Pike among them, said no.', 'Ana Pike'), []);
    assert.deepStrictEqual(rolesOf('He thanked the ministers, Ana Pike and Joel Brandt said later.', 'Ana Pike'), []);
  });

  it('reads two posts stacked without a comma before a name as two roles, not a head that qualifies the next', () => {
    assert.deepStrictEqual(rolesOf('"We will act," said his campaign manager county chairman Tom Reyes.', 'Tom Reyes'), ['campaign manager', 'county chairman']);
    assert.deepStrictEqual(rolesOf('Dana Kelso met team manager defence coach Tom Reyes.', 'Tom Reyes'), ['team manager', 'defence coach']);
    assert.deepStrictEqual(rolesOf('Dana Kelso met deputy campaign manager Tom Reyes.', 'Tom Reyes'), ['deputy campaign manager']);
    assert.deepStrictEqual(rolesOf('Dana Kelso met former chief operating officer Tom Reyes.', 'Tom Reyes'), ['former chief operating officer']);
  });

  it('joins a department called by its remit alone to the one department named with it and its head noun', () => {
    assert.deepStrictEqual(namedMentionLabels('The Treasury said the figures were right. A Treasury Department spokesman, Kai Moss, said so.'),
      ['o:Treasury Department:Treasury', 'o:Treasury Department:Treasury Department', 'p:Kai Moss:Kai Moss']);
    assert.deepStrictEqual(namedMentionLabels('The Interior Ministry said no. Interior officials agreed.'), ['o:Interior Ministry:Interior Ministry']);
    // A remit of two departments ("Justice Department", "Justice Ministry") joins neither.
    assert.strictEqual(namedMentionLabels('The Justice Department said no. The Justice Ministry said yes. Justice said nothing.').includes('o:Justice Department:Justice'), false);
  });

  it('reads the capitalised plural of a party label after "the" as the party, not its members\' label', () => {
    assert.deepStrictEqual(mentionLabels('Jon Amsel said the Liberals had done well.'), ['p:Jon Amsel', 'o:Liberals']);
    assert.deepStrictEqual(mentionLabels('Labour took the seat from the Conservatives, said Jon Amsel.'), ['o:Labour', 'o:Conservatives', 'p:Jon Amsel']);
    assert.deepStrictEqual(mentionLabels('Jon Amsel said the Republicans had done well.'), ['p:Jon Amsel']);
    assert.deepStrictEqual(mentionLabels('The senator called on fellow Liberals to act.'), []);
  });

  it('links a legislature called by its head noun alone to the one body of another report named with its qualifier', () => {
    const groups = assertSameLinks(['The National Assembly passed the bill on Monday.', 'Ola Brik told the Assembly that the vote was close.']);
    assert.ok(groups.includes('0:National Assembly = 1:Assembly'), groups.join(' | '));
    const two = assertSameLinks(['The National Assembly and the Regional Assembly met on Monday.', 'Ola Brik told the Assembly that the vote was close.']);
    assert.ok(!two.some(group => group.includes('1:Assembly') && group.includes(' = ')), two.join(' | '));
  });

  it('reads a two-word name of unknown or personal words before "a haulier" as a person, a firm\'s name as a firm', () => {
    assert.deepStrictEqual(mentionLabels('Tamsin Rowe, a haulier, said trade was slow.'), ['p:Tamsin Rowe']);
    assert.deepStrictEqual(rolesOf('Ivo Brandt, a haulier from Kelso, agreed.', 'Ivo Brandt'), ['haulier from Kelso']);
    assert.deepStrictEqual(mentionLabels('Corbel Freight, a haulier, said trade was slow.'), ['o:Corbel Freight']);
  });

  it('reads one word after a plural title and no list as a side called by its part in the match, not a listed person', () => {
    assert.deepStrictEqual(namedMentionLabels('Vardo Town beat Kelso Rovers 2-1 on Saturday. Hosts Vardo scored first.'),
      ['o:Vardo Town:Vardo Town', 'o:Kelso Rovers:Kelso Rovers', 'o:Vardo Town:Vardo']);
    assert.deepStrictEqual(mentionLabels('Presidents Varga and Brenner met on Monday.'), ['p:Varga', 'p:Brenner']);
  });

  it('reads a player\'s ranking before the name as a post, with the post and comma before it', () => {
    assert.deepStrictEqual(rolesOf('Her coach, former world No 3 Ida Sandberg, said the match was hard.', 'Ida Sandberg'), ['coach', 'former world No 3']);
    assert.deepStrictEqual(rolesOf('Former world number one Tom Reyes said he was tired.', 'Tom Reyes'), ['Former world number one']);
    assert.deepStrictEqual(rolesOf('The world has 3 Tom Reyes fans.', 'Tom Reyes'), []);
  });

  it('reads a tennis venue\'s show court as no body, a court of law still as one', () => {
    assert.deepStrictEqual(mentionLabels('The final on Centre Court lasted three hours, said Tom Hale.'), ['p:Tom Hale']);
    assert.deepStrictEqual(mentionLabels('Kelso Crown Court heard the case.'), ['o:Kelso Crown Court']);
  });

  it('keeps a title before a nationality and a full name as the person\'s post, but not "Fellow"', () => {
    assert.deepStrictEqual(rolesOf('Captain American Joe Rand said he was pleased.', 'Joe Rand'), ['Captain']);
    assert.deepStrictEqual(rolesOf('Fellow American Dan Kell agreed.', 'Dan Kell'), []);
  });

  it('reads two given names before one surname as two people when a pair\'s noun opens the sentence', () => {
    assert.deepStrictEqual(namedMentionLabels('Parents Tam and Ilse Morrow said the school had failed their son.'), ['p:Tam Morrow:Tam', 'p:Ilse Morrow:Ilse Morrow']);
    assert.deepStrictEqual(namedMentionLabels('Mark and Dana Ellery said they had lost their home.'), ['p:Mark Ellery:Mark', 'p:Dana Ellery:Dana Ellery']);
  });
});
