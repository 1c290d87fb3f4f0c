// Corpus mode's stream linker links what `analyze` links: both read link.ts's rules (PERSON_RULES, ORG_RULES, the
// abbreviation rules), so each rule below runs on an invented pair of reports through linkAnalyses and through the
// stream linker, in both orders of the two, and the groups must be the same. Where a stream cannot do what the whole
// set does (it never sees the documents after the one it links), the last tests show what it does instead.
// Invented names and sentences only.
import * as assert from 'assert';
import type { DocumentAnalysis, Entity } from '../../src/core/model';
import { assertSameGroups, assertSameLinks, batchGroups, streamGroups } from './support/linkParity';

/** Asserts both linkers join the two names of the two reports (document 0 and document 1). */
function assertLinked(texts: readonly [string, string], first: string, second: string): void {
  const groups = assertSameLinks(texts);
  assert.ok(groups.includes(`0:${first} = 1:${second}`), groups.join(' | '));
}

/** A document of the given people and bodies only (no text), for the cases extraction does not make on its own. */
function documentOf(entities: readonly (readonly [Entity['kind'], string, ...string[]])[]): DocumentAnalysis {
  return {
    entities: entities.map(([kind, name, ...aliases], at) => ({ id: `e${at}`, kind, name, aliases, mentions: [], roles: [] })),
    quotes: [],
  } as unknown as DocumentAnalysis;
}

/** One rule of link.ts, an invented pair of reports, and the name each gives the entity both must link. */
interface RuleCase {
  readonly rule: string;
  readonly texts: readonly [string, string];
  readonly first: string;
  readonly second: string;
}

const RULE_CASES: readonly RuleCase[] = [
  { rule: 'government tiers: a council named without its tier', texts: ['Marwick Borough Council approved the plan on Tuesday.', 'Marwick Council said the plan would cost £2m.'],
    first: 'Marwick Borough Council', second: 'Marwick Council' },
  { rule: 'country qualifiers: a department named without its country, head noun last',
    texts: ['The U.S. Department of Harbour Safety issued a warning on Monday.', 'The Harbour Safety Department said ships should stay in port.'],
    first: 'U.S. Department of Harbour Safety', second: 'Harbour Safety Department' },
  { rule: 'town papers: a newspaper named without its town', texts: ['The Halbury Evening Post reported the closure on Friday.', 'The Evening Post said the mill would shut.'],
    first: 'Halbury Evening Post', second: 'Evening Post' },
  { rule: 'company stems: a company called by the words before its trade noun',
    texts: ['Pennant Hale Securities cut 200 jobs on Monday.', 'The investment bank Pennant Hale said it would cut 200 jobs.'],
    first: 'Pennant Hale Securities', second: 'Pennant Hale' },
  { rule: 'partners: a firm named by its partners with and without its trade noun',
    texts: ['Strand & Poole Securities lost the case.', 'A spokesman for Strand & Poole said it would appeal.'], first: 'Strand & Poole Securities', second: 'Strand & Poole' },
  { rule: 'conjunctions: "and" in one report, "&" in the other',
    texts: ['Kelso and District Angling Club opened the river.', 'Kelso & District Angling Club said the river was open.'],
    first: 'Kelso and District Angling Club', second: 'Kelso & District Angling Club' },
  { rule: 'the singular: a body\'s last word in the singular and the plural', texts: ['Dorrit Holding bought the yard.', 'Dorrit Holdings said the yard would stay open.'],
    first: 'Dorrit Holding', second: 'Dorrit Holdings' },
  { rule: 'spellings: a given name whose vowels are transliterated differently',
    texts: ['Mohammed Qarmouti, the port\'s director, said the cranes were idle.', 'Muhammad Qarmouti said the cranes would restart.'],
    first: 'Mohammed Qarmouti', second: 'Muhammad Qarmouti' },
  { rule: 'spellings: a given name that contracts two', texts: ['Maria Lourdes Dorrance, the mayor, opened the bridge.', 'Malou Dorrance said the bridge cost £4m.'],
    first: 'Maria Lourdes Dorrance', second: 'Malou Dorrance' },
  { rule: 'spellings: an Arabic surname\'s vowels', texts: ['Abu Tarek al-Wardi, a commander, said the road was closed.', 'Abu Tareq el-Wardy said the road would reopen.'],
    first: 'Abu Tarek al-Wardi', second: 'Abu Tareq el-Wardy' },
  { rule: 'given-name variants: the familiar form of a given name', texts: ['Robert Tennick, the club\'s chairman, resigned on Monday.', 'Bob Tennick said he had no regrets.'],
    first: 'Robert Tennick', second: 'Bob Tennick' },
  { rule: 'name order: a two-word name family name first in one report', texts: ['Hoshida Ren, the firm\'s founder, said sales rose.', 'Ren Hoshida said sales rose by 4 per cent.'],
    first: 'Hoshida Ren', second: 'Ren Hoshida' },
  { rule: 'shortened names: a full name without its second surname',
    texts: ['Tomas Ferreyra Quintal, the minister, said the deal was done.', 'Tomas Ferreyra said the deal was done.'], first: 'Tomas Ferreyra Quintal', second: 'Tomas Ferreyra' },
  { rule: 'spelled-out abbreviations: capitals that take more than a word\'s initial',
    texts: ['The Westmark Economic Council of Ports met on Monday.', 'WECOP said the ports would reopen.'], first: 'Westmark Economic Council of Ports', second: 'WECOP' },
  { rule: 'abbreviations: two expansions of one set of initials that differ by a word\'s ending',
    texts: ['The Vellmark National Union called a strike.', 'The Vellmarkian National Union said the strike would go ahead.'],
    first: 'Vellmark National Union', second: 'Vellmarkian National Union' },
];

