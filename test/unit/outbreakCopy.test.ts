// Kinds of public-health outbreak and vaccination copy found by round 30's unseen set (r30-outbreak, fresh92): a
// vaccine named by its initials before "vaccine", "dose" or "jab"; a post's capitalised field between "Director of" and
// "at" the body that holds it; an international body's post printed as "Title, Field and Field, at the Body"; a fund's
// financing channel named "… Window" or "… Facility". Every sentence is invented.
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
});
