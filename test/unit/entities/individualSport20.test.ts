// Individual-sport copy (round 20, r20-solo): tennis results with set scores after a player's name, players called
// by a nationality noun, racing teams named "<Name> Racing" / "<Name> Motorsport", and the posts of individual sport.
// Every sentence and name is invented.
import * as assert from 'assert';
import { entityKinds, namedMentionLabels } from '../support/entityQueries';

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
