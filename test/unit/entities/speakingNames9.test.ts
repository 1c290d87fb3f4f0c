// Names whose words the lexicon partly knows as common words, found as people by how their lone surname is used.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

const people = (text: string): string[] => analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name).sort();
const speakers = (text: string): (string | null)[] => {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null);
};

describe('full names of a speaking surname (kind-by-use/full-name-of-speaking-surname)', () => {
  const story = 'Al Gore to skip the fair.\n\nAl Gore’s absence will extend to this week.\n\nGore remains quiet. "I have no plans yet," Gore said on Monday.\n';
  it('finds a full name of common words as a person when its lone surname speaks', () => {
    assert.deepStrictEqual(people(story), ['Al Gore']);
  });
  it('credits the lone surname\'s words to that person', () => {
    assert.deepStrictEqual(speakers(story), ['Al Gore']);
  });
  it('finds no person where the lone surname never speaks', () => {
    assert.deepStrictEqual(people('Al Gore to skip the fair.\n\nAl Gore’s absence will extend to this week.\n\nThe fair opens on Monday.\n'), []);
  });
  it('makes no person of a conjunction or an abbreviation before a speaking surname', () => {
    const text = 'Dana Marwick spoke first.\n\nIn the U.S. While Marwick spoke, others left. "Stand up," Marwick said.\n';
    assert.deepStrictEqual(people(text), ['Dana Marwick']);
  });
  it('makes no person of a verb opening the sentence before a speaking surname', () => {
    const text = 'Dana Marwick spoke first.\n\nBlaming Marwick’s staff for the delay is easy. "Stand up," Marwick said.\n';
    assert.deepStrictEqual(people(text), ['Dana Marwick']);
  });
  it('leaves a body alone whose last word speaks as the body', () => {
    const text = 'Vardo Holdings grew fast. "We will hire," Holdings said.\n';
    assert.deepStrictEqual(people(text), []);
  });
});
