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

/** Each mention in text order as "p:canonical name:text" or "o:canonical name:text". */
function labels(analysis: DocumentAnalysis): string[] {
  return analysis.entities
    .flatMap(entity => entity.mentions.map(mention => ({ start: mention.start, label: `${entity.kind === 'person' ? 'p' : 'o'}:${entity.name}:${mention.text}` })))
    .sort((left, right) => left.start - right.start)
    .map(mention => mention.label);
}

/** The speaker's name of the quotation whose words are `words`, or null. */
function speakerOf(analysis: DocumentAnalysis, text: string, words: string): string | null {
  const quote = analysis.quotes.find(q => text.slice(q.start, q.end) === words);
  assert.ok(quote, `no quotation "${words}"`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
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

  // Round 24: the word-clipping merge looks only among names of as many words whose first word opens alike (orgForms.ts).
  it('a second body whose words the short form clips, added in another paragraph, undoes the word-clipping merge', () => {
    const rest = '\n\nThe talks lasted an hour.\n\nThe Lib Dems now hold four seats.';
    const { first, second } = edited(`The Liberal Democrats won the seat.${rest}`, `The Liberal Democrats and the Libertarian Democrats party won seats.${rest}`);
    assert.ok(labels(first).includes('o:Liberal Democrats:Lib Dems'), labels(first).join(' | '));
    assert.ok(!labels(second).includes('o:Liberal Democrats:Lib Dems'), labels(second).join(' | '));
  });

  // Round 24: the countries named by a demonym are gathered once per analysis for both passes that read them (kindRules.ts).
  it('a demonym added in one paragraph makes a word in another paragraph the country, no body', () => {
    const rest = 'The Harqan coalition lost its majority, Pia Lund said.';
    const { first, second } = edited(`The markets were calm on Monday.\n\n${rest}`, `The Harqani dinar fell on Monday.\n\n${rest}`);
    assert.ok(labels(first).some(label => label.startsWith('o:Harqan:')), labels(first).join(' | '));
    assert.ok(!labels(second).some(label => label.startsWith('o:Harqan:')), labels(second).join(' | '));
  });

  // Round 24: a pull quote's words are looked for only in the quotations that hold its rarest word (attributeQuotes.ts).
  it('an edit to the quotation a pull quote repeats, paragraphs away, passes the pull quote to the next that repeats it', () => {
    const make = (boat: string): string => 'The Vardo ferry stopped on Monday.\n\n'
      + `Orla Brandt runs the harbour cafe. "Nobody told us the ${boat} was going, and nobody asked," Brandt says.\n\n`
      + 'Tom Wrede, a fisherman, was angry. "It is a disgrace," Wrede said.\n\n'
      + '\'Nobody told us the boat was going\'\n\n'
      + 'Idris Penhale, who chairs the harbour board, agreed. "Nobody told us the boat was going, not once," Penhale said.';
    const { first, second } = edited(make('boat'), make('ship'));
    assert.strictEqual(speakerOf(first, make('boat'), 'Nobody told us the boat was going'), 'Orla Brandt');
    assert.strictEqual(speakerOf(second, make('ship'), 'Nobody told us the boat was going'), 'Idris Penhale');
  });
});
