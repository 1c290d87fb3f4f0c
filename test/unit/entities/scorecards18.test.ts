// Cricket and rugby copy (round 18, r18-sport): players named with their figures inside a scorecard's brackets, the
// side whose total opens the brackets, a player named by an initial and a surname beside the full name, and cricket's
// and rugby's places in the side as club posts. Every sentence is invented.
import * as assert from 'assert';
import { entityKinds, namedMentionLabels } from '../support/entityQueries';

describe('scorecards in cricket copy', () => {
  it('reads names with bowling figures or runs in the brackets after a total as players, and the side as a team', () => {
    assert.deepStrictEqual(
      entityKinds('Dunmarsh 287-6 dec (P Ostrow 91; Venn 3-58, Halse 2-71) beat Carlow 160 (Tesk 44 & 19).'),
      ['org:Carlow', 'org:Dunmarsh', 'person:Halse', 'person:P Ostrow', 'person:Tesk', 'person:Venn'],
    );
  });

  it('reads the side before two innings\' totals and their brackets as a team', () => {
    const kinds = entityKinds('Result: Dunmarsh won by an innings. Carlow 148 & 141 (Tesk 52 & 38, Halse 17 & 24).');
    assert.ok(kinds.includes('org:Carlow') && kinds.includes('person:Tesk'), kinds.join(', '));
  });

  it('leaves a bracket that follows no total alone', () => {
    // An aside in brackets with a number after a name is no scorecard: no team is read into it.
    const kinds = entityKinds('The ground (Orrey Lane 2) was flooded, the stewards said.');
    assert.ok(!kinds.includes('person:Orrey Lane') && !kinds.includes('org:Orrey Lane'), kinds.join(', '));
  });
});

describe('an initial and a surname', () => {
  it('joins the one person named in full with that initial and surname, written before or after', () => {
    assert.deepStrictEqual(
      namedMentionLabels('Carlow 160 (Venn 3-58; K Ostrow 4-40). Kira Ostrow took eight wickets in the match.'),
      ['o:Carlow:Carlow', 'p:Venn:Venn', 'p:Kira Ostrow:K Ostrow', 'p:Kira Ostrow:Kira Ostrow'],
    );
  });

  it('joins neither of two people who share the initial and the surname', () => {
    const labels = namedMentionLabels('Kira Ostrow and Kai Ostrow both played. K Ostrow took four wickets.');
    assert.ok(!labels.includes('p:Kira Ostrow:K Ostrow') && !labels.includes('p:Kai Ostrow:K Ostrow'), labels.join(', '));
  });

  it('joins no one whose given name starts with another letter', () => {
    const labels = namedMentionLabels('Mira Ostrow bowled well. Later D Ostrow took four wickets.');
    assert.ok(!labels.includes('p:Mira Ostrow:D Ostrow'), labels.join(', '));
  });
});

describe('cricket and rugby places in the side as club posts', () => {
  it('reads the name before "seamer", "opener" or "flanker" and a person as the club', () => {
    assert.ok(entityKinds('Dunmarsh opener Tam Orrey made 40.').includes('org:Dunmarsh'));
    assert.ok(entityKinds('Carlow flanker Rhys Dane was cited after the match.').includes('org:Carlow'));
  });

  it('reads "the <club> seamer" closing an appositive as the club, not a country', () => {
    assert.ok(entityKinds('Orla Venn, the Dunmarsh seamer, took five wickets.').includes('org:Dunmarsh'));
    assert.ok(!entityKinds('Orla Venn, the England seamer, took five wickets.').includes('org:England'));
  });
});

describe('a cricket dismissal', () => {
  it('reads the batter, the fielder and the bowler of "X, caught Y bowled Z" as players, not a side', () => {
    const kinds = entityKinds('Resuming on 96-4, the visitors lost Ferrow, caught Orrey bowled Venn, for 38.');
    assert.ok(!kinds.some(kind => kind.startsWith('org:')), kinds.join(', '));
  });

  it('leaves a side bowled out a side', () => {
    assert.ok(entityKinds('Dunmarsh host Carlow on Sunday. Carlow bowled Dunmarsh out for 148 to win the match.').includes('org:Dunmarsh'));
  });
});

describe('a league named "X Premiership"', () => {
  it('reads it as a body, like "X League"', () => {
    assert.ok(entityKinds('The Sharks are sixth in the Northmoor Premiership, Dana Venn said.').includes('org:Northmoor Premiership'));
  });
});
