// Kinds left open by round 32's invented sets: a playing position after a player's standing, a team's nickname and a
// body's short remit across reports, relations dated or aged, trades with a modifier, a body's kind opening a
// sentence, foreign legal forms, … Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';
import { parseParagraph } from '../../src/core/nlp/adapter';
import { mentionLabels, rolesOf } from './support/entityQueries';

function idOf(analysis: DocumentAnalysis, mention: string): string | undefined {
  return analysis.entities.find(entity => entity.mentions.some(m => m.text === mention))?.id;
}

describe('round 33 kinds: positions, nicknames across reports, dated relations, …', () => {
  it('reads a position that alone is a common noun as the post after a player\'s standing', () => {
    assert.deepStrictEqual(rolesOf('All-Star guard Ray Tolan scored 31 points.', 'Ray Tolan'), ['All-Star guard']);
    assert.deepStrictEqual(rolesOf('The Otters won after veteran centre Ossie Brandt scored twice.', 'Ossie Brandt'), ['veteran centre']);
    assert.deepStrictEqual(rolesOf('The Otters won after rookie winger Mo Fahey scored.', 'Mo Fahey'), ['rookie winger']);
    assert.deepStrictEqual(rolesOf('The prison guard Ray Tolan said so.', 'Ray Tolan'), []);
    assert.deepStrictEqual(mentionLabels('The crowd gathered in Kelso City Centre on Monday.'), []);
  });

  it('links a team\'s nickname alone and a body\'s first remit alone to the one body named in full in another report', () => {
    const [full, short] = linkAnalyses([
      analyzeText('The Dunmore Otters beat the Marlow Hawks 98-91.\n\nThe Prison and Probation Service said the inmate was found.'),
      analyzeText('The Otters beat the Hawks 98-91 on Saturday.\n\nThe Prison Service said the inmate was found.'),
    ]);
    assert.strictEqual(idOf(short, 'Otters'), idOf(full, 'Dunmore Otters'));
    assert.strictEqual(idOf(short, 'Hawks'), idOf(full, 'Marlow Hawks'));
    assert.strictEqual(idOf(short, 'Prison Service'), idOf(full, 'Prison and Probation Service'));
    const [two, one] = linkAnalyses([
      analyzeText('The Dunmore Otters beat the Tarrow Otters 98-91.'),
      analyzeText('The Otters beat the Hawks 98-91 on Saturday.'),
    ]);
    assert.notStrictEqual(idOf(one, 'Otters'), idOf(two, 'Dunmore Otters'));
    assert.notStrictEqual(idOf(one, 'Otters'), idOf(two, 'Tarrow Otters'));
  });

  it('gives a relation dated by years, or a kin noun before a given name and an age, to the relative', () => {
    assert.deepStrictEqual(rolesOf('Vessa Lund died on Monday. Her husband of 55 years, Aldo, said she was kind.', 'Aldo'), ['husband']);
    assert.deepStrictEqual(rolesOf('Tobin Varrow was hurt. His daughter Mia, 29, said the family was grateful.', 'Mia'), ['daughter']);
    assert.deepStrictEqual(rolesOf('His son Tom Halder, 29, spoke first.', 'Tom Halder'), []);
  });

  it('reads a trade with a modifier as the role as written', () => {
    assert.deepStrictEqual(rolesOf('Tomas Kell, a retired dinner lady, said the school had closed.', 'Tomas Kell'), ['retired dinner lady']);
    assert.deepStrictEqual(rolesOf('Ned Pry, a semi-retired joiner, said nothing.', 'Ned Pry'), ['semi-retired joiner']);
    assert.deepStrictEqual(rolesOf('Dora Finch, a former shipyard riveter, agreed.', 'Dora Finch'), ['former shipyard riveter']);
    assert.deepStrictEqual(mentionLabels('Lena Joiner said the plan was fine.'), ['p:Lena Joiner']);
  });

  it('reads a body\'s kind opening a sentence as no word of the body\'s name; a post after a capitalised owner whole', () => {
    assert.deepStrictEqual(mentionLabels('Regulator Ofwax said prices would rise.'), ['o:Ofwax']);
    assert.deepStrictEqual(mentionLabels('Watchdog Safeline said the cars were unsafe.'), ['o:Safeline']);
    const office = 'Prime Minister\'s office spokesman Dal Revin said no decision had been made.';
    assert.deepStrictEqual(rolesOf(office, 'Dal Revin'), ['Prime Minister\'s office spokesman']);
  });

  it('reads a name ending in a foreign company\'s legal form as a company', () => {
    assert.deepStrictEqual(mentionLabels('Kasuro KK said profits rose. Vetralo Srl and Lumvik Oy agreed.'), ['o:Kasuro KK', 'o:Vetralo Srl', 'o:Lumvik Oy']);
    assert.deepStrictEqual(mentionLabels('Nordsvale AS said it would cut jobs.'), ['o:Nordsvale AS']);
  });

  it('reads a station named after an emergency or rescue service as that service\'s unit, a body', () => {
    const text = 'Crews from Whitby Lifeboat Station were called at 3am. Firefighters from Kelso Fire Station attended, and Ardmore Coastguard Station said the man was rescued.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Whitby Lifeboat Station', 'o:Kelso Fire Station', 'o:Ardmore Coastguard Station']);
    assert.deepStrictEqual(rolesOf('Coastguard Dana Kelso said the man was rescued.', 'Dana Kelso'), ['Coastguard']);
  });

  it('reads one capitalised common word where only a publication stands as an outlet', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso told the Lantern she would stand again.'), ['p:Dana Kelso', 'o:Lantern']);
    assert.deepStrictEqual(mentionLabels('Oren Talby wrote in Baseline that the plan had failed.'), ['p:Oren Talby', 'o:Baseline']);
    assert.deepStrictEqual(mentionLabels('Voters were angry. The Beacon reported that the vote was close.'), ['o:Beacon']);
    assert.deepStrictEqual(mentionLabels('The baseline figure was low, and a beacon was lit on the hill.'), []);
    assert.deepStrictEqual(mentionLabels('Dana Kelso told the Minister she would stand again.'), ['p:Dana Kelso']);
  });

  it('splits a sentence glued to the next without a space, so the name after the full stop is read', () => {
    const text = '"It was a long day," she said.Mr Tolan added that the team would recover. Dana Kelso said the plan was fine.Oren Talby disagreed.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Tolan', 'p:Dana Kelso', 'p:Oren Talby']);
    const sentences = (paragraph: string) => parseParagraph(paragraph).map(sentence => sentence.map(token => `${token.text}@${token.start}`).join(' '));
    assert.deepStrictEqual(sentences('she said.Mr Tolan added.'), ['she@0 said@4', 'Mr@9 Tolan@12 added@18']);
    assert.strictEqual(sentences('Mrs.Kelso met the U.S.Army at 9 a.m.Tuesday.').length, 1);
    assert.strictEqual(sentences('See example.Com for more.').length, 1);
  });
});
