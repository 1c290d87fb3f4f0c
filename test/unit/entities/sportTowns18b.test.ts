// A town an away fixture goes to, standing for its club in sports copy; a club's name atop its own website; a paper
// named by "Daily" and a word of its own, called by that word alone (round 18b, r18b-sport). Every sentence is
// invented.
import * as assert from 'assert';
import { entityKinds, mentionLabels } from '../support/entityQueries';

const MATCH = 'Dunmore beat Carlow 2-1 on Saturday, and Dana Venn was sent off.';

describe('a town an away fixture goes to, in sports copy', () => {
  it('reads the town after "travel to" as a club where the document shows a side of a match', () => {
    const kinds = entityKinds(`${MATCH} Carlow, now ninth, travel to Brenmoor next week.`);
    assert.ok(kinds.includes('org:Brenmoor'), kinds.join(', '));
  });

  it('reads the town\'s other uses as the club too ("a performance at Brenmoor")', () => {
    const kinds = entityKinds(`${MATCH} “We owe the members a win at Brenmoor,” Venn said. Carlow travel to Brenmoor on Sunday.`);
    assert.ok(kinds.includes('org:Brenmoor'), kinds.join(', '));
  });

  it('leaves the town a place outside sports copy or where it is placed "in"', () => {
    assert.ok(!entityKinds('The choir will travel to Brenmoor next week, Dana Venn said.').includes('org:Brenmoor'));
    assert.ok(!entityKinds(`${MATCH} Venn lives in Brenmoor, and Carlow travel to Brenmoor next week.`).includes('org:Brenmoor'));
  });

  it('leaves a nationality before its noun after "a move to" alone', () => {
    assert.ok(!entityKinds(`${MATCH} He blocked a move to Italian giants Carlow FC.`).includes('org:Italian'));
  });
});

describe('a club\'s name atop its own website', () => {
  it('reads "<Town> County Cricket Club" on the first line above a breadcrumb as the club', () => {
    const kinds = entityKinds(`Brenmoor County Cricket Club\nHome > News > First XI\n\nBrenmoor beaten at Carlow\n\n${MATCH}`);
    assert.ok(kinds.includes('org:Brenmoor County Cricket Club'), kinds.join(', '));
  });
});

describe('a paper called by its own word', () => {
  it('reads "told the Kestrel" beside the masthead "The Daily Kestrel" as the paper', () => {
    const labels = mentionLabels('The Daily Kestrel | Sport | Rugby union\n\nOne player, who asked not to be named, told the Kestrel: "We want answers."');
    assert.ok(labels.includes('o:Kestrel'), labels.join(', '));
    // Round 33 (rule common-word-outlet): "told the" and one capitalised common word is a publication without the masthead too.
    assert.ok(mentionLabels('One player, who asked not to be named, told the Kestrel: "We want answers."').includes('o:Kestrel'));
  });
});
