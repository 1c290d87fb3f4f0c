// Kinds of social care, charities and care-home regulation copy found by round 35's unseen set (r35-care, fresh108): a
// local paper's lead opening with a plural noun set in capitals; relatives named by the first name alone before "whose"
// and a kin noun; a thing noun that is the verb of a plural subject or a year ("the accounts show X received"); a paper
// called by its head after "A" ("A Ledger probe"); "the regulator said" after a regulator named "… Office". Every
// sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('social care, charities and care-home regulation copy kinds of round 35 (r35-care)', () => {
  it('reads a lead\'s first word in capitals that is a plural common noun as the noun, no body', () => {
    assert.deepStrictEqual(mentionLabels('PATIENTS were moved out overnight after the ward at Tollbridge Infirmary flooded.'), ['o:Tollbridge Infirmary']);
    assert.deepStrictEqual(mentionLabels('PENSIONERS say they were never consulted about the day centre.'), []);
  });

  it('keeps a body\'s initials or name in capitals opening a sentence', () => {
    assert.ok(mentionLabels('The Fernmoor Carers Trust (FCT) was told. FCT staff said the letters were late.').includes('o:FCT'));
  });

  it('reads a given name alone before "whose" and a kin noun as a relative, and credits the quotations after it', () => {
    const text = 'Visitors were turned away at the door. Gwendolyn, whose father, 94, has lived at the home since 2019, said nobody had warned her. "I found out from a neighbour," she said.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Gwendolyn']);
    assert.strictEqual(speakerOf(text, 'I found out'), 'Gwendolyn');
    assert.deepStrictEqual(mentionLabels('A second relative, Lionel, whose wife has dementia, said the fees had doubled.'), ['p:Lionel']);
  });

  it('leaves a name before "whose" and a word that is no kin noun as it was', () => {
    assert.deepStrictEqual(mentionLabels('Gwendolyn, whose shop closed in May, said the street was empty.'), []);
  });

  it('reads a thing noun after a plural subject or a year as the verb, so the name after it is found', () => {
    const text = 'Ottilie Varnham was paid more than any other chief executive in the sector.\n\nFilings for 2024-25 show Varnham received a bonus of £30,000, and minutes show Varnham chaired the meeting.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ottilie Varnham', 'p:Varnham', 'p:Varnham']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('still reads a show or a storm named after a determiner as a thing', () => {
    assert.deepStrictEqual(mentionLabels('She hosted the show Tidewater Nights for a decade.'), []);
  });

  it('reads a paper called by its head after "A" as the paper of the masthead, no body "A X"', () => {
    const text = 'THE BRAMLEY COURIER\n\nFUND BOSS QUITS\n\nA neighbour told the Courier the lights were on all night.\n\nA Courier investigation found the fund had paid for a holiday.';
    const names = analyzeText(text).entities.map(entity => entity.name);
    assert.ok(!names.some(name => /^A /.test(name)), names.join(', '));
    assert.strictEqual(names.filter(name => /Courier/i.test(name)).length, 1, names.join(', '));
  });

  it('credits "the regulator said" to the one regulator named "… Office" or "… Board" for regulation or standards', () => {
    const text = 'The Fundraising Standards Board (FSB) said on Friday it had opened an inquiry into the trust. The inquiry will look at "how the grants were approved", the regulator said.';
    assert.strictEqual(speakerOf(text, 'how the grants'), 'Fundraising Standards Board');
  });

  it('credits "the regulator said" to no office that is no regulator', () => {
    const text = 'The Colonial Office said on Friday it had written to the trust. "We expect answers," the regulator said.';
    assert.strictEqual(speakerOf(text, 'We expect'), null);
  });

  it('reads a social care or charity desk after "of" before a name as part of the post', () => {
    const text = 'Chief inspector of adult social care Rosamund Tekle said the ratings would be published. Head of investigations Osric Pennefather agreed.';
    assert.deepStrictEqual(rolesOf(text, 'Rosamund Tekle'), ['Chief inspector of adult social care']);
    assert.deepStrictEqual(rolesOf(text, 'Osric Pennefather'), ['Head of investigations']);
    assert.deepStrictEqual(rolesOf('Chair of trustees Sir Anselm Quickfall said sorry.', 'Anselm Quickfall'), ['Chair of trustees', 'Sir']);
  });

  it('ends a post given by "becomes" before "with immediate effect"; "can become" gives no post', () => {
    assert.deepStrictEqual(rolesOf('Mirela Osgathorpe becomes acting chief executive with immediate effect.', 'Mirela Osgathorpe'), ['acting chief executive']);
    assert.deepStrictEqual(rolesOf('Mirela Osgathorpe can become a free agent in May.', 'Mirela Osgathorpe'), []);
  });

  it('reads a builder after an age as a trade, a role', () => {
    assert.deepStrictEqual(rolesOf('Cuthbert Ilsley, 68, a retired builder from Frome, gave £2,000 a year.', 'Cuthbert Ilsley'), ['retired builder from Frome']);
  });
});
