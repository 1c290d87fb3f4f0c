// Coverage of one story by any number of articles: which entities each article names (in all, in some,
// only in one), how each presents them, which quotations several carry and how their versions differ, and
// which unlinked entities may be one. A pair (N = 2) is the cross-reference of compare.ts; this is its
// N-article generalisation. The result is plain data that points into the linked analyses by index, so it
// crosses a worker boundary as the analyses themselves do.
import { linkAnalyses } from './link';
import type { DocumentAnalysis, EntityKind, Quote, QuoteMatchKind } from './model';
// Straight from the modules, not the quotes/ index (which loads compromise): this runs in the extension host.
import { matchQuotes } from './quotes/matchQuotes';
import { diffWords, type DiffToken } from './quotes/diffWords';
import { suggestSameEntities, type SuggestOptions, type Suggestion } from './suggestions';

export type { Suggestion, SuggestionReason, SuggestedEntity } from './suggestions';

/** How one article presents an entity. */
export interface CoverageSide {
  readonly article: number;
  /** Index of the entity in analyses[article].entities. */
  readonly entity: number;
  readonly mentionCount: number;
  /** Every distinct name used, canonical first. */
  readonly names: readonly string[];
  readonly roles: readonly string[];
  /** Indices into analyses[article].quotes of the quotations credited to the entity. */
  readonly quotes: readonly number[];
}

export type CoveragePresence = 'all' | 'some' | 'one';

export interface CoverageEntity {
  readonly id: string;
  readonly kind: EntityKind;
  /** The fullest name any article uses. */
  readonly name: string;
  /** In all articles, in some (two or more, not all), or in one only. */
  readonly presence: CoveragePresence;
  /** Indices of the articles that name it, ascending. */
  readonly presentIn: readonly number[];
  /** One side per article that names it, in article order. */
  readonly sides: readonly CoverageSide[];
}

/** How a variant of a shared quotation compares with the group's first version. */
export type VariantMatch = 'first' | QuoteMatchKind;

export interface QuoteVariant {
  readonly article: number;
  /** Index into analyses[article].quotes. */
  readonly quote: number;
  readonly speakerId: string | null;
  readonly match: VariantMatch;
  /** Share of words in common with the first version (1 for it and for identical versions). */
  readonly similarity: number;
  /** True when both this and the first version have speakers and they differ. */
  readonly creditedDifferently: boolean;
  /** Reworded versions: the words only in the first version (removed) or only in this one (added). */
  readonly diff?: readonly DiffToken[];
}

/** One quotation carried by two or more articles; variants in article order, the first is the reference. */
export interface QuoteGroup {
  readonly variants: readonly QuoteVariant[];
}

/** Who is quoted by which article, and how often. */
export interface QuotedSpeaker {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Quotation count per article (index = article). */
  readonly counts: readonly number[];
}

export interface Coverage {
  /** The analyses with ids unified, in the order given. */
  readonly analyses: readonly DocumentAnalysis[];
  /** Sorted by how many articles name them (most first), then total mentions, then name. */
  readonly entities: readonly CoverageEntity[];
  /** Sorted by how many articles carry the quotation, then by its place in the first article. */
  readonly quoteGroups: readonly QuoteGroup[];
  readonly suggestions: readonly Suggestion[];
}

export type CoverageOptions = SuggestOptions;

function sidesOf(analyses: readonly DocumentAnalysis[]): Map<string, CoverageSide[]> {
  const byId = new Map<string, CoverageSide[]>();
  analyses.forEach((doc, article) => {
    const quotesBy = new Map<string, number[]>();
    doc.quotes.forEach((quote, i) => {
      if (quote.speakerId !== null) {
        quotesBy.set(quote.speakerId, [...(quotesBy.get(quote.speakerId) ?? []), i]);
      }
    });
    doc.entities.forEach((docEntity, entity) => {
      const side: CoverageSide = {
        article, entity, mentionCount: docEntity.mentions.length, names: [docEntity.name, ...docEntity.aliases], roles: docEntity.roles.map(role => role.text), quotes: quotesBy.get(docEntity.id) ?? [],
      };
      byId.set(docEntity.id, [...(byId.get(docEntity.id) ?? []), side]);
    });
  });
  return byId;
}

/** The fuller of two names for one entity ("Ilsa Marrow" over "Marrow"), as compare.ts picks it. */
function fuller(first: string, second: string): string {
  const words = (name: string): number => name.split(/\s+/).length;
  return words(second) > words(first) || (words(second) === words(first) && second.length > first.length) ? second : first;
}

function presenceOf(count: number, articles: number): CoveragePresence {
  return count === articles && articles > 1 ? 'all' : count > 1 ? 'some' : 'one';
}

function coverageEntities(analyses: readonly DocumentAnalysis[]): CoverageEntity[] {
  const out: CoverageEntity[] = [];
  for (const [id, sides] of sidesOf(analyses)) {
    const first = analyses[sides[0].article].entities[sides[0].entity];
    const name = sides.map(side => analyses[side.article].entities[side.entity].name).reduce(fuller);
    const presentIn = sides.map(side => side.article);
    out.push({ id, kind: first.kind, name, presence: presenceOf(presentIn.length, analyses.length), presentIn, sides });
  }
  const total = (entity: CoverageEntity): number => entity.sides.reduce((sum, side) => sum + side.mentionCount, 0);
  return out.sort((left, right) => right.presentIn.length - left.presentIn.length || total(right) - total(left) || left.name.localeCompare(right.name));
}

