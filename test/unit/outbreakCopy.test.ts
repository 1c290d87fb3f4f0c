// Kinds of public-health outbreak and vaccination copy found by round 30's unseen set (r30-outbreak, fresh92): a
// vaccine named by its initials before "vaccine", "dose" or "jab"; a post's capitalised field between "Director of" and
// "at" the body that holds it; an international body's post printed as "Title, Field and Field, at the Body", also
// closing a byline; a fund's financing channel named "… Window" or "… Facility"; "according to" after a place read as an
// appositive naming a body; a town the lexicon knows as a company's after a school's or a hospital's "in", or before
// "and … areas"; "who leads the agency's … team" as a post; "Mum-of-two X" as a relation. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('public-health outbreak and vaccination copy kinds of round 30 (r30-outbreak)', () => {
  it('reads a vaccine\'s initials before "vaccine", "dose" or "jab" as the vaccine, no body, in every use', () => {
    const text = 'Few pupils at Tarrow Academy had the HPV vaccine. Uptake of a second BCG dose fell, and HPV uptake fell too.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Tarrow Academy']);
  });

  it('keeps a body\'s initials that the document spells by its name, also before "doses"', () => {
    const text = 'The Kelso Vaccine Fund (KVF) paid for 20,000 KVF doses.';
    assert.ok(mentionLabels(text).filter(label => label === 'o:KVF').length === 2, mentionLabels(text).join(', '));
  });

  it('reads the capitalised field between "Director of" and "at" a body as part of the post, no body', () => {
    const text = 'Dana Orrin, Director of Community Nursing Services at the Vardo Health Board, said clinics would open.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Dana Orrin', 'o:Vardo Health Board']);
    assert.deepStrictEqual(rolesOf(text, 'Dana Orrin'), ['Director of Community Nursing Services at the Vardo Health Board']);
  });

  it('still reads a body after "Director of" when no "at" and body follow it', () => {
    assert.ok(mentionLabels('Ivo Brask, Director of Marwick Water Services, said so.').includes('o:Marwick Water Services'));
  });

  it('reads "Title, Field and Field, at the Body" as one post, the field no person', () => {
    const text = '"We are short of everything," said Mirela Dunst, Regional Officer, Cold Chain and Logistics, at the Kelso Vaccine Fund.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Mirela Dunst', 'o:Kelso Vaccine Fund']);
    assert.deepStrictEqual(rolesOf(text, 'Mirela Dunst'), ['Regional Officer, Cold Chain and Logistics, at the Kelso Vaccine Fund']);
  });

  it('reads a fund\'s financing channel named "… Window" or "… Facility" as a thing', () => {
    assert.deepStrictEqual(mentionLabels('The shipment was paid for through its Emergency Supply Window, and loans came from the Surge Financing Facility.'), []);
  });

  it('reads "Title, Field and Field" closing a byline\'s line as the writer\'s post', () => {
    const text = 'Clinics open\n\nBy Dr Ines Valgard, Deputy Editor, Vaccines and Immunity\n4 March 2026\n\nClinics opened on Monday.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ines Valgard']);
    assert.deepStrictEqual(rolesOf(text, 'Ines Valgard'), ['Dr', 'Deputy Editor, Vaccines and Immunity']);
  });

  it('reads a place before ", according to the ministry," as a place, not a body the appositive names', () => {
    assert.deepStrictEqual(mentionLabels('Cases were found in Tarvik, Ossby and Mirren, according to the ministry, on Friday.'), []);
  });

  it('reads a word after a school\'s or a hospital\'s "in", or before "and … areas", as a place', () => {
    const text = 'The outbreak began at Larchfield Primary School in Westfield. It spread to the Westfield and Brackley areas.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Larchfield Primary School']);
  });

  it('reads "who leads the agency\'s … team" as a post, and "who leads the team in scoring" as none', () => {
    const text = 'Dr Oona Selkirk, who leads the trust\'s infection prevention team, said wards were shut.';
    assert.deepStrictEqual(rolesOf(text, 'Oona Selkirk'), ['Dr', 'leads the trust\'s infection prevention team']);
    assert.deepStrictEqual(rolesOf('Brendan Tully, who leads the team in scoring, said so.', 'Brendan Tully'), []);
  });

  it('reads a parent\'s "Mum-of-two" or "father-of-four" before or after a name as the person\'s role', () => {
    assert.deepStrictEqual(rolesOf('Mum-of-two Kerys Daintree, 31, said the clinic was full.', 'Kerys Daintree'), ['Mum-of-two']);
    assert.deepStrictEqual(rolesOf('Ewan Brackley, a father-of-four, said so.', 'Ewan Brackley'), ['father-of-four']);
  });
});
