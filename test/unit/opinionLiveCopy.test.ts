// Opinion columns and live blogs (round 16, test/fixtures/fresh32): a housebuilder "X Y Homes" and its short form
// "X Y", a waterfront site "X Quay", a body's head noun opening a sentence or a quotation, a town's word opening its
// residents' association, a given name borne by men and women, "the operator" for a rail company, and a columnist
// who heard someone "call" a plan something. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function mentions(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${e.name}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

function speakers(text: string): (string | null)[] {
  const result = analyzeText(text);
  const names = new Map(result.entities.map(e => [e.id, e.name]));
  return result.quotes.map(q => (q.speakerId ? names.get(q.speakerId) ?? null : null));
}

describe('opinion columns and live blogs (round 16)', () => {
  it('reads "X Y Homes" as a company and "X Y" alone, later, as the same company', () => {
    assert.deepStrictEqual(mentions('The developer, Orrin Marsh Homes, will build 90 homes.\n\nOrrin Marsh said the plan was sound.'),
      ['o:Orrin Marsh Homes:Orrin Marsh Homes', 'o:Orrin Marsh Homes:Orrin Marsh']);
  });

  it('keeps a two-word place a place where no company is named after it, and a street a street', () => {
    assert.deepStrictEqual(mentions('Flood water reached Orrin Marsh on Tuesday.'), []);
    assert.deepStrictEqual(mentions('Tom Wrede is head of research at Dalton Street Capital.\n\nNot everyone on Dalton Street was pleased.'),
      ['p:Tom Wrede:Tom Wrede', 'o:Dalton Street Capital:Dalton Street Capital']);
  });

  it('reads a waterfront site ending in "Quay", "Wharf" or "Marina" as a place, not a person', () => {
    assert.deepStrictEqual(mentions('Councillors approved the Dunmore Quay scheme on Tuesday.'), []);
    assert.deepStrictEqual(mentions('Kelso Wharf and Tarrow Marina will get 400 flats.'), []);
  });

  it('does not read a body\'s head noun opening a sentence, a headline or a quotation as that body', () => {
    assert.deepStrictEqual(mentions('Vardo County Council has opened rest centres. Council leader Oren Blake said 80 people had come.'),
      ['o:Vardo County Council:Vardo County Council', 'p:Oren Blake:Oren Blake']);
    assert.deepStrictEqual(mentions('Calder Power says 600 homes are dark.\n\nPower cuts: crews wait for the wind to drop'),
      ['o:Calder Power:Calder Power']);
  });

  it('still reads "the Council" in mid-sentence as the one council named', () => {
    assert.deepStrictEqual(mentions('Vardo County Council met on Monday. Residents said the Council had ignored them.'),
      ['o:Vardo County Council:Vardo County Council', 'o:Vardo County Council:Council']);
  });

  it('reads a town\'s word opening its residents\' association, used alone, as the town', () => {
    assert.deepStrictEqual(mentions('Tom Wrede chairs the Kelso Residents\' Association. Residents held placards reading "Homes for Kelso, not for investors".'),
      ['p:Tom Wrede:Tom Wrede', 'o:Kelso Residents\' Association:Kelso Residents\' Association']);
  });

  it('lets "he" stand for a person whose given name is borne by men and women', () => {
    assert.deepStrictEqual(speakers('Priya Daunt, the company\'s director, said crews were ready.\n\n'
      + 'Chief Superintendent Rowan Ellery said officers had turned back cars. "A photograph is not worth your life," he said.'),
    ['Rowan Ellery']);
  });

  it('credits "the operator" with the words of the rail company named before, and "the company" a housebuilder\'s', () => {
    assert.deepStrictEqual(speakers('Westmarch Rail has suspended every train north of Vardo. The operator posted on X: "Please do not travel tonight, and keep safe."'),
      ['Westmarch Rail']);
    assert.deepStrictEqual(speakers('Orrin Marsh Homes will build 90 homes. The company said: "We are proud of the plan and of the park."'),
      ['Orrin Marsh Homes']);
  });

  it('credits a person the writer heard "call" something, past the appositive after the name', () => {
    assert.deepStrictEqual(speakers('I heard Councillor Tom Wrede, the cabinet member for roads, call the plan "a bold and overdue step for us".'),
      ['Tom Wrede']);
    assert.deepStrictEqual(speakers('We watched Dana Kelso, the minister, tell the committee "the money is already spent, all of it".'),
      ['Dana Kelso']);
  });

  it('does not read an imperative after a comma as the named person\'s words', () => {
    assert.deepStrictEqual(speakers('Tom Wrede, the minister, saw the plan. Residents, call the council about "a bold and overdue step for us".'),
      [null]);
  });
});
