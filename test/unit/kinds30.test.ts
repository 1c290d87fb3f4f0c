// Kinds left open by round 29's invented sets: a family name written first before an age, a public service's two-part
// task and a force named for two places, a body named by an appositive, a byline's critic and a park's ranger, initials
// after "known as", peaks and landmarks, a portfolio of two departments, and a university named either way round.
// Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('round 30 kinds: family names first, services, appositive bodies, posts, initials, peaks and portfolios', () => {
  it('keeps a family name that is an English word, written first before two given names and an age', () => {
    assert.deepStrictEqual(mentionLabels('Tan Kai Wen, 46, said the market had changed.'), ['p:Tan Kai Wen']);
    assert.deepStrictEqual(namedMentionLabels('Chew Mei Lan, 52, runs a noodle stall. Chew said prices rose.'), ['p:Chew Mei Lan:Chew Mei Lan', 'p:Chew Mei Lan:Chew']);
  });

  it('leaves such a word opening the sentence before a name with no age after it out of the name', () => {
    assert.deepStrictEqual(mentionLabels('Tan Kai Wen said the market had changed.'), ['p:Kai Wen']);
  });

  it('reads a common word, "and" and a service\'s head after a county\'s or a valley\'s name as one body', () => {
    assert.deepStrictEqual(mentionLabels('Grant County Search and Rescue said the hikers were found.'), ['o:Grant County Search and Rescue']);
    assert.deepStrictEqual(mentionLabels('Crews from Dunmore Valley Search and Rescue found them.'), ['o:Dunmore Valley Search and Rescue']);
  });

  it('reads a force named for two places as one body, though the first is a company\'s name too', () => {
    assert.deepStrictEqual(mentionLabels('Avon and Dorset Police said the road was closed.'), ['o:Avon and Dorset Police']);
    assert.deepStrictEqual(mentionLabels('Talks between Avon and Dorset Police failed.'), ['o:Avon', 'o:Dorset Police']);
  });

  it('reads one common word introduced by an appositive naming a kind of body as that body', () => {
    assert.deepStrictEqual(mentionLabels('Parity, the performers\' union, said members would strike.'), ['o:Parity']);
    assert.deepStrictEqual(mentionLabels('Amity, a trade body, said the rules were unclear.'), ['o:Amity']);
    assert.deepStrictEqual(mentionLabels('Maternity services were cut.'), []);
  });

  it('gives a byline\'s name the post of a critic of a beat, and a ranger the post before the name', () => {
    assert.deepStrictEqual(rolesOf('The menu has changed.\nBy Dara Quell, Restaurant Critic\n\nThe soup was cold.', 'Dara Quell'), ['Restaurant Critic']);
    assert.deepStrictEqual(rolesOf('District ranger Olen Brosk said the trail was shut.', 'Olen Brosk'), ['District ranger']);
    assert.deepStrictEqual(rolesOf('Park ranger Tia Brosk said the trail was shut.', 'Tia Brosk'), ['Park ranger']);
    assert.deepStrictEqual(rolesOf('A critic of the deal, Tia Brosk, said so.', 'Tia Brosk'), []);
  });

  it('leaves a club named in the plural of "ranger" a body', () => {
    assert.ok(mentionLabels('Kelso Rangers manager Tom Wrede said so.').includes('o:Kelso Rangers'));
  });

  it('joins initials after "known as" to the body named with "the" before them, in later paragraphs too', () => {
    const text = 'The Kestrel Ocean Venture, known as KOV, was founded in 2001.\n\nLater, KOV said it would expand.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Kestrel Ocean Venture:Kestrel Ocean Venture', 'o:Kestrel Ocean Venture:KOV', 'o:Kestrel Ocean Venture:KOV']);
  });

  it('leaves a person\'s stage name of initials the person\'s', () => {
    assert.deepStrictEqual(namedMentionLabels('The rapper Kofi Vane, known as KVB, sold out the hall.'), ['p:Kofi Vane:Kofi Vane', 'p:Kofi Vane:KVB']);
  });

  it('reads a peak after a verb of climbing, and a col, as places', () => {
    assert.deepStrictEqual(mentionLabels('The climbers summited Tarlo Kang on Tuesday.'), []);
    assert.deepStrictEqual(mentionLabels('They camped at the Vardo Col below the summit.'), []);
    assert.deepStrictEqual(mentionLabels('She climbed Dana Kelso\'s fence.'), ['p:Dana Kelso']);
  });

  it('reads two known departments joined by "and" after a title\'s connector as one portfolio before the name', () => {
    assert.deepStrictEqual(rolesOf('Minister of Finance and Trade Orla Vesk said the budget was fair.', 'Orla Vesk'), ['Minister of Finance and Trade']);
  });

  it('joins a university named before "of" its town to the same written after the town', () => {
    const text = 'The University of Harwick said fees would rise.\n\nA Harwick University spokesman said nothing.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:University of Harwick:University of Harwick', 'o:University of Harwick:Harwick University']);
  });
});
