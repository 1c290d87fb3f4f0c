// test/fixtures/articles/false-positives.txt: capitalised words that are not people (holidays, wars,
// events, places, documents, abbreviations, months, an all-caps headline) and a few real organisations.
// The analysis must find no person and no quotation there, and no organisation outside the few it names.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';

const root = path.resolve(__dirname, '../../..');
const fixture = path.join(root, 'test', 'fixtures', 'articles', 'false-positives.txt');

/** The organisations the fixture does name (sports clubs, a competition, a union, an outlet, an office). */
const NAMED_ORGANISATIONS = new Set(['Prime Minister\'s Office', 'Manchester United', 'Real Madrid', 'Champions League', 'EU', 'Kyiv Independent']);

/** Phrases of the fixture that are not entities of any kind, each checked by name so a failure says which. */
const NOT_ENTITIES = [
  'Covid-19', 'Christmas', 'Second World War', 'Cold War', 'Super Bowl', 'Black Lives Matter', 'Middle East', 'Gaza Strip',
  'West Bank', 'Red Sea', 'Brexit', 'Tomahawk', 'F-16', 'Paris Air Show', 'Nobel Peace Prize', 'Bible', 'Koran', 'GDP',
  'CEO', 'kWh', 'EST', 'Zaporizhzhia Oblast', 'Dnipro River', 'THE END OF AN ERA', 'Monday', 'March', 'Article 5',
  'Section 230', 'Parliament Square',
];

describe('the fixture of sentences that name no one', () => {
  const text = fs.readFileSync(fixture, 'utf8');
  const analysis = analyzeText(text);

  it('holds every phrase this test checks (so the fixture and the test stay in step)', () => {
    const missing = NOT_ENTITIES.filter(phrase => !text.includes(phrase));
    assert.deepStrictEqual(missing, []);
  });

  it('finds no person and no quotation', () => {
    const people = analysis.entities.filter(entity => entity.kind === 'person').map(entity => entity.name);
    assert.deepStrictEqual([people, analysis.quotes.length], [[], 0]);
  });

  it('finds no organisation the fixture does not name', () => {
    const unexpected = analysis.entities.filter(entity => !NAMED_ORGANISATIONS.has(entity.name)).map(entity => entity.name);
    assert.deepStrictEqual(unexpected, []);
  });

  for (const phrase of NOT_ENTITIES) {
    it(`does not take "${phrase}" for a name`, () => {
      const hits = analysis.entities.flatMap(entity => entity.mentions).filter(mention => mention.text.includes(phrase) || phrase.includes(mention.text));
      assert.deepStrictEqual(hits.map(mention => mention.text), []);
    });
  }
});
