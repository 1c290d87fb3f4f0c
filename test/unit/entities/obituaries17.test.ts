// Obituaries and institutions' histories (round 17, fresh35): an orchestra, a hospice and a pub by their heads, honours
// after a name standing alone, a local paper's masthead line, a founder's surname beside a foundation named after him,
// trades and voices before a name, and "the late" between a post and a name. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { entityKinds, rolesOf } from '../support/entityQueries';

describe('obituaries: institutions named by their heads', () => {
  it('reads "X Sinfonia", "X Hospice" and "X Tavern" as bodies', () => {
    assert.deepStrictEqual(entityKinds('The Dunholm Sinfonia played at the gala. Donations went to Marrow Hospice.'),
      ['org:Dunholm Sinfonia', 'org:Marrow Hospice']);
    assert.deepStrictEqual(entityKinds('He ran the Brannock Tavern for twenty years before he retired.'), ['org:Brannock Tavern']);
  });
});

describe('obituaries: honours after a name', () => {
  it('reads post-nominal letters standing alone as an honour, no body', () => {
    assert.deepStrictEqual(entityKinds('Dana Kelso was appointed CBE in 2004 for services to nursing.'), ['person:Dana Kelso']);
    assert.deepStrictEqual(entityKinds('Tom Wrede took silk in 1990 and was made an OBE a decade later.'), ['person:Tom Wrede']);
  });
  it('still reads an unknown abbreviation standing alone as a body', () => {
    assert.deepStrictEqual(entityKinds('The KVR said the talks had failed.'), ['org:KVR']);
  });
});

describe('obituaries: a local paper\'s masthead line', () => {
  it('reads "X Evening Star" on a line of its own below the byline as the outlet', () => {
    const text = 'Tributes paid to former judge\n\nBy Orla Brandt\nMarwick Evening Star\nThursday 3 December 2026\n\nTributes have been paid to a retired judge.';
    assert.ok(entityKinds(text).includes('org:Marwick Evening Star'), entityKinds(text).join(', '));
  });
  it('leaves "star" a common word inside a sentence', () => {
    assert.deepStrictEqual(entityKinds('The rising star of the team, Tom Wrede, scored twice.'), ['person:Tom Wrede']);
  });
});

describe('obituaries: a founder\'s surname beside a foundation named after him', () => {
  it('gives the surname alone to the founder, not to "the X Foundation"', () => {
    const text = 'The mill owner Amos Tarrick founded the band in 1926.\n\nTarrick\'s money kept it going. His granddaughter, Wenna Tarrick, is its president, and the Tarrick Foundation pays for its tours.';
    const entities = analyzeText(text).entities;
    const founder = entities.find(e => e.name === 'Amos Tarrick');
    const foundation = entities.find(e => e.name === 'Tarrick Foundation');
    assert.ok(founder && foundation);
    assert.strictEqual(founder.mentions.length, 2);
    assert.strictEqual(foundation.mentions.length, 1);
  });
});

describe('obituaries: trades and voices before a name', () => {
  it('reads "the organist X", "the textile manufacturer X" and "the soprano Dame X" as posts', () => {
    assert.deepStrictEqual(rolesOf('It was founded by the textile manufacturer Amos Tarrick and the organist Wenna Lusk.', 'Wenna Lusk'), ['organist']);
    assert.deepStrictEqual(rolesOf('It was founded by the textile manufacturer Amos Tarrick and the organist Wenna Lusk.', 'Amos Tarrick'), ['textile manufacturer']);
    assert.ok(rolesOf('Its patron, the soprano Dame Ilse Varrow, will sing.', 'Ilse Varrow').includes('soprano'));
  });
  it('reads a parent\'s trade after the name ("X, a railway signalman,")', () => {
    assert.deepStrictEqual(rolesOf('He was the son of Amos Tarrick, a railway signalman, and his wife.', 'Amos Tarrick'), ['railway signalman']);
  });
});

describe('obituaries: "the late" between a post and a name', () => {
  it('keeps the relation or post before the comma the name\'s', () => {
    assert.deepStrictEqual(rolesOf('Her brother, the late Tom Halder, ran the mill for 30 years.', 'Tom Halder'), ['brother']);
    assert.deepStrictEqual(rolesOf('The head of the firm, the late Tom Halder, ran the mill for 30 years.', 'Tom Halder'), ['head of the firm']);
  });
  it('gives no post where no title stands before the comma', () => {
    assert.deepStrictEqual(rolesOf('After the war, the late Tom Halder ran the mill for 30 years.', 'Tom Halder'), []);
  });
});