/** Union-find over (article, quote) pairs joined by pairwise matches. */
class QuoteSets {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let k = key;
    while (this.parent.has(k) && this.parent.get(k) !== k) {
      k = this.parent.get(k)!;
    }
    return k;
  }

  union(left: string, right: string): void {
    for (const key of [left, right]) {
      if (!this.parent.has(key)) {
        this.parent.set(key, key);
      }
    }
    const rx = this.find(left), ry = this.find(right);
    if (rx !== ry) {
      this.parent.set(ry, rx);
    }
  }

  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const key of this.parent.keys()) {
      const root = this.find(key);
      byRoot.set(root, [...(byRoot.get(root) ?? []), key]);
    }
    return [...byRoot.values()];
  }
}

const keyOf = (article: number, quote: number): string => `${article}:${quote}`;

function parseKey(key: string): { article: number; quote: number } {
  const [article, quote] = key.split(':').map(Number);
  return { article, quote };
}

function variantOf(analyses: readonly DocumentAnalysis[], reference: Quote, article: number, index: number, isFirst: boolean): QuoteVariant {
  const quote = analyses[article].quotes[index];
  const speakerId = quote.speakerId;
  if (isFirst) {
    return { article, quote: index, speakerId, match: 'first', similarity: 1, creditedDifferently: false };
  }
  const creditedDifferently = speakerId !== null && reference.speakerId !== null && speakerId !== reference.speakerId;
  const direct = matchQuotes([reference], [quote], (left, right) => left.speakerId === right.speakerId).matches[0];
  const match: QuoteMatchKind = direct?.kind ?? 'reworded';
  return {
    article, quote: index, speakerId, match, similarity: direct?.similarity ?? 0, creditedDifferently,
    ...(match === 'reworded' ? { diff: diffWords(reference.text, quote.text) } : {}),
  };
}

/** Quotations two or more articles carry, each group's versions compared with the first one. */
function quoteGroupsOf(analyses: readonly DocumentAnalysis[]): QuoteGroup[] {
  const sets = new QuoteSets();
  for (let i = 0; i < analyses.length; i++) {
    for (let j = i + 1; j < analyses.length; j++) {
      const index = (article: number): Map<Quote, number> => new Map(analyses[article].quotes.map((quote, k) => [quote, k]));
      const [ia, ib] = [index(i), index(j)];
      for (const m of matchQuotes(analyses[i].quotes, analyses[j].quotes, (left, right) => left.speakerId === right.speakerId).matches) {
        sets.union(keyOf(i, ia.get(m.a)!), keyOf(j, ib.get(m.b)!));
      }
    }
  }
  const groups = sets.groups().map(keys => keys.map(parseKey).sort((left, right) => left.article - right.article || left.quote - right.quote));
  return groups
    .filter(members => new Set(members.map(member => member.article)).size > 1)
    .sort((left, right) => new Set(right.map(member => member.article)).size - new Set(left.map(member => member.article)).size || left[0].article - right[0].article || left[0].quote - right[0].quote)
    .map(members => {
      const reference = analyses[members[0].article].quotes[members[0].quote];
      return { variants: members.map((member, k) => variantOf(analyses, reference, member.article, member.quote, k === 0)) };
    });
}

/**
 * The coverage of a story by these articles (any number; ids are unified first, so the analyses may come
 * from separate runs). Articles keep the order given.
 */
export function compareArticles(analyses: readonly DocumentAnalysis[], options: CoverageOptions = {}): Coverage {
  const linked = linkAnalyses(analyses);
  return {
    analyses: linked,
    entities: coverageEntities(linked),
    quoteGroups: quoteGroupsOf(linked),
    suggestions: suggestSameEntities(linked, options),
  };
}

/** Who each article quotes and how often (people and bodies credited with at least one quotation). */
export function quotedSpeakers(coverage: Coverage): QuotedSpeaker[] {
  const out: QuotedSpeaker[] = [];
  for (const e of coverage.entities) {
    const counts = coverage.analyses.map((_analysis, article) => e.sides.find(side => side.article === article)?.quotes.length ?? 0);
    if (counts.some(count => count > 0)) {
      out.push({ id: e.id, kind: e.kind, name: e.name, counts });
    }
  }
  const total = (speaker: QuotedSpeaker): number => speaker.counts.reduce((sum, count) => sum + count, 0);
  return out.sort((left, right) => right.counts.filter(count => count > 0).length - left.counts.filter(count => count > 0).length || total(right) - total(left) || left.name.localeCompare(right.name));
}

/** Quotations with no named speaker, per article. */
export function unattributedCounts(coverage: Coverage): number[] {
  return coverage.analyses.map(doc => doc.quotes.filter(quote => quote.speakerId === null).length);
}
