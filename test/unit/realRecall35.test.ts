// Kinds found by reading real US political news beside the analysis (round 35's recall audit): a person whose surname
// is a common word after a given name the lexicon lacks, named in full once and then by the surname alone as a
// speaker; companies named by common words that only their use shows ("Blue Anchor's chief executive", "bought by
// Fairwind"); a listed outlet set in capitals mid-sentence. Every sentence and name is invented; each kind is checked with the false readings its rule
// could bring (a place that is walked to, a film that issues a statement, a crosshead, a buyer who is a person).
import * as assert from 'assert';
import { entityKinds, mentionLabels } from './support/entityQueries';

describe('round 35 real-text recall: people with a landscape surname, companies named by common words', () => {
  it('reads a given name the lexicon lacks and a landscape surname as a person when the surname alone speaks later', () => {
    assert.deepStrictEqual(mentionLabels('Officials met Okeke Marsh on Tuesday. Marsh said the deal was done.'), ['p:Okeke Marsh', 'p:Marsh']);
    assert.deepStrictEqual(mentionLabels('Officials met Okeke Marsh on Tuesday. According to Marsh, the deal is done.'), ['p:Okeke Marsh', 'p:Marsh']);
    assert.deepStrictEqual(mentionLabels('The deal was signed by Kemal Hill and Ruth Ames. Hill said it was fair.'), ['p:Kemal Hill', 'p:Ruth Ames', 'p:Hill']);
    assert.deepStrictEqual(entityKinds('The bill was written by Okeke Marsh. "It is a good bill," Marsh said.'), ['person:Okeke Marsh']);
    assert.deepStrictEqual(entityKinds('Voters backed Wenna Park in May. Park said the count was fair.'), ['person:Wenna Park']);
  });

  it('reads a given name and any common singular word as a person when that word alone speaks later, not a paper\'s or a firm\'s head', () => {
    assert.deepStrictEqual(mentionLabels('Police arrested Dagny Hammer on Friday. Hammer told officers he acted alone.'), ['p:Dagny Hammer', 'p:Hammer']);
    assert.deepStrictEqual(entityKinds('The plan was backed by Tamsin Cotton. "It works," Cotton said.'), ['person:Tamsin Cotton']);
    assert.deepStrictEqual(entityKinds('Readers of the Tarvo Post wrote in. The Post said it would reply.'), ['org:Tarvo Post']);
    assert.deepStrictEqual(entityKinds('Kelso Square Capital bought it. Square said the deal was off.'), ['org:Kelso Square Capital']);
  });

  it('reads a listed outlet set in capitals inside a sentence as that outlet, not shouting', () => {
    assert.deepStrictEqual(mentionLabels('She told the IRISH TIMES on Monday that she would stand.'), ['o:IRISH TIMES']);
    assert.deepStrictEqual(mentionLabels('BIG PROGRESS ON ROADS, the council said.'), []);
  });

  it('keeps a landscape name a place where nothing of it speaks, or where something is in it', () => {
    assert.deepStrictEqual(mentionLabels('Officials met Okeke Marsh on Tuesday. The deal was done.'), []);
    assert.deepStrictEqual(mentionLabels('Walkers crossed Okeke Marsh. Rain fell in Marsh all day. Marsh said the path was shut.'), []);
    assert.deepStrictEqual(mentionLabels('STONE AGE FINDS\n\nStone Age tools were found in the cave, the museum said.'), []);
  });

  it('reads a company named by common words by its use: a chief executive\'s or a founder\'s possessive, a buyer after "bought by"', () => {
    assert.deepStrictEqual(mentionLabels('Blue Anchor\'s chief executive resigned on Friday.'), ['o:Blue Anchor']);
    assert.deepStrictEqual(mentionLabels('The board sacked Harbour Light\'s founder in May.'), ['o:Harbour Light']);
    assert.deepStrictEqual(mentionLabels('The firm was bought by Fairwind last year.'), ['o:Fairwind']);
    assert.deepStrictEqual(mentionLabels('The chain was acquired by Brightmoor Capital in 2019.'), ['o:Brightmoor Capital']);
    assert.deepStrictEqual(mentionLabels('Shares of Harbour Light fell 4 percent on Monday.'), ['o:Harbour Light']);
    assert.deepStrictEqual(mentionLabels('"We are reviewing it," a spokesman for Crisp Fields said.'), ['o:Crisp Fields']);
  });

  it('keeps a person a person before a spokesman or as a buyer, and reads a film\'s statement as its company\'s', () => {
    assert.deepStrictEqual(mentionLabels('The board sacked Dana Vell\'s chief executive in May.'), ['p:Dana Vell']);
    assert.deepStrictEqual(mentionLabels('The house was bought by Orla Fenwick last year.'), ['p:Orla Fenwick']);
    assert.deepStrictEqual(mentionLabels('The seats were bought by London councils last year.'), []);
    assert.deepStrictEqual(mentionLabels('Dark Water said in a statement that the film would open in May.'), ['o:Dark Water']);
  });
});
