// Kinds of Gaelic games and rugby league copy found by round 26's unseen set (r26-gaa, fresh77): a hurling or football
// report's scorers line ("Scorers – Kilcarne: C Mac Lochlainn 1-3, P Ó Riordáin 0-6 (0-4f)"), whose tallies of goals and
// points are no match scores and whose initials and Irish surnames ("Ó", "Mac", "Ní") are the players named in full;
// bodies, broadcasters, schools and clubs named in Irish with the head first ("Conradh na Gaeilge", "Comhairle na
// gCluichí Gaelacha", "Naomh Fionnbarra", "CLG Cill Bhríde"); a trophy named after a person ("the Donal Breen Cup");
// "bainisteoir", "All-Star" and rugby league's places and match officials as titles ("half-back", "stand-off",
// "touch judge", "video referee"); clubs ending in their form's initials ("Kelso RLFC", "Dunmore RFC") and joined to the
// club named with its nickname; a governing body's named panel; a programme after a broadcaster's possessive; a sport's
// name before its code ("Rugby league-…"). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('Gaelic games and rugby league copy kinds of round 26 (r26-gaa)', () => {
  it('reads names with their goals-and-points tallies in a scorers line as players, not sides', () => {
    const found = mentionLabels('Dunmallow won by four points.\n\nScorers – Kilcarne: C Mac Lochlainn 1-3, P Ó Riordáin 0-6 (0-4f), S de Paor 0-2.');
    for (const player of ['C Mac Lochlainn', 'P Ó Riordáin', 'S de Paor']) {
      assert.ok(found.includes(`p:${player}`), found.join(', '));
    }
  });

  it('reads the names after a side and a colon opening a line of tallies as players', () => {
    const found = mentionLabels('Dunmallow won by four points.\n\nKilcarne: R Breen 0-7 (0-5f), T Ó Broin 0-3, D Farrell 0-1.');
    assert.ok(found.includes('p:R Breen') && found.includes('p:T Ó Broin') && found.includes('p:D Farrell'), found.join(', '));
  });

  it('keeps a half-time score line between two sides a result, not a scorers line', () => {
    const found = mentionLabels('Kilcarne beat Dunmallow on Sunday.\n\nHalf-time: Kilcarne 1-8 Dunmallow 1-10.');
    assert.ok(!found.includes('p:Kilcarne') && !found.includes('p:Dunmallow'), found.join(', '));
  });

  it('joins an initial and an Irish surname of several words to the player named in full', () => {
    const found = namedMentionLabels('Ciarán Mac Lochlainn scored the goal.\n\nScorers – Kilcarne: C Mac Lochlainn 1-3, P Ó Riordáin 0-6.');
    assert.ok(found.includes('p:Ciarán Mac Lochlainn:C Mac Lochlainn'), found.join(', '));
  });

  it('reads Irish-named bodies, with "na" and a mutated word inside, as bodies', () => {
    const found = mentionLabels('The grant was welcomed by Conradh na Gaeilge, and Comhairle na gCluichí Gaelacha said nothing.');
    assert.ok(found.includes('o:Conradh na Gaeilge') && found.includes('o:Comhairle na gCluichí Gaelacha'), found.join(', '));
    assert.ok(!found.some(label => label.startsWith('p:')), found.join(', '));
  });

  it('reads a club named "Naomh X" or "CLG X" as a club, not a person', () => {
    const found = mentionLabels('Naomh Fionnbarra beat Kilcarne by three points, and CLG Cill Bhríde play on Sunday.');
    assert.ok(found.includes('o:Naomh Fionnbarra') && found.includes('o:CLG Cill Bhríde'), found.join(', '));
    assert.ok(mentionLabels('Ann Fionnbarra beat the record.').includes('p:Ann Fionnbarra'));
  });

  it('reads "na" after a word that opens no Irish body name as no part of a name', () => {
    const found = mentionLabels('Dana Kelso na Marwick said so.');
    assert.ok(!found.some(label => label.includes('Kelso na')), found.join(', '));
  });

  it('reads a trophy named after a person as a thing', () => {
    const found = mentionLabels('Captain Ann Roche lifted the Donal Breen Cup on Sunday.');
    assert.ok(found.includes('p:Ann Roche') && !found.some(label => label.includes('Breen')), found.join(', '));
    assert.ok(mentionLabels('Captain Ann Roche thanked Donal Breen on Sunday.').includes('p:Donal Breen'));
  });

  it('reads "bainisteoir" and "All-Star" as titles before a name', () => {
    assert.deepStrictEqual(rolesOf('Kilcarne bainisteoir Ciarán Walsh said they were ready.', 'Ciarán Walsh'), ['Kilcarne bainisteoir']);
    const found = mentionLabels('Speaking afterwards, former hurling All-Star Nóra Breen said it was deserved.');
    assert.ok(found.includes('p:Nóra Breen'), found.join(', '));
    assert.deepStrictEqual(rolesOf('Speaking afterwards, former hurling All-Star Nóra Breen said it was deserved.', 'Nóra Breen'), ['former hurling All-Star']);
  });

  it('reads rugby league\'s places and match officials before a name as roles', () => {
    
    assert.deepStrictEqual(rolesOf('The tries came from centre Kofi Amankwah and stand-off Lee Dunne.', 'Lee Dunne'), ['stand-off']);
    assert.deepStrictEqual(rolesOf('The referee consulted touch judge Gary Pell before the break.', 'Gary Pell'), ['touch judge']);
    assert.deepStrictEqual(rolesOf('The call went to video referee Tom Marr in the end.', 'Tom Marr'), ['video referee']);
  });

  it('reads a club ending in its form\'s initials as a body, one with the club named with its nickname', () => {
    const found = namedMentionLabels('Kelso Kestrels beat Marwick Rams 26-12 on Sunday. In a statement on Kelso RLFC\'s website, the club said it would appeal. Dunmore RFC play next.');
    assert.ok(found.includes('o:Kelso Kestrels:Kelso RLFC'), found.join(', '));
    assert.ok(found.includes('o:Dunmore RFC:Dunmore RFC'), found.join(', '));
  });

  it('reads a governing body\'s named panel as a body', () => {
    assert.ok(mentionLabels('The Match Review Panel charged him with a Grade D offence.').includes('o:Match Review Panel'));
  });

  it('reads a programme named after a broadcaster\'s possessive as a thing, the broadcaster as a body', () => {
    const found = mentionLabels('Speaking on Vardo TV\'s The Sunday Match, Ann Roche said it was deserved.');
    assert.ok(found.includes('p:Ann Roche') && !found.some(label => label.includes('Sunday Match')), found.join(', '));
    assert.ok(mentionLabels('The attack on Kelso\'s State Department was condemned.').some(label => label.includes('State Department')));
  });

  it('reads a sport\'s name before its code as no body, nor the first word of one named after it', () => {
    const found = mentionLabels('Rugby league-Kestrels prop banned\n\nThe Rugby League Authority banned Lee Dunne for four games.');
    assert.ok(!found.includes('o:Rugby'), found.join(', '));
    assert.ok(found.includes('o:Rugby League Authority'), found.join(', '));
  });
});
