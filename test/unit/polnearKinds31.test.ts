// Speaker kinds read off round 31's pass over the named speakers a large hand-attributed training set of political
// news still missed (the kinds only; every sentence and name here is invented): a person placed by a hometown and its
// state before the verb with no comma after the state ("X of Town, State says"), which left the subject at the state's
// words; and a surname that is also a town's club in the gazetteers and a place to the tagger, which lost the person
// in every use that opens a sentence once one use read the club; and a candidate named by the standing in the race
// ("front-runner", "contender") before the name, which kept a weak cue ("X is wondering aloud if …") from its subject.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

const OPENING = 'Harbour vote nears in Tollford.\n\n';

describe('round 31 speaker kinds (hometown and state before the verb, a surname that is a town club, a race standing before a name)', () => {
  it('credits the person before "of"/"from", a hometown and its state, with no comma after the state', () => {
    const text = `${OPENING}Ivo Sandal expects a close count. Tara Lund of Dunmore, North Carolina says the mayor will hold the seat by “staying on the doorsteps.”`;
    assert.deepStrictEqual(speakers(text), [['staying on the', 'Tara Lund']]);
  });

  it('credits the person before a hometown and a country set off by commas', () => {
    const text = `${OPENING}Ivo Sandal expects a close count. Tara Lund from Kelso, Scotland, told the meeting the ferry plan would “win the harbour.”`;
    assert.deepStrictEqual(speakers(text), [['win the harbour.', 'Tara Lund']]);
  });

  it('still reads a workplace after "of" without a comma as the person\'s', () => {
    const text = `${OPENING}Ivo Sandal expects a close count. Tara Lund of Harbour Trust said the ferry plan would “win the harbour.”`;
    assert.deepStrictEqual(speakers(text), [['win the harbour.', 'Tara Lund']]);
  });

  it('does not credit a person named inside a description before the hometown', () => {
    const text = `${OPENING}Ivo Sandal expects a close count. The daughter of Tara Lund of Dunmore, North Carolina says the ferry plan would “win the harbour.”`;
    assert.notStrictEqual(speakers(text)[0]?.[1], 'Tara Lund');
  });

  it('keeps a named person\'s surname that is also a town club as the person when it opens sentences', () => {
    for (const surname of ['Grimsby', 'Barnsley', 'Plymouth']) {
      const text = `${OPENING}Councillor Ivo ${surname} opened the fete on Monday.\n\n${surname} expected the ferry vote to pass. “We will win,” said ${surname}.\n\n${surname} later cut the ribbon.`;
      assert.deepStrictEqual(mentionLabels(text).filter(label => label.endsWith(surname)), [`p:Ivo ${surname}`, `p:${surname}`, `p:${surname}`, `p:${surname}`], surname);
    }
  });

  it('credits the quotation after a "by saying" sentence to the person whose surname is a town club, not the body in it', () => {
    const text = `${OPENING}Councillor Ivo Grimsby opened the fete on Monday. “We will win,” said Grimsby.\n\nGrimsby broke with the Harbour First campaign by saying the ferry plan deserved a vote.  “It is a fair plan, and I will vote for it.”`;
    assert.deepStrictEqual(speakers(text).map(([, name]) => name), ['Ivo Grimsby', 'Ivo Grimsby']);
  });

  it('leaves the town a place where a use puts something in it', () => {
    const text = `${OPENING}Councillor Ivo Grimsby opened the fete on Monday. Rain fell in Grimsby all day. “We will win,” said Grimsby.`;
    assert.deepStrictEqual(mentionLabels(text).filter(label => label.endsWith('Grimsby')), ['p:Ivo Grimsby', 'p:Grimsby']);
  });

  it('reads a race standing before a name as a title, so a weak cue after the name finds its subject', () => {
    for (const standing of ['front-runner', 'frontrunner', 'contender']) {
      const text = `${OPENING}Harbour ${standing} Mira Kell is wondering aloud if Mayor Tomas Brandel would have funded the ferry “had the votes been in Kelso.”`;
      assert.deepStrictEqual(speakers(text), [['had the votes', 'Mira Kell']], standing);
    }
  });

  it('does not read "hopeful" set off after a name as a post', () => {
    const analysis = analyzeText(`${OPENING}Mira Kell, hopeful of a deal, said the talks “went well.”`);
    assert.deepStrictEqual(analysis.entities.find(entity => entity.name === 'Mira Kell')?.roles ?? [], []);
  });
});
