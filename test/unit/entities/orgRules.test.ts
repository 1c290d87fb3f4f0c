// Organisations named in news copy's usual forms, one kind of name per group of cases (invented names, several
// outlets' styles): each kind has cases that must be found as organisations and near misses that must not.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

type Expected = 'person' | 'org' | null;

function kindOf(text: string, name: string): Expected {
  const entity = analyzeText(text).entities.find(found => found.mentions.some(mention => mention.text === name));
  return entity ? entity.kind : null;
}

const cases: [why: string, text: string, name: string, expected: Expected][] = [
  // A plural title before the organisation noun that ends the name names the body's members, not people.
  ['a union named after its members (AP style)', 'The Kelso Teachers Union said it would strike on Monday.', 'Kelso Teachers Union', 'org'],
  ['a national union of an occupation (Fox style)', 'The National Farmers Union sided with the senator.', 'National Farmers Union', 'org'],
  ['an association of officers (NYT style)', 'The Police Officers Association called the ruling a disgrace.', 'Police Officers Association', 'org'],
  ['names after a plural title stay people', 'Officials said Governors Kelso and Brandt would attend.', 'Brandt', 'person'],
];

describe('organisation names (invented sentences)', () => {
  for (const [why, text, name, expected] of cases) {
    it(`${why}: "${name}" is ${expected ?? 'no entity'}`, () => {
      assert.strictEqual(kindOf(text, name), expected);
    });
  }
});
