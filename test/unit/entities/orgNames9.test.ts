// Kinds found by a blind audit (round 9) on unseen US political news: a body's name with "and" inside was cut
// to the part after "and" when the tagger took a plural word before it for a place ("… Ways and Tolls
// Committee") or when a head noun stood before "and" inside a chamber's committee ("Senate Energy and …
// Committee"); an agency named by its tasks without a head noun ("Fisheries and Tides Enforcement") was missed;
// one proper word alone before "and" was joined to the body after it ("Vardo and Marwick Holdings").
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function kinds(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

describe('a body\'s name with "and" inside', () => {
  const cases: [string, string[]][] = [
    ['The bill was sent to the Harbour Ways and Tolls Committee on Monday.', ['o:Harbour Ways and Tolls Committee']],
    ['The Harbour Ways and Tolls Committee met on Monday.', ['o:Harbour Ways and Tolls Committee']],
    ['Agents from Marwick Fisheries and Tides Agency inspected the boats.', ['o:Marwick Fisheries and Tides Agency']],
    ['The Department of Roads and Bridges said the work would finish in May.', ['o:Department of Roads and Bridges']],
    ['A spokesman for the Bureau of Alcohol and Firearms Control declined to comment.', ['o:Bureau of Alcohol and Firearms Control']],
    ['The Senate Harbours and Tidal Waters Committee will meet on Tuesday.', ['o:Senate Harbours and Tidal Waters Committee']],
    ['The Securities and Tides Commission sued the lender.', ['o:Securities and Tides Commission']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }
});

describe('an agency named by its tasks, without a head noun', () => {
  const cases: [string, string[]][] = [
    ['Agents from Fisheries and Tides Enforcement detained three men.', ['o:Fisheries and Tides Enforcement']],
    ['He left Kelso Parks and Recreation in May.', ['o:Kelso Parks and Recreation']],
    ['Officials at Harbours and Customs Protection said so.', ['o:Harbours and Customs Protection']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }

  it('leaves a lower-case task phrase alone', () => {
    assert.deepStrictEqual(kinds('Fisheries and tides enforcement was cut.'), []);
  });
});

describe('two names listed with "and" stay two', () => {
  const cases: [string, string[]][] = [
    ['Vardo and Marwick Holdings signed the deal on Friday.', ['o:Marwick Holdings']],
    ['Dana Kelso and Tom Halder met on Friday.', ['p:Dana Kelso', 'p:Tom Halder']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }

  it('keeps places, parties and chambers apart', () => {
    const names = analyzeText('Britain and France met, where Democrats and Republicans in the House and Senate argued.').entities.map(e => e.name);
    assert.ok(!names.some(name => / and /.test(name)), names.join(', '));
  });

  it('keeps two newspaper nouns joined by "and" one title', () => {
    assert.deepStrictEqual(kinds('The Times and Sentinel reported the vote.'), ['o:Times and Sentinel']);
  });

  it('keeps two first names that share a family name in one foundation\'s name', () => {
    assert.deepStrictEqual(kinds('The William and Flora Kelso Foundation paid for it.'), ['o:William and Flora Kelso Foundation']);
  });
});
