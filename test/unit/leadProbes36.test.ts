// Kinds the lead's probes of round 36 found in invented copy: an education story's teachers' body named for two kinds
// of school before its members was cut at "and", and a minister described by a brief ("the education secretary") took
// the quotation of a union's "general secretary"; a tourism story's residents' body after "Residents' association"
// read as a person; a technology story's developer, named before "whose founder", and a company introduced as "its
// main rival" were missed; a nature story's scientist, "Dr" and a surname ending in "-bank", read as a German bank.
// A motoring recall's car named before "model" read as a person. Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels, speakerOf } from './support/entityQueries';

describe('round 36 lead probes: bodies named for their members', () => {
  it('keeps two kinds of institution joined by "and" before the members\' plural in one name', () => {
    assert.deepStrictEqual(mentionLabels('The Association of School and Academy Heads said it was worried.'), ['o:Association of School and Academy Heads']);
    assert.deepStrictEqual(mentionLabels('The Federation of School and College Librarians said it was worried.'), ['o:Federation of School and College Librarians']);
  });

  it('still lists a second body after "and" when the words after it end in a body\'s head', () => {
    assert.deepStrictEqual(mentionLabels('The University of Kelso and Tarrow College said it was worried.'), ['o:University of Kelso', 'o:Tarrow College']);
  });

  it('reads a name after a plural possessive and a body\'s head as that body', () => {
    assert.deepStrictEqual(mentionLabels('Residents\' association Vellamare Vivo said the toll was too low.'), ['o:Vellamare Vivo']);
    assert.deepStrictEqual(mentionLabels('The tenants\' federation Brisa Nuova said rents had doubled.'), ['o:Brisa Nuova']);
  });
});

describe('round 36 lead probes: companies by their relations', () => {
  it('reads a name before ", whose founder" or ", whose chief executive" as a body', () => {
    assert.deepStrictEqual(mentionLabels('The suit is backed by studios such as Plenor Games, whose founder, Ann Roe, has long complained.'), ['o:Plenor Games', 'p:Ann Roe']);
    assert.deepStrictEqual(mentionLabels('The contract went to Harrow Vane, whose chief executive said it was fair.'), ['o:Harrow Vane']);
  });

  it('keeps a known given name before ", whose" a person, and reads no body before a kin noun', () => {
    assert.deepStrictEqual(mentionLabels('The fund was started by Tom Harrow, whose chairman said it was fair.'), ['p:Tom Harrow']);
    assert.ok(!mentionLabels('The fund was started by Harrow Vane, whose wife, Ann Roe, said it was fair.').includes('o:Harrow Vane'));
  });

  it('reads a name after "its main rival" as a body', () => {
    assert.deepStrictEqual(mentionLabels('Kelso Foods lost ground. Its main rival, Tessaly, gained.'), ['o:Kelso Foods', 'o:Tessaly']);
    assert.deepStrictEqual(mentionLabels('Her main rival, Dana Kelso, said nothing.'), ['p:Dana Kelso']);
  });
});

describe('round 36 lead probes: a description by a government brief', () => {
  const union = 'Its general secretary, Pat Lowrie, called for a review. "This cannot happen again," she said.\n\n';

  it('does not give "the education secretary" the quotation when the article\'s secretary is another office', () => {
    assert.strictEqual(speakerOf(`${union}The education secretary said the government was "monitoring the situation closely".`, 'monitoring'), null);
    assert.strictEqual(speakerOf(`${union}The education secretary, speaking in the Commons, said ministers were "watching closely".`, 'watching'), null);
  });

  it('still gives the quotation to the holder when the description fits the role', () => {
    assert.strictEqual(speakerOf(`${union}The secretary said the union was "monitoring the situation closely".`, 'monitoring'), 'Pat Lowrie');
    assert.strictEqual(speakerOf('Education Secretary Mira Oduya opened the school.\n\nThe education secretary said pupils were "the priority".', 'the priority'), 'Mira Oduya');
  });
});

describe('round 36 lead probes: a surname ending in a German body\'s word', () => {
  it('reads a name after an honorific as a person though its surname ends in "-bank"', () => {
    assert.deepStrictEqual(mentionLabels('"It works," said Dr Felicia Marchbank, the trusts\' director of research.'), ['p:Felicia Marchbank']);
  });

  it('keeps a German bank named so a body', () => {
    assert.deepStrictEqual(mentionLabels('The Kelso Landesbank said rates would rise.'), ['o:Kelso Landesbank']);
  });
});

describe('round 36 lead probes: a car named before "model"', () => {
  it('reads no person in a car model\'s name before "model"', () => {
    assert.deepStrictEqual(mentionLabels('The recall affects the Veltra Aster model built in 2022.'), []);
  });

  it('keeps the person who speaks after a model of care named for a town', () => {
    assert.deepStrictEqual(mentionLabels('The Tarrow model of care is spreading, said Ann Roe.'), ['p:Ann Roe']);
  });
});
