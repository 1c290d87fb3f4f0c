// Kinds of elections-abroad and coalition-talks copy found by round 37's unseen set (r37-elections, fresh112): a party
// called by its members' plural beside its full name ("the Liberals" / "Liberal Alliance", "the Social Democrats" /
// "Social Democratic Party"); a legislature written alone by its head noun ("the 150-seat Assembly"); the go-between a
// head of state appoints in coalition talks ("informateur X"); a country before "coalition talks" read as a body; and a
// verdict given as blame ("X blamed “…”"). Every sentence is invented.
import * as assert from 'assert';
import { aliasesOf, mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('elections-abroad and coalition-talks copy kinds of round 37 (r37-elections)', () => {
  it('reads a party\'s members\' plural beside its full name as that party, one body', () => {
    const text = 'The Agrarian Alliance won 23 seats in Sunday\'s vote. Talks with the Agrarians would start on Monday, said Oskana Veld.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Agrarian Alliance', 'o:Agrarians', 'p:Oskana Veld']);
    assert.deepStrictEqual(aliasesOf(text, 'Agrarian Alliance'), ['Agrarians']);
  });

  it('turns a party\'s adjective in "-ic" into its members\' noun ("Christian Democratic Union" / "the Christian Democrats")', () => {
    const text = 'The Christian Democratic Union lost nine seats. Marek Tollan said the Christian Democrats would go into opposition.';
    assert.deepStrictEqual(aliasesOf(text, 'Christian Democratic Union'), ['Christian Democrats']);
  });

  it('leaves a people\'s word and a member\'s label apart from a body named after them', () => {
    const text = 'The European Union sent observers, and the Republican Party sent none. Europeans and Republicans were told to wait, said Ilse Darrow.';
    assert.ok(!mentionLabels(text).includes('o:Europeans'));
    assert.ok(!mentionLabels(text).includes('o:Republicans'));
  });

  it('reads a legislature\'s head alone after "the" or a seat count as a body', () => {
    assert.deepStrictEqual(mentionLabels('The Farmers\' Union won 12 seats in the 200-seat Parliament, said Ruta Kovanen.'), ['o:Farmers\' Union', 'o:Parliament', 'p:Ruta Kovanen']);
    assert.ok(mentionLabels('Ruta Kovanen said her party would be the largest in the Assembly after the count.').includes('o:Assembly'));
  });

  it('reads the go-between of coalition talks as a post before and after a name', () => {
    const text = 'Informateur Benedikt Ostrova met the leaders on Friday. The president named Ilse Marrow formateur on Monday.';
    assert.deepStrictEqual(rolesOf(text, 'Benedikt Ostrova'), ['Informateur']);
    assert.deepStrictEqual(rolesOf(text, 'Ilse Marrow'), ['formateur']);
  });

  it('reads a country before "coalition talks" as the place they happen in, no body', () => {
    assert.deepStrictEqual(mentionLabels('The Norvaly coalition talks ended on Friday, said Aino Reske.'), ['p:Aino Reske']);
    assert.deepStrictEqual(mentionLabels('Aino Reske said Norvaly coalition negotiations had stalled.'), ['p:Aino Reske']);
    assert.ok(mentionLabels('Leaders of the Norvaly coalition met on Friday, said Aino Reske.').includes('o:Norvaly'));
  });

  it('credits a quotation to the one who "blamed" it', () => {
    const text = 'The Farmers\' Union lost six seats, and a Liberal mayor in Orvik, Leni Sarkis, blamed “a campaign run from the capital”. Anders Holm said nothing.';
    assert.strictEqual(speakerOf(text, 'a campaign run'), 'Leni Sarkis');
  });
});
