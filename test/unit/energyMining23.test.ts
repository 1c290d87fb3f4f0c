// Kinds of energy, mining and commodities copy found by round 23's unseen set (r23-energy): companies named for their
// trade (traders, offshore contractors, Nordic state energy companies, producers whose first word reads as a given
// name), a share class's letter after a company's name, currency codes and units, a section label of common words
// after a masthead, a byline in capitals with the place it was filed from and a picture credit, trades in the plural
// before "at", installations named after places, licences and rigs, an abbreviation that is also an airport's code, a
// joint venture introduced by an appositive. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('energy, mining and commodities kinds of round 23 (r23-energy)', () => {
  it('reads companies named for an energy or commodities trade as bodies', () => {
    const found = mentionLabels('Tarsk Commodities, the Geneva-based trader, said it was calm. Brenwick Subsea and Talbot Offshore won the work. '
      + 'Halvik Energi said output rose.');
    assert.deepStrictEqual(found, ['o:Tarsk Commodities', 'o:Brenwick Subsea', 'o:Talbot Offshore', 'o:Halvik Energi']);
  });

  it('joins a producer\'s first word to its name where it reads as a given name', () => {
    const found = namedMentionLabels('Shares in Brendan Petroleum rose on Tuesday. Brendan said the field would start in 2029.');
    assert.deepStrictEqual(found, ['o:Brendan Petroleum:Brendan Petroleum', 'o:Brendan Petroleum:Brendan']);
  });

  it('ends a company\'s name before the letter of a share class', () => {
    const found = namedMentionLabels('Redmoor B shares jumped on Tuesday. Redmoor\'s A shares rose 4 per cent. Redmoor said it was pleased.');
    assert.ok(!found.some(label => label.includes('Redmoor B')), found.join(' | '));
    assert.ok(found.every(label => label.startsWith('o:Redmoor:')), found.join(' | '));
  });

  it('keeps a middle initial before other words a person\'s', () => {
    const found = mentionLabels('Dana B. Kelso owns shares in the mine.');
    assert.deepStrictEqual(found, ['p:Dana B. Kelso']);
  });

  it('reads currency codes before a sum and energy units as no bodies', () => {
    const found = mentionLabels('The field will cost NOK 38 billion and SEK 4 billion more, cutting its CO2 intensity to 1 kg per boe, Halvik Energi said.');
    assert.deepStrictEqual(found, ['o:Halvik Energi']);
  });

  it('reads a section label of common words after a masthead as no body', () => {
    const found = mentionLabels('THE VARDO COURIER | National News\n\nMine floods after dam fails\n\nKelso Gazette | Companies | Oil & Gas\n\nShares jump.');
    assert.ok(!found.some(label => label.includes('National') || label.includes('Oil')), found.join(' | '));
  });

  it('keeps a name after a section bar a name when a word of it is unknown', () => {
    const found = mentionLabels('Sport | Kelso Rovers\n\nKelso Rovers won again on Saturday.');
    assert.ok(found.includes('o:Kelso Rovers'), found.join(' | '));
  });

  it('reads a byline in capitals with the place it was filed from, and a picture credit, as people', () => {
    const found = mentionLabels('Dam bursts at mine\n\nBy BWALYA TEMBO in Kitwe\n\nFive miners are missing, the company said.\n\nPicture by MUSONDA ZULU');
    assert.ok(found.includes('p:BWALYA TEMBO'), found.join(' | '));
    assert.ok(found.includes('p:MUSONDA ZULU'), found.join(' | '));
    assert.ok(!found.some(label => label.includes('Kitwe')), found.join(' | '));
  });

  it('reads the workplace after people of a trade in the plural, opening the sentence, as a body', () => {
    const found = mentionLabels('Campaigners at Nordvik Klima said they would sue. Economists at Vornet Kallum said demand was soft.');
    assert.deepStrictEqual(found, ['o:Nordvik Klima', 'o:Vornet Kallum']);
  });

  it('does not read a crowd at someone\'s rally as a workplace', () => {
    const found = mentionLabels('Crowds at Dana Kelso\'s rally cheered on Friday.');
    assert.deepStrictEqual(found, ['p:Dana Kelso']);
  });

  it('reads installations named after places, a licence\'s code and a rig as no bodies', () => {
    const found = mentionLabels('The wall of the Orsund copper mine gave way. Gas will reach the Halvik A platform through the Tarrow electrification cable. '
      + 'Vardo Energy holds licence PL 2231 and hired the rig Deep Sorrel.');
    assert.deepStrictEqual(found, ['o:Vardo Energy']);
  });

  it('keeps a body that owns an installation a body', () => {
    const found = mentionLabels('The wall of Orsund Mining\'s mine gave way, the company said.');
    assert.deepStrictEqual(found, ['o:Orsund Mining']);
  });

  it('reads an abbreviation spelling a body\'s initials as the body, also where it is an airport\'s code', () => {
    const found = namedMentionLabels('The Offshore Resources Directorate (ORD) recommended approval. ORD said so in June.');
    assert.ok(found.includes('o:Offshore Resources Directorate:ORD'), found.join(' | '));
  });

  it('reads a hyphen-named joint venture introduced by an appositive as a body', () => {
    const found = mentionLabels('Kestrel-Vance, the Stavanger-based venture that holds the rest, is owned by Kestrel Energy.');
    assert.deepStrictEqual(found, ['o:Kestrel-Vance', 'o:Kestrel Energy']);
  });

  it('reads a government unit with "and" inside its name as one body', () => {
    const found = namedMentionLabels('Families were fed by the National Relief and Recovery Unit (NRRU).');
    assert.deepStrictEqual(found, ['o:National Relief and Recovery Unit:National Relief and Recovery Unit', 'o:National Relief and Recovery Unit:NRRU']);
  });
});
