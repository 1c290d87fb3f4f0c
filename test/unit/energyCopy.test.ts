// Kinds of energy and utilities copy found by round 33's unseen set (r33-energy, fresh100): a power station's plants on
// one site named by a letter after the place ("Hallbeck B"), read as a person; a council named after two towns with its
// tier between ("X and Y District Council") and a regulator's remit of two subjects ("Office of Gas and Power
// Markets") cut at "and"; "Anchor" opening a body's name read as a broadcaster's post; a consumer site's coined name
// before a breadcrumb and a byline with "| Updated <date>"; a generator called without its trade ("Orrin Nuclear" for
// "Orrin Nuclear Generation") in another report. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** The id of the entity one of whose mentions is written so. */
function idOf(analysis: DocumentAnalysis, mention: string): string | undefined {
  return analysis.entities.find(entity => entity.mentions.some(found => found.text === mention))?.id;
}

describe('energy and utilities copy kinds of round 33 (r33-energy)', () => {
  it('reads a place and one capital letter as a power station\'s plant, not a person, and its town as a place', () => {
    const text = 'Refuelling at Dunmere A has finished. Dunmere A’s turbine hall reopened on Monday, and Dunmere C will follow.\n\nShops in Dunmere stayed open.';
    assert.deepStrictEqual(mentionLabels(text), []);
  });

  it('keeps a person whose known given name comes before a letter', () => {
    assert.deepStrictEqual(mentionLabels('A mural of Malcolm X was unveiled on Tuesday.'), ['p:Malcolm X']);
  });

  it('reads a council named after two towns with its tier before "Council" as one body', () => {
    const text = 'Petra Lusk, leader of Ashby and Wendle Borough Council, said the plant mattered. Drumlow and Vardo District Council agreed.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Petra Lusk', 'o:Ashby and Wendle Borough Council', 'o:Drumlow and Vardo District Council']);
    assert.deepStrictEqual(rolesOf(text, 'Petra Lusk'), ['leader of Ashby and Wendle Borough Council']);
  });

  it('reads a regulator\'s two subjects after "of" or "for" as one remit when the second names no body', () => {
    assert.deepStrictEqual(mentionLabels('The Office of Heat and Water Markets said bills would rise.'), ['o:Office of Heat and Water Markets']);
    assert.deepStrictEqual(mentionLabels('The Authority for Fuel and Meter Standards (AFMS) fined the firm.'), ['o:Authority for Fuel and Meter Standards', 'o:AFMS']);
    // A second body's head after "and" still lists two bodies.
    assert.deepStrictEqual(mentionLabels('The Ministry for Energy and Kelso Rail met on Friday.'), ['o:Ministry for Energy', 'o:Kelso Rail']);
  });

  it('reads a capitalised "Anchor" as the first word of a body\'s name, not a presenter\'s post', () => {
    const text = 'Marta Glynn, a money adviser at Anchor Vale Money Help, said calls had doubled.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Marta Glynn', 'o:Anchor Vale Money Help']);
    assert.deepStrictEqual(rolesOf(text, 'Marta Glynn'), ['money adviser at Anchor Vale Money Help']);
  });

  it('reads a consumer site\'s coined name before a breadcrumb as the outlet, and a byline with "| Updated" as the writer\'s', () => {
    const text = 'Coinwise › Money › Mortgages\n\nFixed rates climb again\n\nBy Nadia Ferrow, Money Reporter | Updated 3 March\n\nLenders raised rates, Coinwise found.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Coinwise', 'p:Nadia Ferrow', 'o:Coinwise']);
    assert.deepStrictEqual(rolesOf(text, 'Nadia Ferrow'), ['Money Reporter']);
  });

  it('reads a known word or an adjective before a breadcrumb as a section label, no outlet', () => {
    assert.deepStrictEqual(mentionLabels('Culture › Books › Reviews\n\nA novel of the sea\n\nIt is long.'), []);
    assert.deepStrictEqual(mentionLabels('Provincial › Storms › Coast\n\nRoads closed\n\nProvincial crews cleared them.'), []);
  });

  it('joins a generator named without its trade to the full name, within a report and across reports', () => {
    const one = analyzeText('Orrin Nuclear Generation runs the plant. Orrin Nuclear said the repair would take a month.');
    assert.strictEqual(one.entities.length, 1, one.entities.map(entity => entity.name).join(', '));
    const [full, short] = linkAnalyses([
      analyzeText('Orrin Nuclear Generation (ONG) said the reactor would stay off.'),
      analyzeText('The plant’s operator, Orrin Nuclear, said the reactor would stay off.'),
    ]);
    assert.ok(idOf(full, 'Orrin Nuclear Generation'), 'the generator is found in the first report');
    assert.strictEqual(idOf(full, 'Orrin Nuclear Generation'), idOf(short, 'Orrin Nuclear'));
  });

  it('keeps a generation not of energy whole', () => {
    assert.deepStrictEqual(mentionLabels('Members of the Kelso Generation spoke at the event.').filter(label => label.startsWith('p:')), []);
  });
});
