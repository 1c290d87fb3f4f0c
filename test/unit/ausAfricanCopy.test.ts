// Australian and African English-language copy (round 17, test/fixtures/fresh37): a state's own word beside "X State",
// a federal constituency, "the Member for X" as Australian copy writes a seat, a paper named "X Daily", West African
// Muslim honours and an Aboriginal elder's title before a name, a senior barrister's "SC" and "silk", and a title's
// initials in brackets. Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { namedMentionLabels, rolesOf } from './support/entityQueries';

function speakers(text: string): (string | null)[] {
  const a = analyzeText(text);
  return a.quotes.map(q => (q.speakerId ? a.entities.find(e => e.id === q.speakerId)?.name ?? q.speakerId : null));
}

describe('Australian and African copy (round 17)', () => {
  it('reads a lone word beside the region "X State" as the region, not a body', () => {
    const text = 'Counting in the Vardo State poll was halted.\n\n"It is the will of Vardo voters," Tom Wrede said.\n\nVardo\'s governor, Dana Kelso, called for calm.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Tom Wrede:Tom Wrede', 'p:Dana Kelso:Dana Kelso']);
  });

  it('still reads a lone word as a body where no region of its name is written', () => {
    const text = 'Vardo cut 300 jobs on Monday.\n\nVardo\'s chairman, Dana Kelso, said the cuts were needed.';
    assert.ok(namedMentionLabels(text).includes('o:Vardo:Vardo'));
  });

  it('reads "X Federal Constituency" as a place, not a person', () => {
    const text = 'Hon. Dana Kelso, who represents Tarrow-Marwick Federal Constituency, said the count was wrong.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Dana Kelso:Dana Kelso']);
  });

  it('reads the seat after a capitalised "the Member for" as a place, not a company\'s short form', () => {
    const text = 'Tarrow Minerals will build the pit.\n\nThe Member for Tarrow, Ivo Sandal, backed the plan.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Tarrow Minerals:Tarrow Minerals', 'p:Ivo Sandal:Ivo Sandal']);
    assert.deepStrictEqual(rolesOf(text, 'Ivo Sandal'), ['Member for Tarrow']);
  });

  it('finds a paper named "X Daily" on its masthead line and after "The"', () => {
    const text = 'By Orla Brandt, Chief Reporter\nKelderwick Daily\nMarch 4, 2026\n\nThe Kelderwick Daily can reveal that the plan was dropped.';
    assert.deepStrictEqual(namedMentionLabels(text).filter(m => m.startsWith('o:')), ['o:Kelderwick Daily:Kelderwick Daily', 'o:Kelderwick Daily:Kelderwick Daily']);
  });

  it('leaves "Alhaji" and "Aunty" out of the name and lists each as a role', () => {
    const text = 'The party\'s chairman, Alhaji Idris Penhale, spoke first. Its chairwoman, Aunty Orla Brandt, said no.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Idris Penhale:Idris Penhale', 'p:Orla Brandt:Orla Brandt']);
    assert.ok(rolesOf(text, 'Idris Penhale').includes('Alhaji'));
    assert.ok(rolesOf(text, 'Orla Brandt').includes('Aunty'));
  });

  it('reads "SC" after a given name and a surname as a barrister\'s letters, and "silk" as the post', () => {
    const text = 'The council hired Sydney silk Dana Kelso SC to argue the case. "We will appeal," Ms Kelso said.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Dana Kelso:Dana Kelso', 'p:Dana Kelso:Kelso']);
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Sydney silk']);
  });

  it('keeps "SC" in a club\'s name that has no given name before it', () => {
    assert.deepStrictEqual(namedMentionLabels('Marwick SC lost 2-1 to Tarrow Rovers on Saturday.'),
      ['o:Marwick SC:Marwick SC', 'o:Tarrow Rovers:Tarrow Rovers']);
  });

  it('does not read a title\'s initials in brackets as a body', () => {
    const text = 'The Resident Electoral Commissioner (REC) in Vardo State, Dr Dana Kelso, suspended the count.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Dana Kelso:Dana Kelso']);
  });

  it('still reads a body\'s initials in brackets as the body', () => {
    const text = 'The Harbour Electoral Commission (HEC) suspended the count.';
    assert.ok(namedMentionLabels(text).some(m => m.startsWith('o:Harbour Electoral Commission')));
  });

  it('gives no named speaker to "a spokesman for" a minister named with a level and a portfolio before the title', () => {
    assert.deepStrictEqual(speakers('Orla Brandt vowed to fight, while a spokesman for federal Environment Minister Ivo Sandal said the review "would follow the law".'), [null]);
    assert.deepStrictEqual(speakers('A spokeswoman for Health Minister Dana Kelso said the plan "was never agreed".'), [null]);
    assert.deepStrictEqual(speakers('Health Minister Dana Kelso said the plan "was never agreed".'), ['Dana Kelso']);
  });
});
