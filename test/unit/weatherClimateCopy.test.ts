// Kinds of weather, flood and climate-summit copy found by round 36's unseen set (r36-climate, fresh110): a recurring
// conference's abbreviation fused with its edition's number ("COP31") or alone ("COP") read as a body; a resident named
// by the first name alone before a comma and "of" with a street ("X, of Quarry Lane, said"); a post opening with a noun
// the tagger reads as a verb right after a name's comma ("X, flood duty manager at Y,", "X, fund manager at Y,"); and an
// emergency service named without its closing "Service" in one report and with it in another. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';
import { mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

/** The id of the entity one of whose mentions reads `mention`, or undefined. */
function idOf(analysis: DocumentAnalysis, mention: string): string | undefined {
  return analysis.entities.find(entity => entity.mentions.some(found => found.text === mention))?.id;
}

describe('weather, flood and climate-summit copy kinds of round 36 (r36-climate)', () => {
  it('reads a recurring conference\'s abbreviation, numbered or alone, as the meeting, no body', () => {
    assert.deepStrictEqual(mentionLabels('Negotiators at COP31 in Belém worked through the night. COP32 opens in Lagos next year.'), []);
    assert.deepStrictEqual(mentionLabels('COP is the yearly meeting of the parties to the treaty, and CoP20 is its wildlife cousin.'), []);
  });

  it('reads any abbreviation fused with a number before a meeting noun as the meeting, not a one-letter group', () => {
    assert.deepStrictEqual(mentionLabels('Officials left the SB66 session in Bonn early.'), []);
    assert.ok(mentionLabels('Officials at the G20 summit agreed a text.').includes('o:G20'), 'a one-letter group keeps its reading');
    assert.ok(mentionLabels('The KVR said its members would strike.').includes('o:KVR'), 'an abbreviation alone stays a body');
  });

  it('finds a resident named by the first name alone before "of" and a street, and credits the quote to her', () => {
    const text = 'Water reached the windowsills by noon.\n\nMargery, of Quarry Lane, said she had moved the dog upstairs. "I have never seen it this high," she said.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Margery']);
    assert.strictEqual(speakerOf(text, 'I have never seen'), 'Margery');
  });

  it('keeps "of course" and an unknown word before "of" and a place out', () => {
    assert.deepStrictEqual(mentionLabels('Margery, of course, said nothing at all.'), []);
  });

  it('reads a post opening with a noun the tagger reads as a verb, after a name\'s comma, as the post', () => {
    const text = 'Fenella Drage, flood duty manager at the Tarrow Rivers Board, said the gauge had failed.';
    assert.deepStrictEqual(rolesOf(text, 'Fenella Drage'), ['flood duty manager at the Tarrow Rivers Board']);
    assert.deepStrictEqual(rolesOf('Colm Ferriday, fund manager at Vardo Capital, said the shares were cheap.', 'Colm Ferriday'), ['fund manager at Vardo Capital']);
    assert.deepStrictEqual(rolesOf('He thanked Ines Marbury, support worker at the hostel, and left.', 'Ines Marbury'), ['support worker at the hostel']);
  });

  it('gives no post to a name before a comma and a reporting verb with its sources', () => {
    assert.deepStrictEqual(rolesOf('The cuts will hurt Dana Whitlock, say union officials.', 'Dana Whitlock'), []);
  });

  it('links an emergency service named without its closing "Service" to the full name in another report', () => {
    const [full, short] = linkAnalyses([
      analyzeText('Crews from Wendlebury Fire and Rescue Service pumped out 40 cellars.'),
      analyzeText('Wendlebury Fire and Rescue said crews had pumped out 40 cellars.'),
    ]);
    assert.ok(idOf(full, 'Wendlebury Fire and Rescue Service'), 'the full name is found');
    assert.strictEqual(idOf(short, 'Wendlebury Fire and Rescue'), idOf(full, 'Wendlebury Fire and Rescue Service'));
  });

  it('keeps a police authority apart from the police named without a head', () => {
    const [authority, police] = linkAnalyses([
      analyzeText('The Marwick Police Authority approved the budget on Monday.'),
      analyzeText('Marwick Police said the roads were closed.'),
    ]);
    assert.ok(idOf(authority, 'Marwick Police Authority') && idOf(police, 'Marwick Police'), 'both found');
    assert.notStrictEqual(idOf(police, 'Marwick Police'), idOf(authority, 'Marwick Police Authority'));
  });
});