describe('corpus mode links as analyze does: every rule of link.ts (round 36)', () => {
  for (const { rule, texts, first, second } of RULE_CASES) {
    it(`${rule}, in either order`, () => assertLinked(texts, first, second));
  }

  it('within one document, a name in common wins over a looser rule another entity would meet first', () => {
    // The second document holds the longer name first (a longer name misread as a person's can do so): linkAnalyses joins
    // the same names and refuses the longer one a place in that group; the stream runs its rules in the same order.
    const groups = assertSameGroups([
      documentOf([['person', 'Tomas Ferreyra']]),
      documentOf([['person', 'Tomas Ferreyra Quintal'], ['person', 'Tomas Ferreyra']]),
    ]);
    assert.ok(groups.includes('0:Tomas Ferreyra = 1:Tomas Ferreyra'), groups.join(' | '));
  });
});

describe('corpus mode where a stream cannot link as the whole set does', () => {
  it('keeps a short name with the one body seen so far when a later report names a second', () => {
    // linkAnalyses sees both councils and joins the short name to neither; the stream has written the short name's id
    // before the second council appears, and an id once written never changes.
    const documents = [
      documentOf([['org', 'Marwick Borough Council']]),
      documentOf([['org', 'Marwick Council']]),
      documentOf([['org', 'Marwick County Council']]),
    ];
    assert.ok(!batchGroups(documents).some(group => group.includes('Marwick Council =') || group.includes('= 1:Marwick Council')), batchGroups(documents).join(' | '));
    assert.ok(streamGroups(documents).includes('0:Marwick Borough Council = 1:Marwick Council'), streamGroups(documents).join(' | '));
    // With the second council before the short name, neither links it, as in analyze.
    const ambiguous = [documents[0], documents[2], documents[1]];
    assert.deepStrictEqual(streamGroups(ambiguous), batchGroups(ambiguous));
  });

  it('keeps two groups apart when a later report holds a name of each', () => {
    // "Kelso Post" with the alias "Post" comes after two papers already written with their own ids: linkAnalyses
    // unites all three through the shared alias; the stream joins the later one to the first and cannot merge the two.
    const documents = [
      documentOf([['org', 'Kelso Post']]),
      documentOf([['org', 'Marwick Post', 'Post']]),
      documentOf([['org', 'Kelso Post', 'Post']]),
    ];
    assert.ok(batchGroups(documents).includes('0:Kelso Post = 1:Marwick Post = 2:Kelso Post'), batchGroups(documents).join(' | '));
    assert.deepStrictEqual(streamGroups(documents), ['0:Kelso Post = 2:Kelso Post', '1:Marwick Post']);
  });
});
