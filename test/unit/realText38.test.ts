// Kinds found by round 38's read of unannotated real political copy (thirty articles, read beside the analysis) and by
// invented match reports of the shapes British football copy uses: a club's last word alone opening a sentence (also
// in the possessive before a post), the other side of a match joined by "lost to" or "were held by", a channel number
// that counts years, a month before an outlet's name, "I’m" and "I’ve" read as names, a given name that is a common
// word dropped before its surname, a listed company's name that is a named man's surname, a pipeline and a mansion
// read as people. Every sentence and name is invented.
import * as assert from 'assert';
import { entityKinds, namedMentionLabels, rolesOf } from './support/entityQueries';

/** The mentions of bodies only, each as "o:canonical name:text", in text order. */
function bodyMentions(text: string): string[] {
  return namedMentionLabels(text).filter(label => label.startsWith('o:'));
}

describe('round 38 real text: clubs in match reports', () => {
  const report = [
    'Kelso Rovers 2 Vardo Town 1',
    'Kelso Rovers came from behind to beat Vardo Town at Harlow Lane on Saturday, with Dario Penhale scoring twice.',
    'Town had led through a header from Mikel Ostrander, but Rovers\' manager Gary Thewlis said his side deserved it.',
    'Brenton United were held to a goalless draw at Marlow Athletic, while Selby Wanderers lost against Castlebrook City.',
    'City have now won six of their last eight games, and Wanderers sacked their manager, Phil Dorning, on Sunday.',
    'United have a game in hand on Rovers, and Athletic travel to Selby Wanderers next weekend.',
    'Result: Castlebrook City 3 Selby Wanderers 0.',
  ].join('\n\n');

  it('finds every club of a report as a body and joins each short form to its club', () => {
    const labels = bodyMentions(report);
    const clubs = ['Kelso Rovers', 'Vardo Town', 'Brenton United', 'Marlow Athletic', 'Selby Wanderers', 'Castlebrook City'];
    assert.deepStrictEqual([...new Set(labels.map(label => label.split(':')[1]))].sort(), [...clubs].sort());
    for (const [club, short] of [['Kelso Rovers', 'Rovers'], ['Vardo Town', 'Town'], ['Selby Wanderers', 'Wanderers'], ['Castlebrook City', 'City'],
      ['Brenton United', 'United'], ['Marlow Athletic', 'Athletic']]) {
      assert.ok(labels.includes(`o:${club}:${short}`), `${short} should join ${club}: ${labels.join(', ')}`);
    }
  });

  it('reads a club\'s last word alone opening a sentence before a verb as the club, never before a noun or without the club', () => {
    assert.deepStrictEqual(bodyMentions('Tarrow City beat Vardo Rovers 2-1 on Saturday.\n\nCity have won five in a row.'),
      ['o:Tarrow City:Tarrow City', 'o:Vardo Rovers:Vardo Rovers', 'o:Tarrow City:City']);
    assert.deepStrictEqual(bodyMentions('Dunmore United lost 3-0 at home.\n\nUnited were booed off at the end.'),
      ['o:Dunmore United:Dunmore United', 'o:Dunmore United:United']);
    // A common noun before a noun, and a city with no club of that ending in the story, stay common words.
    assert.deepStrictEqual(entityKinds('The mayor spoke on Monday.\n\nCity officials said the road would close.\n\nCity has approved a budget.'), []);
  });

  it('reads a club\'s last word alone in the possessive before a sports post as the club, the post staying the player\'s', () => {
    const text = 'Kelso Rovers beat Castlebrook City 2-1 on Saturday.\n\nCity\'s striker Aaron Pelling scored twice.\n\nCity\'s captain, Lewis Garnock, was booked.';
    assert.deepStrictEqual(bodyMentions(text), ['o:Kelso Rovers:Kelso Rovers', 'o:Castlebrook City:Castlebrook City', 'o:Castlebrook City:City', 'o:Castlebrook City:City']);
    assert.deepStrictEqual(rolesOf(text, 'Aaron Pelling'), ['City\'s striker']);
    // A town's own possessive before a noun that is no sports post stays the town's.
    assert.deepStrictEqual(entityKinds('The mayor spoke on Monday.\n\nCity\'s budget was cut by 5 per cent.\n\nCounty\'s manager said the roads were safe.'), []);
  });

  it('reads the other side of "lost to", "lost against" and "were held by" a club as a club too', () => {
    assert.deepStrictEqual(bodyMentions('Kelso Town lost to Vardo Rovers on Saturday.'), ['o:Kelso Town:Kelso Town', 'o:Vardo Rovers:Vardo Rovers']);
    assert.deepStrictEqual(bodyMentions('Selby Wanderers lost against Harlow City at the weekend.'), ['o:Selby Wanderers:Selby Wanderers', 'o:Harlow City:Harlow City']);
    assert.deepStrictEqual(bodyMentions('Marlow Athletic were held by Kelso Town.'), ['o:Marlow Athletic:Marlow Athletic', 'o:Kelso Town:Kelso Town']);
    // After "in" the town is where someone lives, as before.
    assert.deepStrictEqual(bodyMentions('He lives in Kelso Town with his family and supports Vardo Rovers.'), ['o:Vardo Rovers:Vardo Rovers']);
  });
});

