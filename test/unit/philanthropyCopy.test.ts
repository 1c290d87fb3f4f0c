// Kinds of philanthropy and non-profit copy found by round 27's unseen set (r27-giving, fresh83): scholarships,
// bursaries, lectures and fundraising appeals named after a donor or a founder ("200 Kelso Scholarships", "the Edith
// Appeal"), endowed chairs named after a donor ("the first Dana Marr Professor of Economics"), a foundation named after a
// person whose given name alone stays the person's ("Dana and I"), a university called by its founder's surname alone,
// and charities named by a command outside the sentence's subject ("who runs Feed the Street", "Lift The Lonely - whose
// patron …", "Rescue the X chief executive resigns"). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('philanthropy and non-profit copy kinds of round 27 (r27-giving)', () => {
  it('reads a scholarship, a bursary or an appeal named after a person as a thing, not the person', () => {
    assert.deepStrictEqual(mentionLabels('The gift pays for 200 Tarrow Scholarships a year, Ann Roche said.'), ['p:Ann Roche']);
    assert.deepStrictEqual(mentionLabels('Callers pressed donors during the Edith Appeal in December, Ann Roche said.'), ['p:Ann Roche']);
    assert.deepStrictEqual(mentionLabels('She won the Dana Marr Bursary in 2019.'), []);
  });

  it('keeps a court of appeal and a fund named after a person bodies', () => {
    assert.ok(mentionLabels('The Vardo Court of Appeal ruled on Monday.').includes('o:Vardo Court of Appeal'));
    assert.ok(mentionLabels('The Dana Marr Bursary Fund paid out £2m.').some(label => label.startsWith('o:Dana Marr Bursary Fund')));
  });

  it('reads an endowed chair named after a donor as the post, not a person', () => {
    assert.deepStrictEqual(mentionLabels('Ann Roche becomes the first Dana Marr Professor of Economics.'), ['p:Ann Roche']);
    assert.deepStrictEqual(mentionLabels('A new post, the Dana Marr Professor of Public Health, is funded.'), []);
  });

  it('keeps a person named before a professor\'s title with a comma', () => {
    assert.deepStrictEqual(mentionLabels('Dana Marr, Professor of Economics, said the gift was welcome.'), ['p:Dana Marr']);
  });

  it('keeps a given name alone with the person, not the foundation named after them', () => {
    const found = namedMentionLabels('The Dana Kelso Foundation gave £5m. Sir Dana Kelso said: "Dana and I both love the place."');
    assert.deepStrictEqual(found, ['o:Dana Kelso Foundation:Dana Kelso Foundation', 'p:Dana Kelso:Dana Kelso', 'p:Dana Kelso:Dana'], found.join(', '));
  });

  it('gives a university\'s first word alone to the university, also beside its founder of that surname', () => {
    const found = namedMentionLabels('Tarrow University got £5m, a gift to Tarrow. It is named after Edith Tarrow, who founded it.');
    assert.deepStrictEqual(found, ['o:Tarrow University:Tarrow University', 'o:Tarrow University:Tarrow', 'p:Edith Tarrow:Edith Tarrow'], found.join(', '));
  });

  it('keeps the surname alone with the founder where it speaks as a person', () => {
    const found = namedMentionLabels('Harold Tarrow founded Tarrow College. "It was my life," Tarrow said.');
    assert.ok(found.includes('p:Harold Tarrow:Tarrow'), found.join(', '));
  });

  it('reads a charity named by a command inside a sentence also where its object is a place noun', () => {
    assert.ok(mentionLabels('Ann Bell, who runs Feed the Street in Leeds, said it was busy.').includes('o:Feed the Street'));
    assert.ok(mentionLabels('Ann Bell runs Save the Valley in Leeds.').includes('o:Save the Valley'));
    assert.deepStrictEqual(mentionLabels('She lives on Feed Street in Leeds.'), []);
  });

  it('reads a command-named charity in title case ("Lift The Lonely") as one body', () => {
    assert.ok(mentionLabels('Tom Reed, 53, who was paid well running Lift The Lonely, left yesterday.').includes('o:Lift The Lonely'));
  });

  it('reads a command-named charity opening a sentence before "whose" or a post\'s title noun as the body', () => {
    assert.ok(mentionLabels('Tom Reed left. Lift the Lonely, whose patron is Sir Roy Hart, was set up in 1970.').includes('o:Lift the Lonely'));
    assert.ok(mentionLabels('Tom Reed left. Lift The Lonely - whose patron is Sir Roy Hart - was set up in 1970.').includes('o:Lift The Lonely'));
    assert.deepStrictEqual(mentionLabels('Lift the Lonely chief executive resigns over calls'), ['o:Lift the Lonely']);
  });

  it('does not make a command opening a sentence a body without such a sign', () => {
    assert.deepStrictEqual(mentionLabels('Save the Receipts for your tax return, Ann Bell said.').filter(label => label.startsWith('o:')), []);
  });
});
