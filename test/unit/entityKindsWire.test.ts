// Kinds of error found by reading the analysis of unlabelled real news (names, kinds, boundaries, roles), each
// fixed by a general rule and checked here on invented sentences of several outlets' styles.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

type Expected = 'person' | 'org' | null;

/** The kind of the entity with a mention written exactly so, or null when no mention is. */
function kindOf(text: string, name: string): Expected {
  const entity = analyzeText(text).entities.find(found => found.mentions.some(mention => mention.text === name));
  return entity ? entity.kind : null;
}

describe('names, kinds and boundaries on wire copy', () => {
  const cases: [why: string, text: string, name: string, expected: Expected][] = [
    // A title word after an organisation's "of"/"for" is the rest of its name.
    ['a union named for its members (AP style)', 'Dana Marr, a spokeswoman for the American Federation of Teachers, said no.', 'American Federation of Teachers', 'org'],
    ['not cut before the title word', 'Dana Marr, a spokeswoman for the American Federation of Teachers, said no.', 'American Federation of', null],
    ['a department named for a title word (NYT style)', 'The Kelso Department of Justice is investigating the shooting.', 'Kelso Department of Justice', 'org'],
    ['a conference of office holders (Reuters style)', 'Proponents, including the Ruritanian Conference of Mayors, urged a vote.', 'Ruritanian Conference of Mayors', 'org'],
    ['a plural title ending a body\'s name after "of"', 'The Association of Flight Attendants called her a champion.', 'Association of Flight Attendants', 'org'],
    ['a body before a title still leaves the title to the person after it', 'Bank of Kelso Governor Ana Ruiz spoke on Monday.', 'Ana Ruiz', 'person'],
  ];
  for (const [why, text, name, expected] of cases) {
    it(`${why}: "${name}" is ${expected ?? 'no entity'}`, () => {
      assert.strictEqual(kindOf(text, name), expected);
    });
  }
});
