// Business copy (round 14, test/fixtures/fresh17/README.md): a company called by its first word, a double surname
// opening a sentence, a partners' firm with and without its trade noun, a dated dateline's credit, a caption's picture
// credit. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

const entities = (text: string): { kind: string; mentions: string[] }[] => analyzeText(text).entities
  .map(entity => ({ kind: entity.kind, mentions: entity.mentions.map(mention => text.slice(mention.start, mention.end)) }));
const named = (text: string, kind: string): string[][] => entities(text).filter(entity => entity.kind === kind).map(entity => entity.mentions);

describe('business copy (round 14)', () => {
  it('reads a company\'s first word alone as the company, though it reads as a surname', () => {
    const text = 'Kessler Bancorp will pay a $90 million fine, the regulator said.\n\nKessler did not admit the findings. Shares in Kessler fell 3%.';
    assert.deepStrictEqual(named(text, 'person'), []);
    assert.deepStrictEqual(named(text, 'org'), [['Kessler Bancorp', 'Kessler', 'Kessler']]);
  });
  it('keeps the word the founder\'s where the document names the founder in full', () => {
    const text = 'Nora Kessler founded Kessler Bancorp in 1990.\n\nKessler said she would step down next year.';
    assert.ok(named(text, 'person').some(mentions => mentions.includes('Nora Kessler') && mentions.includes('Kessler')));
  });
  it('joins a group\'s name alone to the company named first, not to its unit', () => {
    const text = 'Kessler Logistik AG said on Monday that its unit Kessler Freight UK had been sold.\n\nKessler shares rose 2%.';
    const orgs = named(text, 'org');
    assert.ok(orgs.some(mentions => mentions.includes('Kessler Logistik AG') && mentions.includes('Kessler')), JSON.stringify(orgs));
  });
  it('keeps a double surname whole where it opens a sentence', () => {
    const text = 'Chief executive Alma Kennelly-Roth spoke on Monday.\n\nKennelly-Roth said the group would grow.';
    assert.deepStrictEqual(named(text, 'person'), [['Alma Kennelly-Roth', 'Kennelly-Roth']]);
  });
  it('keeps one common word after "&" in a firm\'s name whose first part ends in a body\'s head (round 20)', () => {
    assert.deepStrictEqual(named('Kelso Bank & Trust said profits rose. The novel came out from Vardo Books & Media.', 'org'), [['Kelso Bank & Trust'], ['Vardo Books & Media']]);
    // Two bodies of several words each stay two.
    assert.deepStrictEqual(named('Marwick Books & Kelso Music merged on Monday.', 'org'), [['Marwick Books'], ['Kelso Music']]);
  });
  it('reads a partners\' firm with and without its trade noun as one company', () => {
    const text = 'Pellow & Marsh rejects bid\n\nThe board of Pellow & Marsh Group said on Monday it had rejected the offer.';
    assert.deepStrictEqual(named(text, 'org'), [['Pellow & Marsh', 'Pellow & Marsh Group']]);
  });
  it('reads a surname after "said" and a partners\' firm owning a post as the speaker and the appositive (round 15)', () => {
    const text = 'Mara Tallon spoke on Tuesday.\n\n"Nobody wanted this," said Tallon, Harrow & Quill\'s chief executive.';
    const analysis = analyzeText(text);
    assert.deepStrictEqual(named(text, 'person'), [['Mara Tallon', 'Tallon']]);
    assert.deepStrictEqual(named(text, 'org'), [['Harrow & Quill']]);
    const tallon = analysis.entities.find(entity => entity.name === 'Mara Tallon');
    assert.deepStrictEqual(analysis.quotes.map(quote => quote.speakerId), [tallon?.id]);
  });
  it('still reads a partners\' firm after "said" as one company', () => {
    const text = '"We will appeal," said Hollis, Brandt & Co. in a statement.';
    assert.deepStrictEqual(named(text, 'org'), [['Hollis, Brandt & Co']]);
  });
  it('credits the agency of a dateline with a date, and the outlet of a caption\'s picture credit', () => {
    assert.deepStrictEqual(named('MARWICK, June 4 (Harbour Newswire) - The mill closed on Friday.', 'person'), []);
    assert.ok(named('MARWICK, June 4 (Harbour Newswire) - The mill closed on Friday.', 'org').some(mentions => mentions.includes('Harbour Newswire')));
    const caption = 'The bank\'s tower in Kelso, N.C. (Photo: Jordan Pell / Harbour Desk)\n\nThe bank said it would appeal.';
    assert.ok(named(caption, 'org').some(mentions => mentions.includes('Harbour Desk')));
  });
  it('splits a picture credit whose slash is glued between the photographer and the outlet', () => {
    const text = 'A depot in Kelso. Photograph: Jordan Pell/Marwick Ledger\n\nThe company employs 900 people.';
    assert.deepStrictEqual(named(text, 'person'), [['Jordan Pell']]);
    assert.deepStrictEqual(named(text, 'org'), [['Marwick Ledger']]);
  });
});
