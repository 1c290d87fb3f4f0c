// Kinds of entity error seen on unseen copy (round 12): a US state abbreviated after a town, a sports club named
// "<Town> <plural nickname>" without "the", a town alone beside a body named after it, an outlet's short form, a
// title or occupation word kept in a person's name. Invented names and sentences throughout.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { linkAnalyses } from '../../../src/core/link';

/** Each entity of a kind as "Name: mention | mention". */
function entities(text: string, kind: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === kind)
    .map(entity => `${entity.name}: ${entity.mentions.map(mention => text.slice(mention.start, mention.end)).join(' | ')}`).sort();
}

describe('round 12 entity kinds', () => {
  it('reads a US state abbreviated after a town and a comma, or in brackets after a name, as a place', () => {
    const text = 'Dana Kelso, 58, a school nurse in Marwick, Pa., said she would vote. Tom Pryor, of Dunmore, OH, agreed.\n\n'
      + 'Lena Brook lives in Kelso, TX, near the river. Ivo Marr, a baker in Lake Ardley, Wis. Sales are up.\n\n'
      + 'Sen. Dana Vellum (Ky.) filed a bill on Monday.';
    assert.deepStrictEqual(entities(text, 'org'), []);
    assert.deepStrictEqual(entities(text, 'person').map(entry => entry.split(':')[0]), ['Dana Kelso', 'Dana Vellum', 'Ivo Marr', 'Lena Brook', 'Tom Pryor']);
  });

  it('reads "<Town> <plural nickname>" opening a sentence of sports copy, or before "rugby club", as the club, and the town alone as no mention of it', () => {
    const text = 'Tom Hale, who grew up in Dunmere, played in the back row for Dunmere Corsairs rugby club.\n\n'
      + 'Dunmere Corsairs held a minute\'s silence before Sunday\'s match.';
    assert.deepStrictEqual(entities(text, 'org'), ['Dunmere Corsairs: Dunmere Corsairs | Dunmere Corsairs']);
    assert.deepStrictEqual(entities(text, 'person'), ['Tom Hale: Tom Hale']);
  });

  it('keeps a town alone apart from a newspaper or council named after it, while a firm\'s first word alone still joins the firm', () => {
    const text = 'Vardo Systems has shut a line at its Halbury plant, the Halbury Evening Post reported. About 300 of the 850 staff at Halbury are affected.\n\n'
      + 'Vardo employs 2,000 people.';
    assert.deepStrictEqual(entities(text, 'org'), ['Halbury Evening Post: Halbury Evening Post', 'Vardo Systems: Vardo Systems | Vardo']);
    const council = 'Staff at Marwick were told on Monday. Marwick Borough Council said it would help.';
    assert.deepStrictEqual(entities(council, 'org'), ['Marwick Borough Council: Marwick Borough Council']);
    // Beside a council named after the town, the town alone is no short form of the town's club either.
    const club = 'Dana Kelso said Brenmoor needed homes. Brenmoor Borough Council approved the plan. The town\'s club, Brenmoor Rovers, objected.';
    assert.deepStrictEqual(entities(club, 'org'), ['Brenmoor Borough Council: Brenmoor Borough Council', 'Brenmoor Rovers: Brenmoor Rovers']);
  });

  it('links a newspaper named by its title alone in one report to the one paper named with its town in the other, never one of two', () => {
    const own = 'The family told the Evening Post they wanted answers. "He was kind," the Evening Post was told.';
    const other = 'Kelso\'s sister told the Halbury Evening Post that the family wanted answers.';
    const postIn = (analysis: ReturnType<typeof analyzeText>, name: string) => analysis.entities.find(entity => entity.name === name)?.id;
    const [a, b] = linkAnalyses([analyzeText(own), analyzeText(other)]);
    assert.ok(postIn(a, 'Evening Post'));
    assert.strictEqual(postIn(a, 'Evening Post'), postIn(b, 'Halbury Evening Post'));
    const two = 'Staff at the Halbury Evening Post and the Marwick Evening Post were told.';
    const [c, d] = linkAnalyses([analyzeText(own), analyzeText(two)]);
    assert.notStrictEqual(postIn(c, 'Evening Post'), postIn(d, 'Halbury Evening Post'));
    assert.notStrictEqual(postIn(c, 'Evening Post'), postIn(d, 'Marwick Evening Post'));
    const times = 'The Marwick Times reported the vote.';
    const [e, f] = linkAnalyses([analyzeText('The Times reported the vote.'), analyzeText(times)]);
    assert.notStrictEqual(postIn(e, 'Times'), postIn(f, 'Marwick Times'));
  });

  it('reads a military rank or an occupation before a name as the person\'s role, not part of the name', () => {
    const text = 'Marine Corporal Orla Quade died in the crash. Quade had served for six years.\n\n'
      + 'Lance Corporal Sam Dray was unhurt. Staff Sergeant Ola Penn said the road was closed. Midwife Tova Reeve said nothing.';
    const people = analyzeText(text).entities.filter(entity => entity.kind === 'person')
      .map(entity => `${entity.name}: ${entity.roles.map(role => role.text).join(', ')}`).sort();
    assert.deepStrictEqual(people, ['Ola Penn: Staff Sergeant', 'Orla Quade: Marine Corporal', 'Sam Dray: Lance Corporal', 'Tova Reeve: Midwife']);
  });

  it('leaves a modifier of the post ("Former", "Outgoing") opening a sentence out of the body\'s name before the post', () => {
    const text = 'Former Dunmore Athletic boss Gary Pell said the club needed stability. Outgoing Vardo Group chairman Ian Tull agreed.';
    assert.deepStrictEqual(entities(text, 'org'), ['Dunmore Athletic: Dunmore Athletic', 'Vardo Group: Vardo Group']);
  });
});
