// Kinds of North American professional sports copy (basketball and ice hockey) found by round 32's unseen set
// (r32-ussports, fresh97): a team named by its town and a plural nickname in a sentence whose only sports words are ice
// hockey's or basketball's ("a double-overtime winner", "the puck", "a three-pointer"); "OT" and penalty minutes
// written as letters; a paper named after its town printed in capitals on the masthead, whose town alone is no short
// form of it; "ship X to Y" in a trade headline (a verb, no vessel); a player described after a quotation by a
// demonym or a position with an adjective ("the big Swede said", "said the veteran guard"); a nickname made from a
// clipped surname and a pet ending ("Kubo", "Tolly"); a possessive closing a sentence ("the owner's.") read as an
// initial, so the next sentence's quotation went to the person before; and a paper named by two heads joined by a
// hyphen ("the Post-Gazette", "the Ledger-Dispatch"); a team's town alone, a known place, left apart from the team
// named by it and its nickname. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { aliasesOf, mentionLabels, speakerOf } from './support/entityQueries';

describe('North American professional sports copy kinds of round 32 (r32-ussports)', () => {
  it('reads a town and a plural nickname after "The" as a team where the sentence\'s sports words are ice hockey\'s or basketball\'s', () => {
    assert.deepStrictEqual(mentionLabels('The Saskatoon Otters held on until a double-overtime winner.'), ['o:Saskatoon Otters']);
    assert.deepStrictEqual(mentionLabels('The Fresno Herons trailed all night before a late three-pointer.'), ['o:Fresno Herons']);
    assert.deepStrictEqual(mentionLabels('The Saskatoon Otters held on until a late winner.'), []);
  });

  it('reads "OT" and penalty minutes written as letters as no body', () => {
    const text = 'The Lynx fell in OT again. Dario Quennell has 48 PIM this year.';
    assert.ok(mentionLabels(text).includes('p:Dario Quennell'), mentionLabels(text).join(', '));
    assert.ok(!mentionLabels(text).some(label => /OT|PIM/.test(label)), mentionLabels(text).join(', '));
  });

  it('keeps the town of a paper\'s capitals masthead apart from the paper where the town is a place', () => {
    const text = 'BRANDON DAILY CLARION | Hockey\n\nThe Mustangs lost 4-1 in Regina on Friday.\n\nSo the series heads back to Brandon for Game 5.';
    const paper = analyzeText(text).entities.find(entity => entity.name === 'BRANDON DAILY CLARION');
    assert.ok(paper, mentionLabels(text).join(', '));
    assert.deepStrictEqual(paper.mentions.map(mention => mention.text), ['BRANDON DAILY CLARION']);
  });

  it('reads "ship X to Y" in a trade headline as the verb, the name a person, not a vessel', () => {
    const text = 'Herons ship Quennell to Regina\n\nDario Quennell, the team\'s top scorer, was traded on Monday. Quennell said he was surprised.';
    assert.deepStrictEqual(mentionLabels(text).filter(label => label.includes('Quennell')), ['p:Quennell', 'p:Dario Quennell', 'p:Quennell']);
    assert.strictEqual(analyzeText(text).entities.filter(entity => entity.kind === 'person').length, 1);
  });

  it('credits a quotation to the player described after it by a demonym or a position with an adjective', () => {
    const swede = 'Goaltender Mattias Holmgardh made 41 saves.\n\n"We had no legs in the third," the tall Swede said.';
    assert.strictEqual(speakerOf(swede, 'We had no legs'), 'Mattias Holmgardh');
    const guard = 'Point guard Terrell Ashworth-Blaine scored 31 points. "We just kept attacking," said the veteran guard from Akron.';
    assert.strictEqual(speakerOf(guard, 'We just kept'), 'Terrell Ashworth-Blaine');
  });

  it('joins a nickname made of a clipped surname and a pet ending to the one person of that surname', () => {
    const text = 'Winger Jaromir Pospichek scored twice. Posh was the best player on the ice, and "it felt good," Pospo said.';
    assert.ok(aliasesOf(text, 'Jaromir Pospichek').includes('Pospo'), aliasesOf(text, 'Jaromir Pospichek').join(', '));
    const coach = 'Coach Brent Marchewski was fined. "Nobody told us," Marchy said.';
    assert.strictEqual(speakerOf(coach, 'Nobody told us'), 'Brent Marchewski');
  });

  it('ends a sentence at a possessive\'s full stop, so a quotation in the next goes to its own speaker', () => {
    const text = 'Odell Farrant said the decision was his, not the chairman\'s. Owner Priscilla Vantongeren stayed away; in a statement, she praised the staff "for years of loyal work."';
    assert.strictEqual(speakerOf(text, 'for years of loyal work'), 'Priscilla Vantongeren');
  });

  it('joins a known town shown as a side or before a sports post to the one team its word opens', () => {
    const text = 'The Regina Pronghorns beat the Fresno Herons 4-2 on Friday. Regina captain Eli Darrowby scored twice.';
    const team = analyzeText(text).entities.find(entity => entity.name === 'Regina Pronghorns');
    assert.ok(team, mentionLabels(text).join(', '));
    assert.deepStrictEqual(team.mentions.map(mention => mention.text), ['Regina Pronghorns', 'Regina']);
  });

  it('reads a paper named by two heads joined by a hyphen alone as the paper named in full with them', () => {
    const text = 'The Fresno Post-Gazette first reported the trade. "It was close," Dario Quennell told the Post-Gazette.';
    const paper = analyzeText(text).entities.find(entity => entity.name === 'Fresno Post-Gazette');
    assert.ok(paper, mentionLabels(text).join(', '));
    assert.strictEqual(paper.mentions.length, 2);
  });
});
