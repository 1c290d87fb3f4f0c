// The caches that keep re-analysis after an edit cheap must never keep a decision the edit changed: a name's own kind is
// remembered by its words, text and evidence (kind.ts), and the document-level passes still rerun over every paragraph,
// so an edit in one paragraph that changes a decision about a name or a quotation in another paragraph changes it.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { kindOf } from '../../src/core/entities/kind';
import { Evidence, type EvidenceFlags, type NameCandidate } from '../../src/core/entities/types';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { memoized, memoizedPerObject } from '../../src/core/memo';
import { splitParagraphs } from '../../src/core/paragraphs';
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

// Round 29: the quote pass splits a document into paragraphs once per analysis (paragraphs.ts keeps the text read last),
// and the words of each quotation, the slug of each name and the word counts of the quotations are kept by their text
// (memo.ts). Each edit below goes through one incremental analyzer after the one before, as typing does.
describe('kept results of the document-wide pass after an edit', function () {
  this.timeout(60_000);

  const article = [
    'Marwick council meets again on Tuesday.',
    'Dana Kelso, the mayor of Marwick, opened the ferry hall on Monday. "We will keep the ferry running through the winter, whatever it costs," Kelso said.',
    '"keep the ferry running through the winter"',
    'Ivo Sandal, who chairs the harbour board, disagreed. "The board has not seen the figures," Sandal said. "Nobody has."',
    'The Marwick Harbour Trust said the crossing would close in March.',
  ].join('\n\n');

  const edits: readonly (readonly [string, (text: string) => string])[] = [
    ['a letter inside a name (a new entity, a new id)', text => text.replace('Ivo Sandal, who', 'Ivo Sandahl, who')],
    ['a letter inside a quotation that a pull quote repeats', text => text.replace('ferry running through the winter, whatever', 'ferry runing through the winter, whatever')],
    ['an opening quotation mark removed', text => text.replace('"The board has', 'The board has')],
    ['the quotation mark added back', text => text.replace('The board has', '"The board has')],
    ['a closing quotation mark added in mid-sentence', text => text.replace('seen the figures,"', 'seen" the figures,"')],
    ['two paragraphs joined', text => text.replace('winter"\n\nIvo', 'winter" Ivo')],
    ['a paragraph split in two', text => text.replace('disagreed. ', 'disagreed.\n\n')],
    ['a blank line added inside a quotation', text => text.replace('whatever it costs', 'whatever\n\nit costs')],
    ['a letter inside a name again, back as it was', text => text.replace('Ivo Sandahl', 'Ivo Sandal')],
  ];

  it('every edit gives what a fresh analysis of the edited text gives', () => {
    const inc = new IncrementalAnalyzer();
    let text = article;
    assert.deepStrictEqual(inc.analyze('doc', text, {}), analyzeText(text, {}));
    for (const [name, edit] of edits) {
      const next = edit(text);
      assert.notStrictEqual(next, text, `the edit "${name}" changed nothing`);
      text = next;
      assert.deepStrictEqual(inc.analyze('doc', text, {}), analyzeText(text, {}), name);
    }
  });

  it('an edit inside a name gives the entity its new id and drops the old one', () => {
    const renamed = article.replace('Ivo Sandal, who', 'Ivo Sandahl, who');
    const { first, second } = edited(article, renamed);
    assert.ok(first.entities.some(entity => entity.id === 'ivo-sandal'), first.entities.map(entity => entity.id).join(' '));
    assert.ok(second.entities.some(entity => entity.id === 'ivo-sandahl'), second.entities.map(entity => entity.id).join(' '));
    assert.ok(!second.entities.some(entity => entity.id === 'ivo-sandal'), second.entities.map(entity => entity.id).join(' '));
  });

  it('a quotation mark removed in one paragraph changes the quotations read there and nowhere else', () => {
    const unquoted = article.replace('"The board has', 'The board has');
    const { first, second } = edited(article, unquoted);
    const texts = (analysis: DocumentAnalysis, text: string): string[] => analysis.quotes.map(quote => text.slice(quote.start, quote.end));
    assert.ok(texts(first, article).includes('The board has not seen the figures,'), texts(first, article).join(' | '));
    assert.ok(!texts(second, unquoted).includes('The board has not seen the figures,'), texts(second, unquoted).join(' | '));
    assert.strictEqual(speakerOf(second, unquoted, 'We will keep the ferry running through the winter, whatever it costs,'), 'Dana Kelso');
  });

  it('the paragraphs kept for the text read last are those of the text asked for, whichever texts alternate', () => {
    const one = 'First line.\n\nSecond line.';
    const two = 'First line.\nSecond line.\n\n\nThird line.';
    const fresh = (text: string): string[] => splitParagraphs(text).map(p => text.slice(p.start, p.end));
    assert.deepStrictEqual(fresh(one), ['First line.', 'Second line.']);
    assert.deepStrictEqual(fresh(two), ['First line.', 'Second line.', 'Third line.']);
    assert.deepStrictEqual(fresh(one), ['First line.', 'Second line.']);
    assert.strictEqual(splitParagraphs(two), splitParagraphs(two));
    assert.ok(Object.isFrozen(splitParagraphs(two)));
  });

  it('a kept result is the function\'s own, also past the limit where the store starts again', () => {
    let calls = 0;
    const length = memoized((text: string): number => {
      calls++;
      return text.length;
    }, 2);
    assert.deepStrictEqual(['ab', 'ab', 'abc', 'abcd', 'ab', 'abcd'].map(length), [2, 2, 3, 4, 2, 4]);
    // "ab" and "abc" kept; "abcd" empties the store and is kept; "ab" again is worked out and kept; "abcd" is still kept.
    assert.strictEqual(calls, 4);
    const none = memoized((text: string): string | undefined => (text === 'x' ? undefined : text));
    assert.deepStrictEqual(['x', 'x', 'y'].map(none), [undefined, undefined, 'y']);
  });

  it('a fact kept per sentence is the one of that very sentence, not of an equal one parsed again', () => {
    let calls = 0;
    const words = memoizedPerObject((sentence: readonly string[]): number => {
      calls++;
      return sentence.length;
    });
    const one = ['Ivo', 'Marr', 'spoke'], again = ['Ivo', 'Marr', 'spoke'], other = ['Dana', 'Kelso'];
    assert.deepStrictEqual([one, one, again, other, one].map(words), [3, 3, 3, 2, 3]);
    // `one` is worked out once; `again`, equal but another array, is worked out for itself.
    assert.strictEqual(calls, 3);
    const none = memoizedPerObject((sentence: readonly string[]): number | undefined => (sentence.length > 2 ? undefined : 1));
    assert.deepStrictEqual([one, one, other].map(none), [undefined, undefined, 1]);
  });
});
