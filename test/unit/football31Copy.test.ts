// Kinds of international and women's football copy found by round 31's unseen set (r31-football, fresh95): a Catalan
// club's "Atlètic" before its town; a Dutch market square and an Iberian stadium kept untranslated; a broadcaster named
// by its trade opening a sentence; an age adjective before a player whose surname ends like a team's plural nickname;
// a byline's post after the writer's name ("By X, Chief Football Writer", also before a bar and the date); a regional
// paper and a club named after the same town; a plural title head that is the verb of a headline ("X heads Y to
// the title"); a nickname set off by commas before "to the terraces"; and the post after "dismissed X as". Every
// sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { aliasesOf, mentionLabels, rolesOf } from './support/entityQueries';

describe('international and women\'s football copy kinds of round 31 (r31-football)', () => {
  it('reads a Catalan club\'s "Atlètic" as a club\'s prefix, the town alone then the same club', () => {
    const text = 'Montsant coach Pere Vilalta said the side was tired. Atlètic Montsant now play the final.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Montsant', 'p:Pere Vilalta', 'o:Atlètic Montsant']);
    assert.deepStrictEqual(aliasesOf(text, 'Atlètic Montsant'), ['Montsant']);
  });

  it('reads a Dutch market square and an Iberian stadium as places, no person or club', () => {
    assert.deepStrictEqual(mentionLabels('A big screen on the Oude Markt drew thousands of fans to the game.'), []);
    assert.deepStrictEqual(mentionLabels('The final drew 40,000 fans to the Estádio dos Faróis on Saturday after the semi-final goals.'), []);
    assert.deepStrictEqual(mentionLabels('The cup was lifted at the Estadio Valdemar in front of 30,000 fans.'), []);
  });

  it('reads a broadcaster named by its trade opening a sentence as the body, the trade no word of its name', () => {
    assert.deepStrictEqual(mentionLabels('Broadcaster TeleMaren said 1.2 million people watched the match.'), ['o:TeleMaren']);
    assert.deepStrictEqual(mentionLabels('The veteran broadcaster Dana Kelso said it was her last show.'), ['p:Dana Kelso']);
  });

  it('reads a name after an age adjective as a person\'s, though the surname ends like a team\'s plural nickname', () => {
    const text = 'The coach sent on 19-year-old Ilke Daalders with the side a goal down after a late penalty. Daalders equalised within four minutes.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ilke Daalders', 'p:Daalders']);
    assert.deepStrictEqual(mentionLabels('The 90-year-old Kelso Bridge was shut for repairs.'), []);
  });

  it('reads a byline\'s post after the writer\'s name and a comma as the writer\'s role, its beat no body\'s short name', () => {
    const text = 'Cup final preview\n\nBy Orlan Castle, Chief Football Writer\n\nThe Football Association of Kelso said the match was late.';
    assert.deepStrictEqual(rolesOf(text, 'Orlan Castle'), ['Chief Football Writer']);
    const barred = 'Cup final preview\n\nBy Orlan Castle, Football Correspondent | Tuesday, 14 May 2026\n\nThe Football Association of Kelso said the match was late.';
    assert.ok(!mentionLabels(barred).includes('o:Football'), mentionLabels(barred).join(', '));
  });

  it('keeps a regional paper and a club named after the same town apart', () => {
    const text = 'KELDMOOR COURANT | Sport\n\nKeldmoor FC are champions of Europe after a late winner in Lisbon.';
    const names = analyzeText(text).entities.map(entity => entity.name);
    assert.ok(names.includes('Keldmoor FC') && names.length === 2, names.join(', '));
  });

  it('reads a lower-case "heads" between two names as a headline\'s verb, the club after it no listed person', () => {
    const text = 'Title race: Lodewijk heads Tarrow to the title\n\nTarrow FC won the league on Sunday.';
    assert.ok(!mentionLabels(text).includes('p:Tarrow'), mentionLabels(text).join(', '));
    assert.deepStrictEqual(mentionLabels('The department heads Ann Bell and Tom Rae resigned.'), ['p:Ann Bell', 'p:Tom Rae']);
  });

  it('reads a nickname set off by commas before "to the terraces" as the player\'s other name, later alone the same player', () => {
    const text = 'Striker Kofi Mensah-Boateng, Mensy to the terraces, missed a penalty. Mensy was furious.';
    assert.deepStrictEqual(analyzeText(text).entities.map(entity => entity.name), ['Kofi Mensah-Boateng']);
    assert.deepStrictEqual(mentionLabels(text), ['p:Kofi Mensah-Boateng', 'p:Mensy', 'p:Mensy']);
  });

  it('reads the post after "dismissed X as" as the post the person held', () => {
    assert.deepStrictEqual(rolesOf('The board has dismissed Tomas Reyn as head coach of the national team.', 'Tomas Reyn'), ['head coach of the national team']);
    assert.deepStrictEqual(rolesOf('The board dismissed Tomas Reyn as a distraction.', 'Tomas Reyn'), []);
  });
});
