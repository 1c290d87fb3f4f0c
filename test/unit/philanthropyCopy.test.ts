// Kinds of philanthropy and non-profit copy found by round 27's unseen set (r27-giving, fresh83): scholarships,
// bursaries, lectures and fundraising appeals named after a donor or a founder ("forty Kelso Scholarships", "the Edith
// Appeal"), endowed chairs named after a donor ("the first Dana Marr Professor of Economics"), a foundation named after a
// person whose given name alone stays the person's ("Dana and I"), a university called by its founder's surname alone,
// and charities named by a command outside the sentence's subject ("who runs Feed the Harbour", "Rescue The Otters -
// whose …", "Mend the Moors chief executive quits"). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('philanthropy and non-profit copy kinds of round 27 (r27-giving)', () => {
  it('reads a scholarship, a bursary or an appeal named after a person as a thing, not the person', () => {
    assert.deepStrictEqual(mentionLabels('Forty Tarrow Scholarships go to pupils from Hull each autumn, Ann Roche said.'), ['p:Ann Roche']);
    assert.deepStrictEqual(mentionLabels('The Edith Appeal raised £40,000 for the hospice last winter, Ann Roche said.'), ['p:Ann Roche']);
    assert.deepStrictEqual(mentionLabels('She won the Dana Marr Bursary in 2019.'), []);
  });

  it('keeps a court of appeal and a fund named after a person bodies', () => {
    assert.ok(mentionLabels('The Vardo Court of Appeal ruled on Monday.').includes('o:Vardo Court of Appeal'));
    assert.ok(mentionLabels('The Dana Marr Bursary Fund paid out £2m.').some(label => label.startsWith('o:Dana Marr Bursary Fund')));
  });

  it('reads an endowed chair named after a donor as the post, not a person', () => {
    assert.deepStrictEqual(mentionLabels('Ann Roche was named the first Dana Marr Professor of Geology last week.'), ['p:Ann Roche']);
    assert.deepStrictEqual(mentionLabels('The bequest endows the Dana Marr Professor of Marine Biology at the institute.'), []);
  });

  it('keeps a person named before a professor\'s title with a comma', () => {
    assert.deepStrictEqual(mentionLabels('Dana Marr, Professor of Economics, said the gift was welcome.'), ['p:Dana Marr']);
  });

  it('keeps a given name alone with the person, not the foundation named after them', () => {
    const found = namedMentionLabels('The Dana Kelso Foundation gave £5m. Sir Dana Kelso said: "Dana and I never expected this."');
    assert.deepStrictEqual(found, ['o:Dana Kelso Foundation:Dana Kelso Foundation', 'p:Dana Kelso:Dana Kelso', 'p:Dana Kelso:Dana'], found.join(', '));
  });

  it('gives a university\'s first word alone to the university, also beside its founder of that surname', () => {
    const found = namedMentionLabels('Tarrow University got £5m, the biggest gift to Tarrow yet. Its first principal, Edith Tarrow, opened it in 1902.');
    assert.deepStrictEqual(found, ['o:Tarrow University:Tarrow University', 'o:Tarrow University:Tarrow', 'p:Edith Tarrow:Edith Tarrow'], found.join(', '));
  });

  it('keeps the surname alone with the founder where it speaks as a person', () => {
    const found = namedMentionLabels('Harold Tarrow founded Tarrow College. "It was my life," Tarrow said.');
    assert.ok(found.includes('p:Harold Tarrow:Tarrow'), found.join(', '));
  });

  it('reads a charity named by a command inside a sentence also where its object is a place noun', () => {
    assert.ok(mentionLabels('Orla Quinn, who manages Feed the Harbour in Hull, said stocks were low.').includes('o:Feed the Harbour'));
    assert.ok(mentionLabels('Orla Quinn manages Save the Valley from a barn near Hull.').includes('o:Save the Valley'));
    assert.deepStrictEqual(mentionLabels('The van parked on Feed Street in Hull.'), []);
  });

  it('reads a command-named charity in title case ("Rescue The Otters") as one body', () => {
    assert.ok(mentionLabels('Ivo Brandt, 61, who spent a decade chairing Rescue The Otters, retired on Friday.').includes('o:Rescue The Otters'));
  });

  it('reads a command-named charity opening a sentence before "whose" or a post\'s title noun as the body', () => {
    assert.ok(mentionLabels('Ivo Brandt retired. Mend the Moors, whose volunteers rebuilt six walls, thanked him.').includes('o:Mend the Moors'));
    assert.ok(mentionLabels('Ivo Brandt retired. Rescue The Otters - whose sanctuary opened in 1988 - thanked him.').includes('o:Rescue The Otters'));
    assert.deepStrictEqual(mentionLabels('Mend the Moors chief executive quits after audit'), ['o:Mend the Moors']);
  });

  it('does not make a command opening a sentence a body without such a sign', () => {
    assert.deepStrictEqual(mentionLabels('Save the Receipts for your tax return, Ann Bell said.').filter(label => label.startsWith('o:')), []);
  });
});
