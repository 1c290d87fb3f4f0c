// "Kelso for Senate": a candidate's campaign committee is one body (list campaign-offices); the chamber alone and the
// candidate's surname alone stay apart from it.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function entities(text: string): { kind: string; name: string; mentions: string[] }[] {
  return analyzeText(text).entities.map(entity => ({ kind: entity.kind, name: entity.name, mentions: entity.mentions.map(m => text.slice(m.start, m.end)) }));
}

describe('a campaign committee named after its candidate (campaign-offices)', () => {
  const text = 'Sen. Dana Kelso is seeking a third term in the Senate. Her campaign, Kelso for Senate, raised $2 million. '
    + 'Kelso said she was proud. Kelso for Senate spent half of it on ads.';
  it('is one body, and the chamber alone stays the chamber', () => {
    const found = entities(text);
    const committee = found.find(entity => entity.name === 'Kelso for Senate');
    assert.ok(committee && committee.kind === 'org', JSON.stringify(found));
    assert.deepStrictEqual(committee.mentions, ['Kelso for Senate', 'Kelso for Senate']);
  });
  it('leaves the candidate\'s surname alone with the person', () => {
    const person = entities(text).find(entity => entity.name === 'Dana Kelso');
    assert.ok(person && person.kind === 'person' && person.mentions.includes('Kelso'), JSON.stringify(person));
    assert.ok(!person.mentions.some(mention => /for Senate/.test(mention)));
  });
  it('is no committee after a verb: "endorsed Kelso for Senate" backs the candidate', () => {
    const found = entities('The union endorsed Dana Kelso on Monday. It endorsed Kelso for Senate in May.');
    assert.ok(!found.some(entity => /for Senate/.test(entity.name)), JSON.stringify(found));
  });
});
