// International and court/business copy (round 12): name shapes of other languages and companies' legal forms.
// Invented sentences and names.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** The entity one of whose mentions is `text`: its kind, name and all mention texts. */
function entityOf(text: string, mention: string): { kind: string; name: string; mentions: string[] } | undefined {
  const entity = analyzeText(text).entities.find(e => e.mentions.some(m => m.text === mention));
  return entity && { kind: entity.kind, name: entity.name, mentions: entity.mentions.map(m => m.text) };
}

/** The name of the entity credited with the quotation that starts with `words`. */
function speakerOf(text: string, words: string): string | undefined {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => q.text.startsWith(words));
  return analysis.entities.find(e => e.id === quote?.speakerId)?.name;
}

describe('international copy: surnames opened by a particle', () => {
  it('joins a sentence-opening "Van der X" / "De X" to the person named in full, and credits the quotation', () => {
    const dutch = 'Foreign Minister Joost van der Lahn flew in on Monday. "The court has ruled," Van der Lahn said.';
    assert.deepStrictEqual(entityOf(dutch, 'Van der Lahn'), { kind: 'person', name: 'Joost van der Lahn', mentions: ['Joost van der Lahn', 'Van der Lahn'] });
    assert.strictEqual(speakerOf(dutch, 'The court'), 'Joost van der Lahn');
    const french = 'The agency is led by Amélie de Rochebrune. De Rochebrune said the crews had waited long enough.';
    assert.strictEqual(entityOf(french, 'De Rochebrune')?.name, 'Amélie de Rochebrune');
  });

  it('leaves such a name a body when no person of the document ends in it, or when a body noun heads it', () => {
    assert.notStrictEqual(entityOf('"The court has ruled," Van der Lahn said.', 'Van der Lahn')?.name, 'Joost van der Lahn');
    const foundation = 'Amélie de Rochebrune spoke first. The De Rochebrune Foundation said it would pay.';
    assert.strictEqual(entityOf(foundation, 'De Rochebrune Foundation')?.kind, 'org');
  });
});

describe('business copy: companies\' legal forms and people set off after a firm', () => {
  it('keeps a lower-case "plc" in the company\'s name, which makes it a body', () => {
    assert.deepStrictEqual(entityOf('The landlord, Marwick Ports plc, complained of unpaid rent.', 'Marwick Ports plc')?.kind, 'org');
    assert.deepStrictEqual(entityOf('Talks with Vardo Shipping plc ended on Friday.', 'Vardo Shipping plc')?.kind, 'org');
  });

  it('reads "SA" (or "SE") in capitals after a name as a company\'s form, not a person\'s name', () => {
    assert.strictEqual(entityOf('Invoices were sent to the haulier Corbel SA and to a packaging maker.', 'Corbel SA')?.kind, 'org');
    assert.strictEqual(entityOf('The order went to Tessin Logistik SE last year.', 'Tessin Logistik SE')?.kind, 'org');
  });

  it('reads a known first name set off by commas after "the firm" as a person, whatever the surname', () => {
    const text = 'The claim is brought by the firm Pellow & Vane LLP. A partner at the firm, Celia Drummond-Ashe, said it would be heard next year.';
    assert.strictEqual(entityOf(text, 'Celia Drummond-Ashe')?.kind, 'person');
    assert.strictEqual(entityOf('Talks with the regulator, Vardo, failed on Monday.', 'Vardo')?.kind, 'org');
  });
});

describe('business copy: a company\'s trade before its name', () => {
  it('reads a name after "the port operator" or "the haulier" as a company', () => {
    const text = 'The collapse left creditors including the port operator Marwick Ports and the French haulier Corbel owed £40m.';
    assert.strictEqual(entityOf(text, 'Marwick Ports')?.kind, 'org');
    assert.strictEqual(entityOf(text, 'Corbel')?.kind, 'org');
  });

  it('keeps a person after such a noun when a known first name and surname follow', () => {
    assert.strictEqual(entityOf('The crane operator Tom Halder said the wind was too strong.', 'Tom Halder')?.kind, 'person');
  });
});

/** The role texts of the entity named `name`. */
function rolesOf(text: string, name: string): string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.roles.map(role => role.text) ?? [];
}

describe('court and shipping copy: a partner of a firm, a ship\'s master', () => {
  it('keeps a person whose appositive names the firm she works at ("X, a partner at the firm,")', () => {
    assert.strictEqual(entityOf('Tom Halder, a partner at the firm, said the claim would go ahead.', 'Tom Halder')?.kind, 'person');
    assert.strictEqual(entityOf('Vardo, a private company, declined to comment.', 'Vardo')?.kind, 'org');
  });

  it('reads "partner" and "master" as posts', () => {
    assert.deepStrictEqual(rolesOf('Ines Calder, a partner at Pellow & Vane, said the workers were the last to know.', 'Ines Calder'), ['partner at Pellow & Vane']);
    assert.deepStrictEqual(rolesOf('The ship\'s master, Sven Aalto, 58, is among those held.', 'Sven Aalto'), ['ship\'s master']);
  });
});

describe('wire copy: a dateline\'s credit, shares after it, and firms named "… Partners"', () => {
  it('reads an unknown agency credited in a dateline as a body, and the company whose shares open the story', () => {
    const text = 'ZURICH (Alpina Wire) — Shares in Tessin Logistik fell 6 percent on Monday as two former executives went on trial.';
    assert.strictEqual(entityOf(text, 'Alpina Wire')?.kind, 'org');
    assert.strictEqual(entityOf(text, 'Tessin Logistik')?.kind, 'org');
  });

  it('keeps "Partners" or "Associates" ending a firm\'s name in the name, and a plural title before names a title', () => {
    assert.deepStrictEqual(entityOf('The bank hired Marwick Partners to advise it.', 'Marwick Partners'), { kind: 'org', name: 'Marwick Partners', mentions: ['Marwick Partners'] });
    assert.strictEqual(entityOf('The bank hired Kelso Associates to advise it.', 'Kelso Associates')?.kind, 'org');
    assert.strictEqual(entityOf('Partners Dana Marr and Tom Vane left the firm.', 'Dana Marr')?.kind, 'person');
  });
});
