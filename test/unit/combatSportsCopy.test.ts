// Kinds of combat-sports copy (professional boxing and mixed martial arts) found by round 24's unseen set (r24-boxing,
// fresh68): a fighter's win-loss record in brackets after the name, ring names in quotation marks inside the name (one
// word, or several with "The", "of", "La"), promotional companies and gyms named after their owners or a sport, a
// promoter before a given name that is also a word, a fight site's or a podcast's masthead in capitals before its
// section path, words written in capitals for emphasis, a writer's social handle in a byline or a sign-off, a sport's
// desk in a byline without "By", the trade's roles (cutman, opponent, champ, weight classes), and a quotation after a
// colon whose clause's verb is a negated auxiliary written short ("X didn't hold back: "…""). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('Combat-sports kinds of round 24 (r24-boxing)', () => {
  it('reads a fighter\'s record in brackets after the name as no match score', () => {
    assert.deepStrictEqual(mentionLabels('Her opponent, Dana Marr (14-2), turned down a catchweight bout.'), ['p:Dana Marr']);
    assert.deepStrictEqual(entityKinds('Tomas Okoro (22-3, 17 KOs) stopped his man in the fifth. Okoro said he was ready.'), ['person:Tomas Okoro']);
  });

  it('still reads a side beside its score as a team', () => {
    assert.deepStrictEqual(entityKinds('Kelso 2-1 Dunmore, and the fans sang.'), ['org:Dunmore', 'org:Kelso']);
  });

  it('takes a one-word ring name into the name after a given name the lexicon lists as a person\'s, and the ring name alone later', () => {
    const found = namedMentionLabels('The title went to Jordan "Sledge" Tennant on Saturday.\n\nThe judges loved Sledge, and Tennant was happy.');
    assert.deepStrictEqual(found, ['p:Jordan Tennant:Jordan "Sledge" Tennant', 'p:Jordan Tennant:Sledge', 'p:Jordan Tennant:Tennant']);
  });

  it('takes a ring name of several words into the name', () => {
    const found = namedMentionLabels('The main event saw Rosa "La Reina" Vidal defend her belt. Vidal won on points.');
    assert.deepStrictEqual(found, ['p:Rosa Vidal:Rosa "La Reina" Vidal', 'p:Rosa Vidal:Vidal']);
    assert.deepStrictEqual(mentionLabels('He lost to Omar "The Pride of Kelso" Haddad in June.'), ['p:Omar "The Pride of Kelso" Haddad']);
  });

  it('does not take a quoted title of several words between two capitalised words', () => {
    assert.ok(!mentionLabels('The band played Marwick "The Long Road" Tour dates.').some(label => label.includes('Long Road')));
    assert.ok(!mentionLabels('He lost to Omar "the pride of Kelso" Haddad in June.').some(label => label.includes('pride')));
  });

  it('reads promotional companies and gyms as bodies beside their owners', () => {
    const found = namedMentionLabels('Ray Tolley, whose Tolley Boxing staged the card, was angry. Dana Reyes of Reyes Promotions said nothing.');
    assert.deepStrictEqual(found, ['p:Ray Tolley:Ray Tolley', 'o:Tolley Boxing:Tolley Boxing', 'p:Dana Reyes:Dana Reyes', 'o:Reyes Promotions:Reyes Promotions']);
    assert.deepStrictEqual(mentionLabels('She trains at Jade Tiger MMA and spars at the Mill Lane Gym.'), ['o:Jade Tiger MMA', 'o:Mill Lane Gym']);
  });

  it('reads a promoter before a given name as a person, and his surname as his', () => {
    const found = namedMentionLabels('Promoter Eddie Tolley, whose Tolley Boxing staged the card, was angry. "It was a bad night," Tolley said.');
    assert.deepStrictEqual(found, ['p:Eddie Tolley:Eddie Tolley', 'o:Tolley Boxing:Tolley Boxing', 'p:Eddie Tolley:Tolley']);
  });

  it('still reads "the promoter" before a company as its trade', () => {
    assert.deepStrictEqual(entityKinds('Tickets were sold by the promoter Brightgate Events.'), ['org:Brightgate Events']);
  });

  it('reads a masthead in capitals before a section path as the outlet', () => {
    const found = namedMentionLabels('CORNER STOOL | News | Title fights\n\nBy Dana Kerrick\n\nThe champion told Corner Stool he would fight on.');
    assert.deepStrictEqual(found, ['o:Corner Stool:CORNER STOOL', 'p:Dana Kerrick:Dana Kerrick', 'o:Corner Stool:Corner Stool']);
  });

  it('does not read a headline in capitals as a masthead', () => {
    assert.ok(!mentionLabels('CHAMPION KEEPS BELT IN KELSO\n\nThe champion kept his belt.').some(label => label.startsWith('o:')));
  });

  it('reads words in capitals for emphasis as words, and keeps real initialisms', () => {
    assert.deepStrictEqual(mentionLabels('WOW. The promoter was FUMING at the presser, and the manager was NOT having it.'), []);
    assert.deepStrictEqual(mentionLabels('The WBX said the rematch was on.'), ['o:WBX']);
  });

  it('reads a writer\'s handle in a byline or a sign-off as no body', () => {
    const found = mentionLabels('By Dana Kelso | @DanaKFights\nThe champion kept his belt.\n\nDana Kelso covers boxing. Follow him @DanaKFights.');
    assert.deepStrictEqual(found, ['p:Dana Kelso', 'p:Dana Kelso']);
  });

  it('reads a sport\'s desk in a byline without "By" as the writer\'s post', () => {
    const text = 'Champion keeps belt after split decision\n\nGareth Penhale, Boxing Correspondent, at the Dunmore Arena\nSunday 14 June 2026\n\nThe champion kept his belt.';
    assert.deepStrictEqual(rolesOf(text, 'Gareth Penhale'), ['Boxing Correspondent']);
  });

  it('reads the trade\'s people by their roles', () => {
    assert.deepStrictEqual(rolesOf('It was the cutman Mickey Orrell\'s work that saved him.', 'Mickey Orrell'), ['cutman']);
    assert.deepStrictEqual(rolesOf('His opponent, Tomas Okoro, declined the bout.', 'Tomas Okoro'), ['opponent']);
    assert.deepStrictEqual(rolesOf('Former bantamweight champ Rosa Vidal joined us.', 'Rosa Vidal'), ['Former bantamweight champ']);
    assert.deepStrictEqual(rolesOf('Welterweight Tomas Okoro missed weight.', 'Tomas Okoro'), ['Welterweight']);
  });

  it('gives a quotation after a colon to the subject of a clause whose verb is a negated auxiliary written short', () => {
    for (const text of ['His trainer Tomas Okoro didn\'t hold back either: "That was a robbery."', 'His trainer Tomas Okoro didn’t hold back: “That was a robbery.”']) {
      const analysis = analyzeText(text);
      const okoro = analysis.entities.find(entity => entity.name === 'Tomas Okoro');
      assert.ok(okoro);
      assert.strictEqual(analysis.quotes[0].speakerId, okoro.id);
    }
  });

  it('leaves a quotation after a colon unattributed when no name opens the clause', () => {
    const analysis = analyzeText('The crowd didn\'t hold back either: "That was a robbery."');
    assert.strictEqual(analysis.quotes[0].speakerId, null);
  });
});
