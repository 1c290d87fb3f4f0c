// Nicknames: "X, known as Y" makes Y another name of X, there and wherever Y is used alone afterwards.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function formsOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e.mentions.map(m => m.text);
}

describe('nicknames after "known as"', () => {
  it('joins the nickname and its later uses to the person', () => {
    const text = 'The militia is led by Musa Ibrahim Adamu, known as Kabiru. Kabiru has vowed to fight on, aides said.';
    assert.deepStrictEqual(formsOf(text, 'Musa Ibrahim Adamu'), ['Musa Ibrahim Adamu', 'Kabiru', 'Kabiru']);
  });

  it('reads "better known as" and "nicknamed" the same way', () => {
    assert.deepStrictEqual(formsOf('Yuki Tanabe, better known as Tanabe-san, retired.', 'Yuki Tanabe').length, 2);
    assert.deepStrictEqual(formsOf('The striker Joaquín Herrera, nicknamed Chino, scored twice. Chino said it was easy.', 'Joaquín Herrera'),
      ['Joaquín Herrera', 'Chino', 'Chino']);
  });

  it('gives the short name after "known as" to the body a description set off after it places', () => {
    // The place that ends "a … in Lisbon" is no body of its own: "Kelfo" is the foundation, there and later.
    const text = 'The trial was run by the Kelso Research Foundation, a state laboratory in Lisbon known as Kelfo. A doctor at Kelfo who led the trial said the results were early.';
    assert.deepStrictEqual(formsOf(text, 'Kelso Research Foundation'), ['Kelso Research Foundation', 'Kelfo', 'Kelfo']);
  });

  it('leaves a place after "known as" to no body when no description of a body ends in it', () => {
    // No comma after the body, and "of" is no placing word: nothing joins "Kelfo" to the foundation.
    const a = analyzeText('The Kelso Research Foundation sent a team of doctors to Lisbon known as Kelfo.');
    const foundation = a.entities.find(e => e.name === 'Kelso Research Foundation');
    assert.ok(foundation && !foundation.mentions.some(m => m.text === 'Kelfo'));
  });

  it('does not make a name after an unrelated "as" a nickname', () => {
    const a = analyzeText('Grace Otieno served as Kenya Airways chairwoman.');
    assert.ok(!a.entities.some(e => e.kind === 'person' && e.mentions.some(m => m.text.includes('Kenya Airways'))));
  });
});

describe('a first name opening a sentence before a particle surname', () => {
  it('keeps "Marine" of "Marine Le Vasseur", a common word as well as a first name', () => {
    const a = analyzeText("Marine Le Vasseur, the party's parliamentary leader, told reporters it was over.");
    assert.deepStrictEqual(a.entities.map(e => e.name), ['Marine Le Vasseur']);
  });

  it('still drops a sentence adverb before a particle surname', () => {
    const a = analyzeText('President Charles de Vautrin resigned. Meanwhile de Vautrin left Paris.');
    assert.ok(a.entities.every(e => !e.mentions.some(m => m.text.startsWith('Meanwhile'))));
  });
});

describe('a name that opens with an initial', () => {
  it('keeps "K. Annamalai" whole after a title, with the title as a role', () => {
    const a = analyzeText('Party president K. Annamalai dismissed the charge.');
    assert.deepStrictEqual(a.entities.map(e => `${e.name}[${e.roles.map(r => r.text).join(';')}]`), ['K. Annamalai[Party president]']);
  });

  it('does not join a single letter to an ordinary word after its full stop', () => {
    assert.deepStrictEqual(analyzeText('He chose option A. Then he left.').entities, []);
  });
});

describe('a nickname in quotation marks inside a full name', () => {
  it('reads "Tomas "Tig" Wendle" as one person named without the nickname, joined by the surname later', () => {
    const a = analyzeText('The visitors leaned on Tomas "Tig" Wendle, who hit four boundaries. Wendle said the pitch was slow.');
    const person = a.entities.find(e => e.name === 'Tomas Wendle');
    assert.ok(person, `entities: ${a.entities.map(e => e.name).join(', ')}`);
    assert.deepStrictEqual(person.mentions.map(m => m.text), ['Tomas "Tig" Wendle', 'Wendle']);
    assert.deepStrictEqual(person.aliases, ['Wendle']);
    assert.ok(!a.entities.some(e => e.name === 'Tig'));
  });

  it('takes curly quotation marks and a surname that is also a common word', () => {
    const a = analyzeText('Neighbours said Greta “Gigi” Baker ran the bakery for a decade.');
    assert.deepStrictEqual(a.entities.map(e => e.name), ['Greta Baker']);
  });

  it('leaves a quoted word after a word that is no first name alone', () => {
    const a = analyzeText('The panel heard Marwick "Ruined" Farms claim the grant.');
    assert.ok(!a.entities.some(e => e.mentions.some(m => m.text.includes('"'))));
  });
});