describe('round 38 real text: spans, contractions and kinds from political copy', () => {
  it('ends an outlet\'s name before a number that counts years, so its first word alone still joins it', () => {
    const text = 'Dana Kelso left Heron News 15 years ago.\n\nAfter Heron ran the story, rivals followed.\n\nShe went back to Heron News.';
    assert.deepStrictEqual(bodyMentions(text), ['o:Heron News:Heron News', 'o:Heron News:Heron', 'o:Heron News:Heron News']);
    // A channel number still closes a station's name.
    assert.deepStrictEqual(bodyMentions('Viewers tuned in to KXBQ News 11 on Friday.'), ['o:KXBQ News 11:KXBQ News 11']);
  });

  it('leaves a month after an article out of the outlet\'s name it dates', () => {
    assert.deepStrictEqual(bodyMentions('A September Kelso Herald survey put the mayor ahead. The Kelso Herald said so.'),
      ['o:Kelso Herald:Kelso Herald', 'o:Kelso Herald:Kelso Herald']);
  });

  it('never reads "I’m" or "I’ve" as a name or a name\'s first word', () => {
    assert.deepStrictEqual(entityKinds('Later she wrote: I’m tired of waiting. I’ve never met Dana Kelso.'), ['person:Dana Kelso']);
    assert.deepStrictEqual(entityKinds('He told the meeting: I\'m staying put. I\'ll work with Tomas Ervald.'), ['person:Tomas Ervald']);
  });

  it('reads a listed company\'s name as the surname of the man named in full when it says "he"', () => {
    const text = 'Senator Nils Ford spoke first. Ford said he would run again. Ford turned 60 in May.';
    assert.deepStrictEqual(entityKinds(text), ['person:Nils Ford']);
  });

  it('keeps a given name that is also a common word opening a sentence before a past verb, so its surname joins no namesake', () => {
    const text = 'Nora Kelso opened the campaign on Monday.\n\nKelso said the plan was weak.\n\nBill Kelso joined the fight late, calling the plan a mistake.';
    assert.deepStrictEqual(entityKinds(text), ['person:Bill Kelso', 'person:Nora Kelso']);
    // A modal's question keeps its bare verb: "Will" is no given name there.
    assert.deepStrictEqual(entityKinds('Nora Kelso spoke.\n\nWill Kelso win the seat?'), ['person:Nora Kelso']);
  });

  it('reads a pipeline and a mansion as places, not people', () => {
    assert.deepStrictEqual(entityKinds('Farmers along the route fought the Tarrow Pipeline for years.'), []);
    assert.deepStrictEqual(entityKinds('The family sold Harwood Mansion in 1998.'), []);
  });
});
