// Round 17 (r17-rural): kinds found on new invented farming and retail copy (test/fixtures/fresh36): bodies with a
// plural possessive and a hyphened head ("X Farmers' Co-operative", "X Breeders' Association", "X Guild"), a maker
// "X Appliances", a model's code ("KX-1701"), a disease's name opening a headline, a chain named in the possessive
// ("sold at Dunmarrow's and Tarrow & Sons"), posts of farming and consumer copy ("Vet X", "Shopper X", "Chief
// veterinary officer X") and "a spokesman for the co-operative" as an unnamed speaker. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { mentionLabels, rolesOf } from '../support/entityQueries';

function speakerOf(text: string, opening: string): string | null {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => q.text.startsWith(opening));
  assert.ok(quote, `no quotation opening "${opening}"`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
}

describe('a body with its members\' plural possessive and a hyphened head', () => {
  it('reads "X Farmers\' Co-operative" whole, not a place and a person "Co"', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso sells her milk to Dunmarrow Farmers\' Co-operative twice a week.'),
      ['p:Dana Kelso', 'o:Dunmarrow Farmers\' Co-operative']);
  });

  it('reads a breed society and a guild whole', () => {
    assert.deepStrictEqual(mentionLabels('Tom Wrede chairs the Tarrow Sheep Breeders\' Association and the Kelso Beekeepers\' Guild.'),
      ['p:Tom Wrede', 'o:Tarrow Sheep Breeders\' Association', 'o:Kelso Beekeepers\' Guild']);
  });

  it('keeps a plural title before names a title ("Farmers Dana Kelso and Tom Wrede")', () => {
    assert.deepStrictEqual(mentionLabels('Farmers Dana Kelso and Tom Wrede said the price was too low.'), ['p:Dana Kelso', 'p:Tom Wrede']);
  });
});

describe('a maker named for its goods, and a model\'s code', () => {
  it('reads "X Appliances" opening a sentence as a company, and its first word alone after it', () => {
    assert.deepStrictEqual(mentionLabels('Brannoch Appliances, which makes the kettles, issued a recall. Brannoch\'s managing director, Ivo Sandal, apologised.'),
      ['o:Brannoch Appliances', 'o:Brannoch', 'p:Ivo Sandal']);
  });

  it('reads capitals glued by a hyphen to a number as a code, not a body', () => {
    assert.deepStrictEqual(mentionLabels('Affected heaters are KX-1701 to KX-1760, Orla Brandt said.'), ['p:Orla Brandt']);
  });

  it('keeps a body\'s initials before a space and a verb', () => {
    assert.deepStrictEqual(mentionLabels('The KVR said the talks failed.'), ['o:KVR']);
  });
});

describe('a disease\'s name opening a headline or a sentence', () => {
  it('drops "Bluetongue" before a headline\'s "confirmed" and a passive', () => {
    assert.deepStrictEqual(mentionLabels('Bluetongue confirmed in Vardo herd\n\nBluetongue has been confirmed near Vardo, Dana Kelso said.'), ['p:Dana Kelso']);
  });

  it('keeps an unknown word before "confirmed" a speaker', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso joined Bluestone in May. Bluestone confirmed the deal on Monday.'), ['p:Dana Kelso', 'o:Bluestone', 'o:Bluestone']);
  });
});

describe('a chain named in the possessive', () => {
  it('reads a possessive standing alone before "and" another name as the chain', () => {
    assert.deepStrictEqual(mentionLabels('The kettles were sold at Dunmarrow\'s and Tarrow & Sons until May.'), ['o:Dunmarrow', 'o:Tarrow & Sons']);
  });

  it('leaves a possessive before a verb alone ("Kelso\'s said" is as often "Kelso has said")', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso spoke first. Kelso\'s said for years that the plan would fail.'), ['p:Dana Kelso', 'p:Kelso']);
  });

  it('reads a town\'s name so used before a shop\'s noun as the chain, not the town', () => {
    assert.deepStrictEqual(mentionLabels('Staff at the Marwick\'s store on Quay Street were busy.'), ['o:Marwick']);
  });

  it('leaves a person\'s possessive before the noun it owns, and two possessives sharing one noun', () => {
    assert.deepStrictEqual(mentionLabels('Both Dana Kelso\'s and Tom Wrede\'s supporters cheered.'), ['p:Dana Kelso', 'p:Tom Wrede']);
    assert.deepStrictEqual(mentionLabels('Marwick\'s shares fell sharply.'), []);
  });
});

describe('posts of farming and consumer copy', () => {
  it('takes "Vet", "Shopper" and "Chief veterinary officer" before a name as posts', () => {
    assert.deepStrictEqual(rolesOf('Vet Ivo Sandal, of the Kelso Veterinary Group, urged calm.', 'Ivo Sandal'), ['Vet']);
    assert.deepStrictEqual(rolesOf('Shopper Orla Brandt, 58, from Vardo, was angry.', 'Orla Brandt'), ['Shopper']);
    assert.deepStrictEqual(rolesOf('Chief veterinary officer Dr Dana Kelso said the zone would stay.', 'Dana Kelso'), ['Chief veterinary officer', 'Dr']);
  });

  it('takes a columnist\'s title after the byline', () => {
    assert.deepStrictEqual(rolesOf('Your Money: a recall\n\nBy Tom Wrede, Consumer Champion\n\nIf you have a kettle, check it.', 'Tom Wrede'), ['Consumer Champion']);
  });

  it('keeps "Shopper" inside a sentence a word of a campaign group\'s name', () => {
    assert.deepStrictEqual(mentionLabels('Idris Penhale of the campaign group Shopper Voice said so.'), ['p:Idris Penhale', 'o:Shopper Voice']);
  });
});

describe('a spokesman for a co-operative or a chain', () => {
  it('leaves the quotation without a named speaker', () => {
    const text = 'Dana Kelso said prices were falling.\n\nA spokesman for the co-operative said it was "working with the agency on a fix".';
    assert.strictEqual(speakerOf(text, 'working with'), null);
  });
});
