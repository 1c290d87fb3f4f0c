// Kinds of diplomatic copy found by round 28's unseen set (r28-diplomacy, fresh87): Gulf, African and state-agency
// protocol styles in capital initials before a name ("HE Sheikh X", "H.E. Mr. X", "H.E. Dr. X"), posts abbreviated
// to initials after the country that holds them ("Norway's FM, X,", "Peru's deputy FM, X,"), and a communiqué's
// capitalised "Member States"; a "he" after a sentence opened by an unnamed source ("One Western observer was
// blunter."), and a post capitalised by house style before its body ("the Spokesperson of the Council, Ms. X, said").
// Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** Each quotation's first words and the name of the entity credited, or null. */
function speakers(text: string): Array<[string, string | null]> {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => [text.slice(quote.start, quote.end).split(' ').slice(0, 3).join(' '), analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null]);
}

describe('diplomatic copy kinds of round 28 (r28-diplomacy)', () => {
  it('reads "HE" and "H.E." before a name as a style of address, a role, not a body', () => {
    const text = 'The talks were led by HE Sheikh Nasser bin Hamad Al Dosari, the minister of state.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Nasser bin Hamad Al Dosari']);
    assert.ok(rolesOf(text, 'Nasser bin Hamad Al Dosari').includes('HE'), rolesOf(text, 'Nasser bin Hamad Al Dosari').join(', '));
    const dotted = 'Later H.E. Mr. Idriss Waberi Farah, Minister of Health of the Republic of Chad, arrived.';
    assert.deepStrictEqual(mentionLabels(dotted), ['p:Idriss Waberi Farah']);
    assert.ok(rolesOf(dotted, 'Idriss Waberi Farah').includes('H.E.'));
  });

  it('keeps "H.E." and "Dr." two roles, not one title "H.E. Dr."', () => {
    const roles = rolesOf('The session was attended by H.E. Dr. Amal Haidari, Minister of Health of the Republic of Chad.', 'Amal Haidari');
    assert.ok(roles.includes('H.E.') && roles.includes('Dr.'), roles.join(', '));
  });

  it('keeps the pronoun "HE" of a headline set in capitals out of any name', () => {
    assert.deepStrictEqual(mentionLabels('HE SAID NO TO THE DEAL, SAYS ORLA BRANDT'), []);
  });

  it('reads "FM" after a country\'s possessive as the foreign minister\'s post, not a body', () => {
    const text = "Norway's FM, Tarjei Lunde-Askvik, said the talks had been useful. Peru's deputy FM, Ramón de Iriarte, disagreed.";
    assert.deepStrictEqual(mentionLabels(text), ['p:Tarjei Lunde-Askvik', 'p:Ramón de Iriarte']);
    assert.deepStrictEqual(rolesOf(text, 'Tarjei Lunde-Askvik'), ["Norway's FM"]);
    assert.deepStrictEqual(rolesOf(text, 'Ramón de Iriarte'), ["Peru's deputy FM"]);
  });

  it('keeps "FM" in a radio station\'s name and as a chess title before a name', () => {
    assert.ok(mentionLabels('Kelso FM said the road was closed.').includes('o:Kelso FM'));
    assert.deepStrictEqual(rolesOf('FM Tarjei Lunde-Askvik won the rapid event.', 'Tarjei Lunde-Askvik'), ['FM']);
  });

  it('reads a communiqué\'s "Member States" as no name, while "Council Member X" keeps its post', () => {
    assert.deepStrictEqual(mentionLabels('The text reaffirms the commitment of Member States to peace. Member Countries pledged $50m to a fund of the Member Nations.'), []);
    assert.deepStrictEqual(rolesOf('Council Member Dana Kelso voted against.', 'Dana Kelso'), ['Council Member']);
  });

  it('reads a diplomatic newsletter\'s running section between bars as a label, no body', () => {
    assert.deepStrictEqual(mentionLabels('Embassy Letter | Summit Watch | Issue 40\n\nHuman Rights Watch said the summit failed.'), ['o:Human Rights Watch']);
  });

  it('credits no one with a "he said" after a sentence opened by an unnamed source', () => {
    const text = 'Talks end\n\nTarjei Lunde-Askvik has not visited the region since March. One Western observer was less kind. "Forty pages, and nobody will read more than one," he said.';
    assert.deepStrictEqual(speakers(text), [['Forty pages, and', null]]);
  });

  it('still credits the person named before when no unnamed source opens a sentence between', () => {
    const text = 'Talks end\n\nTarjei Lunde-Askvik left the room in March. A week later he was back. "Forty pages, and nobody will read more than one," he said.';
    assert.deepStrictEqual(speakers(text), [['Forty pages, and', 'Tarjei Lunde-Askvik']]);
    const named = 'Talks end\n\nTarjei Lunde-Askvik left in March. One official, Ivo Marr, was less kind. "Forty pages, and nobody will read more than one," he said.';
    assert.deepStrictEqual(speakers(named), [['Forty pages, and', 'Ivo Marr']]);
  });

  it('credits the person named after "the Spokesperson of the Union," not the union', () => {
    const text = 'Vote ends\n\nThe Eastern Lakes Union met in Kampala. The Spokesperson of the Union, Ms. Leyla Osman Guedi, said the vote "shows our unity of purpose".';
    assert.deepStrictEqual(speakers(text), [['shows our unity', 'Leyla Osman Guedi']]);
    const opened = 'Vote ends\n\nThe Eastern Lakes Union met in Kampala. Speaking to Radio Kelso, the Spokesperson of the Union, Leyla Osman Guedi, said the vote "shows our unity of purpose".';
    assert.deepStrictEqual(speakers(opened), [['shows our unity', 'Leyla Osman Guedi']]);
  });

  it('still credits a body named with its capitalised head noun before "of" ("the Bank of X said")', () => {
    const text = 'Rates hold\n\nThe Bank of Kestria said in a statement that rates "will stay where they are for now".';
    assert.deepStrictEqual(speakers(text), [['will stay where', 'Bank of Kestria']]);
  });
});
