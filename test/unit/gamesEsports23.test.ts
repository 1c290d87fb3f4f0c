// Kinds of video games industry and esports copy found by round 23's unseen set (r23-games): studios, publishers and
// esports organisations named by the games trade's head nouns, players named by a gamer handle inside their full name
// and then by the handle alone. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

/** The name of each quotation's speaker ("-" when unattributed), in order. */
function speakersOf(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('video games industry and esports kinds of round 23 (r23-games)', () => {
  it('reads a studio named "X Interactive" as a body, and its first word alone as the same body', () => {
    const found = namedMentionLabels('Brannock Interactive has laid off 40 staff. Workers at Brannock were told on Monday.');
    assert.ok(found.includes('o:Brannock Interactive:Brannock Interactive'), found.join(' | '));
    assert.ok(found.includes('o:Brannock Interactive:Brannock'), found.join(' | '));
  });

  it('reads an esports organisation and a gaming group as bodies', () => {
    const found = mentionLabels('Organiser Vellmar Esports said the final sold out. The team is owned by Ostrane Gaming.');
    assert.ok(found.some(label => label === 'o:Vellmar Esports' || label === 'o:Organiser Vellmar Esports'), found.join(' | '));
    assert.ok(found.includes('o:Ostrane Gaming'), found.join(' | '));
    assert.ok(!found.some(label => label.startsWith('p:')), found.join(' | '));
  });

  it('keeps "Esports" alone in a section label no body', () => {
    const found = mentionLabels('Sport | Esports\n\nTarrow Rooks won the final on Sunday.');
    assert.ok(!found.includes('o:Esports'), found.join(' | '));
  });

  it('joins a player\'s gamer handle inside the full name to the person, and the handle alone to the same person', () => {
    const text = 'The final was won by Jonas "Trell" Albrecht on the last map.\n\n"We never panicked," Trell told reporters.';
    const found = namedMentionLabels(text);
    assert.ok(found.includes('p:Jonas Albrecht:Trell'), found.join(' | '));
    assert.deepStrictEqual(speakersOf(text), ['Jonas Albrecht']);
  });

  it('joins a handle between a first word and a surname the lexicon does not know', () => {
    const text = 'Teodor "Zarko" Vranic clutched the third map.\n\n"They were better today," Zarko said.';
    const found = namedMentionLabels(text);
    assert.ok(found.includes('p:Teodor Vranic:Zarko'), found.join(' | '));
    assert.deepStrictEqual(speakersOf(text), ['Teodor Vranic']);
  });

  it('reads the games trade\'s jargon in capitals as no body', () => {
    const found = mentionLabels('Tarrow Interactive cut its QA team. Its star posted a 4.1 KDA and was voted MVP in the new RPG.');
    assert.deepStrictEqual(found, ['o:Tarrow Interactive']);
  });

  it('keeps a developers\' union whole, the plural possessive inside its name', () => {
    const found = namedMentionLabels('The Game Developers\' Union (GDU) called the cuts avoidable.');
    assert.ok(found.includes('o:Game Developers\' Union:Game Developers\' Union'), found.join(' | '));
    assert.ok(found.includes('o:Game Developers\' Union:GDU'), found.join(' | '));
  });

  it('reads a sports or esports venue named "X Dome" or "X Arena" as a place, and a group named after an arena as a body', () => {
    assert.deepStrictEqual(mentionLabels('Crowds filled the Gangwon Dome on Sunday.'), []);
    assert.deepStrictEqual(mentionLabels('The final was held at Tarrow Arena, where Kelso Arena Group staff worked.'), ['o:Kelso Arena Group']);
  });

  it('reads a name before a team\'s "line-up" as the team, where another noun leaves it a person', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso was part of the five-man Vardo Falcons line-up that beat Tarrow by three maps to one.'),
      ['p:Dana Kelso', 'o:Vardo Falcons']);
    assert.ok(!mentionLabels('Dana Kelso was part of the five-man Vardo Falcons outfit that beat Tarrow by three maps to one.').includes('o:Vardo Falcons'));
  });

  it('finds a studio\'s or an esports team\'s post before the name', () => {
    const analysis = analyzeText('Senior animator Dana Kelso left the studio. Tarrow\'s star rifler Ivo Marsh scored.');
    const roles = analysis.entities.flatMap(entity => entity.roles.map(role => `${entity.name}: ${role.text}`));
    assert.ok(roles.includes('Dana Kelso: Senior animator'), roles.join(' | '));
    assert.ok(roles.some(role => role.startsWith('Ivo Marsh:') && role.includes('rifler')), roles.join(' | '));
  });

  it('keeps a quoted common word between two capitalised words out of a name', () => {
    const found = mentionLabels('The panel heard Marwick "Ruined" Farms claim the land.');
    assert.ok(!found.some(label => label.includes('Ruined')), found.join(' | '));
  });
});
