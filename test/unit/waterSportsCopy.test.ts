// Kinds of rowing and sailing copy found by round 28's unseen set (r28-regatta, fresh86): crews listed by seat with
// each member's college in brackets ("bow X (Greyfriars), 2 Y (Ormond) …"), posts aboard as titles ("cox X", "stroke X",
// "X's navigator, Y,"), clubs by the initials of their form ("Kelso Vale RC", "the Marwick YC"), an event's organising
// company after its title ("Race organiser Vardo Sport Management"), sailing's Olympic country codes and scoring codes
// in results tables ("(Dana Marr, IRL)", "RET"), a crew list's heading in capitals ("CREWS"), a race's name standing for
// the picture agency in a credit ("Photo: Kelso Ocean Race/Dan Quarrie"), a wire headline's sport slug glued to the
// name ("SAILING-Kelso Energy wins leg"), a course marker ("the Mile Post"), a nationality of two words before a name
// ("South African X") and between a role's comma and the name ("her navigator, Kenyan X"), and a speaker placed by a
// country that takes "the" ("X of the Netherlands said"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** The speaker's canonical name of each quotation, in order ('-' for none). */
function speakers(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('rowing and sailing copy kinds of round 28 (r28-regatta)', () => {
  const crew = 'TARROW: bow Tom Vale (Greyfriars), 2 Sam Hale (Ormond), 3 Ivo Brandt (Greyfriars), 4 Ben Tull (Wilfrid House), cox Ann Marr (Ormond, president).';

  it('reads the words in brackets after each name of a crew list as the member\'s college, a body', () => {
    const found = mentionLabels(crew);
    for (const college of ['o:Greyfriars', 'o:Ormond', 'o:Wilfrid House']) {
      assert.ok(found.includes(college), found.join(', '));
    }
    assert.ok(found.includes('p:Tom Vale') && found.includes('p:Ann Marr'), found.join(', '));
    assert.ok(!found.includes('p:Wilfrid House'), found.join(', '));
  });

  it('does not make one bracketed word a body outside such a list, nor a country\'s code in one', () => {
    assert.ok(!mentionLabels('Tom Vale (Greyfriars) won the sculls.').includes('o:Greyfriars'));
    const heats = mentionLabels('Heats: Tom Vale (GBR), Sam Hale (NZL), Ivo Brandt (IRL), Ben Tull (AUS).');
    assert.deepStrictEqual(heats.filter(label => label.startsWith('o:')), [], heats.join(', '));
  });

  it('gives crew members their seats and posts aboard as roles', () => {
    assert.deepStrictEqual(rolesOf(crew, 'Tom Vale'), ['bow']);
    assert.deepStrictEqual(rolesOf(crew, 'Ann Marr'), ['cox']);
    assert.ok(rolesOf('Kelso Energy\'s navigator, Lena Holm, took the boat south.', 'Lena Holm').some(role => /navigator/.test(role)));
    assert.ok(rolesOf('The crew was steered by helmsman Piet Aalst all night.', 'Piet Aalst').some(role => /helmsman/.test(role)));
  });

  it('keeps "Stroke" and "Bow" capitalised as words of a name, not posts', () => {
    const found = mentionLabels('The Stroke Association funded the clinic, Ann Marr said.');
    assert.ok(found.includes('o:Stroke Association'), found.join(', '));
  });

  it('reads a rowing or yacht club by the initials of its form as a body, and joins it to the full name', () => {
    const found = mentionLabels('Tom Vale, who learned to row at Kelso Water RC, won. Anna Brook sails for the Marwick YC.');
    assert.ok(found.includes('o:Kelso Water RC') && found.includes('o:Marwick YC'), found.join(', '));
    const analysis = analyzeText('Ann Marr rows for Kelso Water Rowing Club. Later, Kelso Water RC said she would stay.');
    const clubs = analysis.entities.filter(entity => entity.kind === 'org');
    assert.strictEqual(clubs.length, 1, clubs.map(entity => entity.name).join(', '));
  });

  it('reads an event\'s organising company after a title noun as a body, not a person', () => {
    const found = mentionLabels('Race organiser Vardo Sport Management said the leg would start on Friday.');
    assert.deepStrictEqual(found, ['o:Vardo Sport Management']);
  });

  it('reads sailing\'s country codes and a crew list\'s heading as no bodies', () => {
    const found = mentionLabels('CREWS\n\n1 Kelso Energy (Ann Marr, IRL) 4d 03h\n2 Orrin Bank (Ivo Brandt, GBR) 4d 05h');
    assert.deepStrictEqual(found, ['o:Kelso Energy', 'p:Ann Marr', 'o:Orrin Bank', 'p:Ivo Brandt']);
  });

  it('reads a rowing course\'s steps as a place', () => {
    assert.deepStrictEqual(mentionLabels('From Kelso Steps the crew moved away, Ann Marr said.'), ['p:Ann Marr']);
  });

  it('reads a course marker named by a unit of distance as a place, not a paper named "Post"', () => {
    assert.deepStrictEqual(mentionLabels('The crews were level at the Mile Post, Ann Marr said.'), ['p:Ann Marr']);
    assert.ok(mentionLabels('The Kelso Post said the crews were level.').includes('o:Kelso Post'));
  });

  it('leaves a nationality of two words out of the name after it and keeps the role before the comma', () => {
    assert.ok(mentionLabels('Ann Marr thanked South African Pieter Duvenhage on Monday.').includes('p:Pieter Duvenhage'));
    assert.ok(mentionLabels('Ann Marr flew South African Airways on Monday.').includes('o:South African Airways'));
    assert.ok(rolesOf('Ann Marr credited her navigator, Kenyan Pieter Duvenhage, with the win.', 'Pieter Duvenhage').some(role => /navigator/.test(role)));
  });

  it('reads the photographer after a race\'s name in a credit as a person', () => {
    const found = mentionLabels('Kelso Energy crosses the line at dawn. Photo: Kelso Ocean Race/Dan Quarrie\n\nKelso Energy won the leg.');
    assert.ok(found.includes('p:Dan Quarrie'), found.join(', '));
    assert.ok(!found.includes('o:Dan Quarrie'), found.join(', '));
  });

  it('leaves a wire headline\'s sport slug out of the name it is glued to', () => {
    const found = mentionLabels('SAILING-Kelso Energy wins second leg\n\nKelso Energy won the second leg on Monday.');
    assert.deepStrictEqual(found, ['o:Kelso Energy', 'o:Kelso Energy']);
    assert.ok(mentionLabels('Talks on the NATO-Vardo pact resumed.').length <= 2);
  });

  it('credits a quotation to a person placed by a country that takes "the"', () => {
    assert.deepStrictEqual(speakers('"The protest is dismissed," jury chairman Piet Aalst of the Netherlands said.'), ['Piet Aalst']);
    assert.deepStrictEqual(speakers('"The protest is dismissed," Piet Aalst of the Philippines said on Thursday.'), ['Piet Aalst']);
    assert.deepStrictEqual(speakers('"It is over," the head of the Kelso Ocean Race said.'), ['-']);
  });
});
