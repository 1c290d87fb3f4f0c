// Kinds of space launch and satellite copy found by round 38's unseen set (r38-space, fresh116): a launch site's name
// ending in "Spaceport" (or a headland's "Head" before a site's head) read as a person titled by the words before it; a
// company named for its service ("X Broadband") read as a person; a field's common noun opening a crosshead before a
// body noun ("Space agency backs plan") read as a body; a closing attribution whose title opens with a participle
// ("“…,” managing director X said") given to the body of the sentence before. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

/** The names of the persons the analysis finds. */
function persons(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name);
}

describe('space launch and satellite copy kinds of round 38 (r38-space)', () => {
  it('reads a launch site ending in "Spaceport" or "Cosmodrome" as a place, no person', () => {
    assert.deepStrictEqual(persons('The rocket lifted off from Kelvick Point Spaceport on Friday morning.'), []);
    assert.deepStrictEqual(persons('Two satellites were launched from the Vardo Cosmodrome last year.'), []);
    assert.deepStrictEqual(mentionLabels('The launch from Tarrow Bay Spaceport was delayed by wind.'), []);
  });

  it('reads a site named for its headland ("X Head <place head>") as one place, no person titled "X Head"', () => {
    assert.deepStrictEqual(persons('The launch vehicle rolled out at Marwick Head Spaceport on Tuesday.'), []);
    assert.deepStrictEqual(persons('Walkers gathered at Kelso Head Lighthouse at dawn.'), []);
    assert.deepStrictEqual(rolesOf('Orla Fenwick, the Kelso Head Teacher, said the pupils were safe.', 'Orla Fenwick').length > 0, true);
  });

  it('reads the operator speaking by a spaceport\'s name as a body', () => {
    assert.ok(entityKinds('Kelvick Point Spaceport said the pad was intact and no one was hurt.').includes('org:Kelvick Point Spaceport'));
  });

  it('reads a company named "<words> Broadband" as a body, and its first word alone as the same company', () => {
    const text = 'Tarvel Broadband lodged a complaint with the ministry on Monday.\n\nTarvel said the tender had been unfair.';
    assert.deepStrictEqual(entityKinds(text), ['org:Tarvel Broadband']);
    assert.deepStrictEqual(entityKinds('Customers of Ostrin Broadband said the service dropped out in the rain.'), ['org:Ostrin Broadband']);
  });

  it('reads a field\'s common noun opening a crosshead before a body noun as no body', () => {
    assert.deepStrictEqual(mentionLabels('Space agency backs launch plan\n\nThe Vardo Space Office approved the plan.'), ['o:Vardo Space Office']);
    assert.deepStrictEqual(mentionLabels('Aviation regulator grounds the jet\n\nThe Kelso Air Safety Board said it would inspect it.'), ['o:Kelso Air Safety Board']);
    assert.deepStrictEqual(mentionLabels('Health board apologises to patients'), []);
  });

  it('keeps a place\'s name before a body noun at the opening of a line as the body named after it', () => {
    assert.deepStrictEqual(mentionLabels('Vardo party backs launch plan'), ['o:Vardo']);
  });

  it('credits a closing attribution whose title opens with a participle ("managing director X said")', () => {
    const text = 'Brackley Ports said the quay was intact. “The barriers held exactly as they were designed to,” managing director Ian Colter said.';
    assert.strictEqual(speakerOf(text, 'The barriers held'), 'Ian Colter');
    assert.strictEqual(speakerOf('“Nothing at all was lost in the fire,” acting director Dana Roeburn said.', 'Nothing at all'), 'Dana Roeburn');
    assert.strictEqual(speakerOf('“The crew is safe and the ship is sound,” commanding officer Tomas Wrede said.', 'The crew is'), 'Tomas Wrede');
    assert.deepStrictEqual(rolesOf('“The crew is safe and the ship is sound,” commanding officer Tomas Wrede said.', 'Tomas Wrede'), ['commanding officer']);
  });

  it('leaves a participial clause after a quotation to the subject it opens', () => {
    const text = 'Dana Roeburn was asked about the plan. “It will not change,” acting on advice, the Marwick Council said.';
    assert.notStrictEqual(speakerOf(text, 'It will not'), 'Dana Roeburn');
  });
});
