// Speaker kinds read off round 30's pass over the named speakers a large hand-attributed training set of political
// news still missed (the kinds only; every sentence and name here is invented): a reporting verb inside an opening
// subordinate clause ("When X said …, she “…,” said Y"), which must not take the quotation from the inverted cue after
// it; a closing ", X wrote" whose subject is a long title chain; an adverb set off by commas between a quotation and
// the clause that credits it ("“…,” though, X did suggest"); and a colon introduction whose sentence opens with a
// subordinate clause naming someone else ("When X died, Governor Y released the following statement:"); and a
// dashed appositive that opens with a name and its relative clause ("A former candidate -- X, who lost to Y -- said").
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

const OPENING = 'Harbour vote nears in Tollford.\n\n';

describe('round 30 speaker kinds (subordinate clauses, long closing subjects, interjected adverbs, dashed appositives)', () => {
  it('credits the inverted cue after a quotation over a reporting verb inside an opening subordinate clause', () => {
    const text = `${OPENING}Mira Kell has run the port for years.\n\nWhen Kell said at a rally that she would not want the mayor's support, she “spoke for every crew on this coast who feels the same,” said Ivo Sandal, a deckhand who backs her.`;
    assert.deepStrictEqual(speakers(text), [['spoke for every', 'Ivo Sandal']]);
  });

  it('keeps a shout inside the subordinate clause with the one who shouted, not the joker after it', () => {
    const text = `${OPENING}Mira Kell spoke first. When someone in the crowd shouted, “Kell,” Ivo Sandal joked about the weather.`;
    assert.notStrictEqual(speakers(text)[0]?.[1], 'Ivo Sandal');
  });

  it('keeps the cue before a quotation when the reporting verb stands in the main clause', () => {
    const text = `${OPENING}Mira Kell has run the port for years. When asked about the mayor, Kell said she “spoke for every crew on this coast,” and Ivo Sandal agreed.`;
    assert.deepStrictEqual(speakers(text), [['spoke for every', 'Mira Kell']]);
  });

  it('reads a closing ", X wrote" whose subject is a body, a rank and a full name', () => {
    const text = `${OPENING}The dispute could drag on for months.\n\n"Should the board turn up further files, it plans to go through them" in answer to the union's request, Harbour Board senior trial counsel Mara Pell wrote in a court filing.`;
    assert.deepStrictEqual(speakers(text), [['Should the board', 'Mara Pell']]);
  });

  it('reads the clause after an adverb set off by commas as the quotation\'s cue', () => {
    const text = `${OPENING}Oskar Brevik spoke about the mayor.\n\nAcknowledging that the mayor “makes a lot of wild claims,” though, Brevik did suggest that the mayor’s money helps him.`;
    assert.deepStrictEqual(speakers(text), [['makes a lot', 'Oskar Brevik']]);
    const also = `${OPENING}Oskar Brevik spoke about the mayor.\n\nThe mayor “makes a lot of wild claims,” however, Brevik conceded.`;
    assert.deepStrictEqual(speakers(also), [['makes a lot', 'Oskar Brevik']]);
  });

  it('does not read a capitalised adverb opening the next sentence as the cue of the quotation before it', () => {
    const text = `${OPENING}Mira Kell spoke first. “We will keep the pier open.” Still, Oskar Brevik left the hall early.`;
    assert.deepStrictEqual(speakers(text), [['We will keep', 'Mira Kell']]);
  });

  it('credits a statement paragraph to the main clause\'s subject after a subordinate clause naming someone else', () => {
    const text = `${OPENING}When Brevik died in 2003, Governor Tomas Brandel released the following statement:\n\n“Anna and I send our sympathy to everyone who loved Oskar Brevik. He taught me a great deal during the harbour talks.”`;
    assert.deepStrictEqual(speakers(text), [['Anna and I', 'Tomas Brandel']]);
  });

  it('still credits a statement paragraph to the one person a plain colon introduction names', () => {
    const text = `${OPENING}Governor Tomas Brandel released the following statement on Oskar Brevik:\n\n“Anna and I send our sympathy to his family. He taught me a great deal during the harbour talks.”`;
    assert.deepStrictEqual(speakers(text), [['Anna and I', 'Tomas Brandel']]);
  });

  it('credits the name opening a dashed appositive with its own relative clause, with dashes typed either way', () => {
    const opening = `${OPENING}Mira Kell ran for mayor in 1992.\n\n`;
    for (const dash of ['--', '\u2014']) {
      const text = `${opening}A former mayoral candidate ${dash} Ivo Sandal, who was beaten by Kell in the 2011 race ${dash} said the mayor "had no answer to the rising harbour fees." The vote is Monday.`;
      assert.deepStrictEqual(speakers(text), [['had no answer', 'Ivo Sandal']], dash);
    }
  });

  it('still credits the name before an appositive set off by two hyphens', () => {
    const text = `${OPENING}Mira Kell ran for mayor in 1992.\n\nIvo Sandal -- a former mayoral candidate -- said the mayor "had no answer to the rising harbour fees."`;
    assert.deepStrictEqual(speakers(text), [['had no answer', 'Ivo Sandal']]);
  });
});
