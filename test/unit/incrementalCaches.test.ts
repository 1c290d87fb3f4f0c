// The caches that keep re-analysis after an edit cheap must never keep a decision the edit changed: a name's own kind is
// remembered by its words, text and evidence (kind.ts), and the document-level passes still rerun over every paragraph,
// so an edit in one paragraph that changes a decision about a name or a quotation in another paragraph changes it.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { kindOf } from '../../src/core/entities/kind';
import { Evidence, type EvidenceFlags, type NameCandidate } from '../../src/core/entities/types';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import type { DocumentAnalysis } from '../../src/core/model';
import { withTrail } from '../../src/core/rules/trail';

/** Analyses `before`, then `after` with the same incremental analyzer; checks the second run against a full analysis. */
function edited(before: string, after: string): { readonly first: DocumentAnalysis; readonly second: DocumentAnalysis } {
  const inc = new IncrementalAnalyzer();
  const first = inc.analyze('doc', before, {});
  const second = inc.analyze('doc', after, {});
  assert.deepStrictEqual(first, analyzeText(before, {}));
  assert.deepStrictEqual(second, analyzeText(after, {}));
  return { first, second };
}

function mentionTexts(analysis: DocumentAnalysis, id: string): string[] {
  return analysis.entities.find(entity => entity.id === id)?.mentions.map(mention => mention.text) ?? [];
}

describe('caches of re-analysis after an edit', function () {
  this.timeout(60_000);

  it('a name\'s own kind is remembered by its words, text and evidence together, never by its words alone', () => {
    const words = ['kelso'];
    const candidate = (evidence: EvidenceFlags): NameCandidate => ({ start: 0, end: 5, text: 'Kelso', words, evidence });
    const kinds = [Evidence.Place, Evidence.Honorific, Evidence.OrgTag, Evidence.Place].map(evidence => kindOf(candidate(evidence)));
    assert.deepStrictEqual(kinds, ['place', 'person', 'org', 'place']);
    // The same as the uncached reading, which an explained run makes.
    const explained = [Evidence.Place, Evidence.Honorific, Evidence.OrgTag].map(evidence => withTrail(() => kindOf(candidate(evidence))).result);
    assert.deepStrictEqual(explained, ['place', 'person', 'org']);
  });

  it('a full name added in one paragraph makes a lone surname in another paragraph that person', () => {
    const rest = 'The talks lasted an hour.\n\nKelso said the plan would fail.';
    const { first, second } = edited(rest, `Dana Kelso, a farmer, arrived late.\n\n${rest}`);
    assert.deepStrictEqual(first.entities, []);
    assert.deepStrictEqual(mentionTexts(second, 'dana-kelso'), ['Dana Kelso', 'Kelso']);
  });

  it('a namesake added in one paragraph stops a misspelt surname in another paragraph joining the first person', () => {
    const quote = '\n\n“We will not sign the deal,” Keidrow said.';
    const { first, second } = edited(`Dana Kiedrow spoke first at the hall in Marwick on Monday.${quote}`,
      `Dana Kiedrow and Ivo Kiedrow spoke first at the hall in Marwick on Monday.${quote}`);
    assert.deepStrictEqual(mentionTexts(first, 'dana-kiedrow'), ['Dana Kiedrow', 'Keidrow']);
    assert.strictEqual(first.quotes[0].speakerId, 'dana-kiedrow');
    assert.deepStrictEqual(mentionTexts(second, 'dana-kiedrow'), ['Dana Kiedrow']);
    assert.notStrictEqual(second.quotes[0].speakerId, 'dana-kiedrow');
  });

  it('a title added to a person in one paragraph gives them a description\'s quotation two paragraphs on', () => {
    const tail = ' at the hall in Marwick on Monday.\n\nThe talks lasted an hour.\n\n“We will appeal the ruling,” the mayor said.';
    const { first, second } = edited(`Ivo Sandal met Dana Kelso${tail}`, `Ivo Sandal met Mayor Dana Kelso${tail}`);
    assert.strictEqual(first.quotes[0].speakerId, 'ivo-sandal');
    assert.strictEqual(second.quotes[0].speakerId, 'dana-kelso');
  });
});
