// Transport-accident and storm copy (round 18, r18-transport; test/fixtures/fresh41): passengers and residents named
// by the first name alone with an age, rail operators and insurers named by their trade in the plural. Invented names
// throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityWithMention } from './support/entityQueries';

describe('a first name alone with an age set off by commas (round 18)', () => {
  it('"Nadia, 31, who …" and "Orsolya, 58, said" are people, and speak their quotations', () => {
    const text = 'A bus overturned on the coast road on Friday.\n\nNadia, 31, who was sitting at the back, said the driver braked hard. "Everyone was thrown forward," she said.\n\n'
      + 'Orsolya, 58, said: "I thought the roof would give way."';
    const analysis = analyzeText(text);
    for (const name of ['Nadia', 'Orsolya']) {
      assert.strictEqual(entityWithMention(text, name)?.kind, 'person', name);
    }
    const speakers = analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name);
    assert.deepStrictEqual(speakers, ['Nadia', 'Orsolya']);
  });

  it('a year, or an article before the word, is no age', () => {
    const text = 'The Tarrowby, 24, crew was praised.\n\nFloods in 2019 were worse. Kelverston, 2019, was the wettest year on record.';
    assert.ok(!analyzeText(text).entities.some(entity => entity.kind === 'person'));
  });
});

describe('rail operators and insurers named by their trade in the plural (round 18)', () => {
  it('"Dale and Fell Railways" is one company though both words read as landscape', () => {
    const text = 'The 07:15 Dale and Fell Railways service was cancelled on Monday after a tree fell on the line.';
    assert.strictEqual(entityWithMention(text, 'Dale and Fell Railways')?.kind, 'org');
  });

  it('"the Society of Cargo and General Insurers" is one body, "General" no military rank before a person', () => {
    const text = 'The Society of Cargo and General Insurers said claims would run into millions.';
    const entities = analyzeText(text).entities;
    assert.deepStrictEqual(entities.map(entity => `${entity.kind}:${entity.name}`), ['org:Society of Cargo and General Insurers']);
  });

  it('"Insurers" alone opening a sentence are people, not the body', () => {
    const text = 'Tarrow General Insurers paid out in May.\n\nInsurers said the storm would cost millions.';
    const body = analyzeText(text).entities.find(entity => entity.name === 'Tarrow General Insurers');
    assert.ok(body);
    assert.deepStrictEqual(body.mentions.map(mention => mention.text), ['Tarrow General Insurers']);
  });
});
