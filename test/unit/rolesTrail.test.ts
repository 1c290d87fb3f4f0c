// The rule that found each role is recorded at the role's document span while an explained analysis runs, so
// `analyze --explain` and the hover card can say why a person has a role. Invented names and sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { ROLE_CUES } from '../../src/core/entities/roleCues';
import { withTrail } from '../../src/core/rules/trail';

/** Each role of the analysis as "role text <- rule ids recorded at exactly its span". */
function explainedRoles(text: string): string[] {
  const { result, decisions } = withTrail(() => analyzeText(text));
  return result.entities.flatMap(entity => entity.roles.map(role => {
    const rules = decisions.filter(decision => decision.table === ROLE_CUES.id && decision.start === role.start && decision.end === role.end);
    return `${role.text} <- ${rules.map(decision => decision.rule).join(', ')}`;
  }));
}

describe('role cues in the decision trail', () => {
  it('records the rule that found each role at its document span, in a later paragraph too', () => {
    const text = 'The council met on Monday.\n\nFinance Minister Tom Halder resigned. Ann Bellamy, 52, a deputy sheriff, said no.\n\n'
      + 'Mr. Halder\'s wife Rosa Quill spoke. Ivo Sandal, the agency\'s director, agreed.';
    assert.deepStrictEqual(explainedRoles(text).sort(), [
      'Finance Minister <- title-before-name',
      'Halder\'s wife <- relation-before-name',
      'agency\'s director <- appositive-after-name',
      'deputy sheriff <- appositive-after-tag',
    ]);
  });

  it('records a later sentence\'s role at its span, where the paragraph gives it to the person named before', () => {
    assert.deepStrictEqual(explainedRoles('Jane Dorsey arrived late. She is the company’s chief executive.'), ['company’s chief executive <- pronoun-post']);
  });

  it('keeps every rule of the table in the order the engine runs them, ids unique', () => {
    const ids = ROLE_CUES.rules.map(rule => rule.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.ok(ids.indexOf('title-before-name') < ids.indexOf('appositive-after-name'), 'titles before appositives');
    assert.ok(ids.indexOf('appositive-after-name') < ids.indexOf('pronoun-post'), 'a later sentence last');
  });
});
