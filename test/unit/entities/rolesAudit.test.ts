// Kinds of role error found by reading our output on unseen real news (invented names and sentences, several
// outlets' styles): a role that runs into a name with full stops in it, and coordinated appositives.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const entity = analyzeText(text).entities.find(candidate => candidate.name === name);
  assert.ok(entity, `no entity ${name}`);
  return entity.roles.map(role => role.text);
}

describe('a role that runs into a name is read through the name\'s full stops', () => {
  const cases: [string, string, string[]][] = [
    // NYT style: honorific before the surname inside a relative clause.
    ['The emails included Nora Patel, who was a top adviser to Mrs. Hale at the agency.', 'Nora Patel', ['top adviser to Mrs. Hale at the agency']],
    // Wire style: a middle initial inside the name the appositive ends on.
    ['Hal Bristow, the Republican attorney general under former Governor Paul T. Varley, spoke on Monday.', 'Hal Bristow',
      ['Republican attorney general under former Governor Paul T. Varley']],
    ['Greta Lind, a longtime aide to Sen. Tom J. Marsh, declined to comment.', 'Greta Lind', ['longtime aide to Sen. Tom J. Marsh']],
  ];
  for (const [sentence, name, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), expected));
  }
});

describe('coordinated appositives', () => {
  const cases: [string, string, string[]][] = [
    // USA Today style: the second post has a place in its tail, which names no one the title belongs to.
    ['"It will be close," said Dan Morrow, director of Harbor Writers and an independent political analyst in Boston.', 'Dan Morrow',
      ['director of Harbor Writers', 'independent political analyst in Boston']],
    // NYT style: a description after "and" (no title head) is no part of the post.
    ['Ben Frisk, a former Ohio congressman and fierce critic of Mr. Hale, will lead the panel.', 'Ben Frisk', ['former Ohio congressman']],
    ['Lena Ortiz, a lawyer and longtime friend of the mayor, said she was surprised.', 'Lena Ortiz', ['lawyer']],
    // Still whole: "and" inside the tail, and a second post with a head.
    ['Omar Reyes, the minister of finance and economy, said growth would slow.', 'Omar Reyes', ['minister of finance and economy']],
    ['Ruth Adler, the company\'s chairman and chief executive, said profits rose.', 'Ruth Adler', ["company's chairman", 'chief executive']],
    // A name in the second post's tail does not keep the two posts together (AP style).
    ['"Sales fell," said Tom Pryce, president and chief executive of the Harbor Retailers Association.', 'Tom Pryce',
      ['president', 'chief executive of the Harbor Retailers Association']],
    // A name ends the appositive when the closing comma was left out (Western Journal style).
    ['Gina Rowe, a former aide to Sen. Ray Cole was one of the first to cheer the idea.', 'Gina Rowe', ['former aide to Sen. Ray Cole']],
    ['Ned Sorel, the communications director for the Oakville Democratic Party said in a statement.', 'Ned Sorel',
      ['communications director for the Oakville Democratic Party']],
    // A clause after an age is no appositive, even when it names a body (Fox style).
    ['Dale Quist, 32, noted the Justice Department returned the rifle to him.', 'Dale Quist', []],
    // A second conjunct opened by a party word is a description, not a second post (Breitbart style).
    ['Jon Avery, a former Ohio governor and a Republican presidential candidate, spoke first.', 'Jon Avery', ['former Ohio governor']],
  ];
  for (const [sentence, name, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), expected));
  }
});

describe('a role before a title chain, and a relation after a titled owner', () => {
  const cases: [string, string, string[]][] = [
    // NYT style: a home state between the name and the comma that ends its clause.
    ['In January, the party chairwoman, Representative Lisa Varga of Ohio, appointed dozens of supporters.', 'Lisa Varga', ['party chairwoman', 'Representative']],
    ['The panel\'s chairman, Sen. Tom Ruiz of New Mexico, called the vote.', 'Tom Ruiz', ["panel's chairman", 'Sen.']],
    // Fox / HuffPost style: the relation's owner carries a title of their own.
    ['He attacked Hilde Crane, Senator Tom Crane\'s wife, on Friday.', 'Hilde Crane', ["Senator Tom Crane's wife"]],
    ['Paula Dent, Gov. Sam Dent\'s chief of staff, said the office would reply.', 'Paula Dent', ["Gov. Sam Dent's chief of staff"]],
  ];
  for (const [sentence, name, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name).sort(), [...expected].sort()));
  }

  it('keeps the owner\'s own title the owner\'s', () => {
    assert.deepStrictEqual(rolesOf('He attacked Hilde Crane, Senator Tom Crane\'s wife, on Friday.', 'Tom Crane'), ['Senator']);
  });
});
