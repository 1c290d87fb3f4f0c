// Kinds of football transfer-window and club-takeover copy found by round 27's unseen set (r27-transfer, fresh81): a
// shirt number written "No 9" read as a person named "No" (and as the last word of the club's name before it), a club's
// plural nickname ("the Quarrymen") left a body of its own beside the club the copy had just named, a club's town alone
// after a verb of buying or selling ("bought Kelmore in 2015") left the town, and a town alone left unjoined where the
// club is written with and without "FC". Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('football transfer and takeover copy kinds of round 27 (r27-transfer)', () => {
  it('reads "No" before a shirt number as a sign, no name, and ends the club\'s name before it', () => {
    const found = mentionLabels('Kelmore Rovers signed Ivo Brandt, who will wear the No 9 shirt. He takes the No. 10 role from Tam Oduya.');
    assert.deepStrictEqual(found, ['o:Kelmore Rovers', 'p:Ivo Brandt', 'p:Tam Oduya'], found.join(', '));
    const club = mentionLabels('Kelmore Rovers paid £40m. Brandt held up the Rovers No 7 shirt.');
    assert.ok(!club.some(label => label.includes('No')), club.join(', '));
    assert.ok(club.includes('o:Rovers'), club.join(', '));
  });

  it('keeps a number after a name that is no sign of a number (an age) as it was', () => {
    assert.deepStrictEqual(mentionLabels('Ivo Brandt, 24, signed for Kelmore Rovers.'), ['p:Ivo Brandt', 'o:Kelmore Rovers']);
  });

  it('joins a club\'s plural nickname to the one club named just before it', () => {
    const found = namedMentionLabels('Rival bidders Dunmore United had asked about the striker, but the Quarrymen pulled out over his wages. Kelmore Rovers signed him on deadline day.');
    assert.ok(found.includes('o:Dunmore United:Quarrymen'), found.join(', '));
  });

  it('keeps a nickname apart when its uses follow different clubs, as a match report names two sides in turn', () => {
    const found = namedMentionLabels('Kelmore Rovers beat Dunmore United 2-1 on Saturday. Early on the Quarrymen led. Then Kelmore Rovers scored twice, and the Quarrymen faded.');
    assert.ok(!found.some(label => label.endsWith(':Quarrymen') && !label.startsWith('o:Quarrymen')), found.join(', '));
  });

  it('never joins a nickname to a team named by its town and a nickname of its own', () => {
    const found = namedMentionLabels('A late field goal gave the Omaha Stallions a 27-24 win and sent the Lancers home for the winter.');
    assert.ok(!found.includes('o:Omaha Stallions:Lancers'), found.join(', '));
  });

  it('reads a town alone after a verb of buying or selling, or after "the takeover of", as the club named after it', () => {
    const found = namedMentionLabels('Tarlow Athletic were sold on Monday. Dana Pell bought Tarlow in 2015 and agreed the takeover of Tarlow last year.');
    assert.deepStrictEqual(found.filter(label => label.endsWith(':Tarlow')), ['o:Tarlow Athletic:Tarlow', 'o:Tarlow Athletic:Tarlow'], found.join(', '));
  });

  it('keeps a town alone after such a verb unjoined where no club is named after it', () => {
    assert.deepStrictEqual(mentionLabels('Dana Pell bought Tarlow Holdings in 2015.'), ['p:Dana Pell', 'o:Tarlow Holdings']);
  });

  it('gives the town alone to a club written both with and without "FC"', () => {
    const found = namedMentionLabels('KELMORE ROVERS signed a striker. "Kelmore simply refused to pay more," the source said. Picture: KELMORE ROVERS FC');
    assert.ok(found.some(label => /^o:[^:]+:Kelmore$/.test(label)), found.join(', '));
  });

  it('keeps the town alone unjoined where the bodies it opens differ in more than a club form', () => {
    const found = namedMentionLabels('Kelmore Rovers and Kelmore Harbour Trust met. "Kelmore needs a plan," Dana Pell said.');
    assert.ok(!found.some(label => /^o:[^:]+:Kelmore$/.test(label)), found.join(', '));
  });
});
