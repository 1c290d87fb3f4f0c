// Individual-sport copy (round 20, r20-solo): tennis results with set scores after a player's name, players called
// by a nationality noun, racing teams named "<Name> Racing" / "<Name> Motorsport", and the posts of individual sport.
// Every sentence and name is invented.
import * as assert from 'assert';
import { entityKinds, namedMentionLabels, rolesOf } from '../support/entityQueries';

describe('a player before a tennis match\'s set scores', () => {
  it('reads the player named before the sets as a person, not a side of a match', () => {
    const kinds = entityKinds('Orla Tesk won the Vardo Indoors on Sunday, beating top seed Ivar Sandell 6-4 3-6 7-6 (7-4) in the final. Sandell said he was tired.');
    assert.ok(kinds.includes('person:Ivar Sandell') && !kinds.some(kind => kind.startsWith('org:Ivar')), kinds.join(', '));
  });

  it('joins the surname to the full name read so', () => {
    const labels = namedMentionLabels('Orla Tesk beat Ivar Sandell 6-2 6-1 in Marwick. Sandell left the court quickly.');
    assert.ok(labels.includes('p:Ivar Sandell:Sandell'), labels.join(', '));
  });

  it('still reads a side written beside one match score as a team', () => {
    const kinds = entityKinds('Full time: Vardo Rovers 2-2 Dunmarsh. Dunmarsh go through on away goals.');
    assert.ok(kinds.includes('org:Dunmarsh'), kinds.join(', '));
  });
});

describe('a player called by a nationality noun', () => {
  it('reads "the Dutchman" as no name, though it is the subject of reporting verbs', () => {
    const kinds = entityKinds('Ivar Sandell lost in three sets. The final ended with the Dutchman in a row with the umpire, and the Dutchman asked her to check the mark.');
    assert.deepStrictEqual(kinds, ['person:Ivar Sandell']);
  });

  it('reads "the 21-year-old Spaniard" and "his fellow Dane" as no names', () => {
    const kinds = entityKinds('Orla Tesk beat Ivar Sandell. The 21-year-old Spaniard told the crowd she was tired, and his fellow Dane said little.');
    assert.ok(!kinds.some(kind => /Spaniard|Dane/.test(kind)), kinds.join(', '));
  });

  it('keeps a first name that is also a nationality noun', () => {
    const kinds = entityKinds('Asked about the call, Finn Ostrow said it was out.');
    assert.ok(kinds.includes('person:Finn Ostrow'), kinds.join(', '));
  });
});

describe('racing teams named for a sponsor or a constructor', () => {
  it('reads "<Name> Racing" and "<Name> Motorsport" as bodies, also before a possessive', () => {
    const kinds = entityKinds('The championship leader, Ivar Sandell, won the race for Vardo Racing after a late penalty. Tarrow Motorsport\'s Dana Whitlock was third.');
    assert.ok(kinds.includes('org:Vardo Racing') && kinds.includes('org:Tarrow Motorsport') && kinds.includes('person:Dana Whitlock'), kinds.join(', '));
  });

  it('reads the sport\'s own name in a section label or a desk\'s post as no body', () => {
    const kinds = entityKinds('Pitlane Weekly | Racing | Race report\n\nBy Orla Tesk, Motor Racing Correspondent\n\nThe championship leader, Ivar Sandell, won the race for Vardo Racing after a late penalty.');
    assert.ok(!kinds.includes('org:Racing') && !kinds.includes('org:Motor Racing') && kinds.includes('org:Vardo Racing'), kinds.join(', '));
  });
});

describe('posts of individual sport', () => {
  it('reads an umpire, a physio and a seed before a name as posts', () => {
    const text = 'Orla Tesk, the top seed, argued with chair umpire Ivar Sandell and was treated by physio Dana Whitlock.';
    assert.deepStrictEqual(rolesOf(text, 'Ivar Sandell'), ['chair umpire']);
    assert.deepStrictEqual(rolesOf(text, 'Dana Whitlock'), ['physio']);
    assert.ok(rolesOf('Orla Tesk beat top seed Ivar Sandell in the final.', 'Ivar Sandell').includes('top seed'));
  });

  it('reads a driver\'s team-mate as a post', () => {
    const roles = rolesOf('Ivar Sandell leads by 19 points from his Kelso Racing team-mate Dana Whitlock.', 'Dana Whitlock');
    assert.ok(roles.some(role => /team-mate/.test(role)), roles.join(', '));
  });
});

describe('a byline closed by the venue', () => {
  it('finds the writer and the desk\'s post of "By X, <Desk> Correspondent, at <town>"', () => {
    const text = 'Sandell loses his temper and the final\n\nBy Orla Tesk, Motor Racing Correspondent, at Kelderwick\n\nIvar Sandell lost on Sunday.';
    assert.deepStrictEqual(rolesOf(text, 'Orla Tesk'), ['Motor Racing Correspondent']);
  });
});
