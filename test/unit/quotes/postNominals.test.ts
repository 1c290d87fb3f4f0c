// Post-nominal letters after a British or Commonwealth name ("Dana Kelso MP", "Idris Penhale KC", "Ivo Sandal OBE"):
// the mention is the name without them, a short form joins it, a seat's letters are a role, and a reporting verb
// after the letters (or an inversion before the name) still credits the name.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { checkSpeakers, type Row } from './speakerRows';

function mentions(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

function rolesOf(text: string, name: string): readonly string[] | undefined {
  return analyzeText(text).entities.find(e => e.name === name)?.roles.map(r => r.text);
}

describe('post-nominal letters after a name', () => {
  describe('the mention leaves the letters out', () => {
    const cases: [string, string[]][] = [
      ['Tom Wrede MP said the council had failed. Later Wrede spoke again.', ['p:Tom Wrede', 'p:Wrede']],
      ['Idris Penhale KC told the court the evidence was thin.', ['p:Idris Penhale']],
      ['Piet Ostrander QC and Dana Kelso MSP met on Monday.', ['p:Piet Ostrander', 'p:Dana Kelso']],
      ['Dame Ardia Vellis DBE opened the hall.', ['p:Ardia Vellis']],
      ['Ivo Sandal OBE, who founded Vardo Holdings, spoke.', ['p:Ivo Sandal', 'o:Vardo Holdings']],
      // Before a name the letters are a title, and a generational suffix stays in the name.
      ['Labour MP Dana Kelso met Tom Wrede Jr on Monday.', ['p:Dana Kelso', 'p:Tom Wrede Jr']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepStrictEqual(mentions(sentence), expected));
    }
  });

  it('joins the short form to the name without the letters', () => {
    const a = analyzeText('Idris Penhale KC rose first. Penhale spoke for an hour.');
    const person = a.entities.find(e => e.name === 'Idris Penhale');
    assert.deepStrictEqual(person?.mentions.map(m => m.text), ['Idris Penhale', 'Penhale']);
  });

  it('lists a seat\'s letters as a role, not a rank at the bar or an honour', () => {
    assert.deepStrictEqual(rolesOf('Tom Wrede MP said the vote was lost.', 'Tom Wrede'), ['MP']);
    assert.deepStrictEqual(rolesOf('Orla Brandt MEP spoke first.', 'Orla Brandt'), ['MEP']);
    assert.deepStrictEqual(rolesOf('Idris Penhale KC said the claim was weak.', 'Idris Penhale'), []);
    assert.deepStrictEqual(rolesOf('Ivo Sandal OBE opened the hall.', 'Ivo Sandal'), []);
  });

  it('keeps an appositive or a title before the name that the letters stand between', () => {
    assert.deepStrictEqual(rolesOf('Counsel for Mr Vabel, Owen Trask KC, said he would give evidence.', 'Owen Trask'), ['Counsel for Mr Vabel']);
    assert.deepStrictEqual(rolesOf('Ivo Sandal OBE, who founded Vardo Holdings, said the firm would grow.', 'Ivo Sandal'), ['founded Vardo Holdings']);
  });

  describe('speakers: the reporting verb steps over the letters', () => {
    const rows: Row[] = [
      ['Prosecuting, Idris Penhale KC said the builder had "cut every corner he could find".', 'cut every', 'Idris Penhale'],
      ['Piet Ostrander QC told jurors the firm had "lied to its lenders".', 'lied to', 'Piet Ostrander'],
      ['"The claim cannot stand," Idris Penhale KC said.', 'The claim', 'Idris Penhale'],
      ['"Nobody listened," Kelso MSP said after Dana Kelso MSP left.', 'Nobody', 'Dana Kelso'],
      ['Nadia Orme-Lisle KC, for Mr Kestrin, said her client had "no reason to doubt them".', 'no reason', 'Nadia Orme-Lisle'],
      ['"The houses were sound," said Ivo Sandal OBE, who built them.', 'The houses', 'Ivo Sandal'],
      ['"We did nothing wrong," said Tom Wrede MP.', 'We did', 'Tom Wrede'],
      ['Dame Ardia Vellis DBE said: "It is a joy."', 'It is', 'Ardia Vellis'],
      // Letters that are no post-nominal ("PR") are not stepped over: the name before them is no subject.
      ['Tom Wrede left. "We will appeal," said the Vardo PR team.', 'We will', null],
    ];
    checkSpeakers(rows);
  });
});
