// Fast position lookups over a DocumentAnalysis. Hovers, navigation and references run on every mouse
// move and keystroke, so each analysis gets one sorted index (built on first use, cached by the
// analysis object itself) and every lookup is a binary search.
import type { CrossReference, DocumentAnalysis, Entity, EntityComparison, Mention, Quote, QuoteMatch, Side, Span } from './model';

interface AnalysisIndex {
  /** Every mention of every entity, sorted by start. */
  readonly mentions: readonly Mention[];
  /** Quotes sorted by start. */
  readonly quotes: readonly Quote[];
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Quotes of each speaker, in document order. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
}

const indexes = new WeakMap<DocumentAnalysis, AnalysisIndex>();

function byStart(left: { start: number; end: number }, right: { start: number; end: number }): number {
  return left.start - right.start || left.end - right.end;
}

function indexOf(analysis: DocumentAnalysis): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    const mentions: Mention[] = [];
    const entityById = new Map<string, Entity>();
    for (const entity of analysis.entities) {
      entityById.set(entity.id, entity);
      for (const m of entity.mentions) {
        mentions.push(m);
      }
    }
    mentions.sort(byStart);
    const quotes = [...analysis.quotes].sort(byStart);
    const quotesBySpeaker = new Map<string, Quote[]>();
    for (const q of quotes) {
      if (q.speakerId !== null) {
        const list = quotesBySpeaker.get(q.speakerId);
        if (list) {
          list.push(q);
        } else {
          quotesBySpeaker.set(q.speakerId, [q]);
        }
      }
    }
    index = { mentions, quotes, entityById, quotesBySpeaker };
    indexes.set(analysis, index);
  }
  return index;
}

/** Index of the last span whose start is ≤ offset, or -1. */
function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** How far back to look past non-containing spans, in case the engine ever emits overlapping spans. */
const OVERLAP_LOOKBACK = 8;

function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number, touching: boolean): T | undefined {
  const i = lastStartingAtOrBefore(spans, offset);
  for (let j = i; j >= 0 && j > i - OVERLAP_LOOKBACK; j--) {
    const s = spans[j];
    if (offset < s.end || (touching && offset === s.end)) {
      return s;
    }
  }
  return undefined;
}

/**
 * The mention covering `offset`. With `touching`, a mention that ends exactly at `offset` also counts
 * (a cursor placed just after a name is "on" it); a mention containing the offset wins over one touching it.
 */
export function mentionAt(analysis: DocumentAnalysis, offset: number, touching = false): Mention | undefined {
  const mentions = indexOf(analysis).mentions;
  return spanAt(mentions, offset, false) ?? (touching ? spanAt(mentions, offset, true) : undefined);
}

export function entityById(analysis: DocumentAnalysis, id: string): Entity | undefined {
  return indexOf(analysis).entityById.get(id);
}

/** The entity one of whose mentions covers `offset`. */
export function entityAt(analysis: DocumentAnalysis, offset: number, touching = false): { entity: Entity; mention: Mention } | undefined {
  const mention = mentionAt(analysis, offset, touching);
  const entity = mention && entityById(analysis, mention.entityId);
  return entity && mention ? { entity, mention } : undefined;
}

/** The quote covering `offset` (quote marks included: a quote's span is its words, so the marks around it count too). */
export function quoteAt(analysis: DocumentAnalysis, offset: number): Quote | undefined {
  const quotes = indexOf(analysis).quotes;
  return spanAt(quotes, offset, false) ?? spanAt(quotes, offset + 1, false) ?? (offset > 0 ? spanAt(quotes, offset, true) : undefined);
}

/** Every mention of the entity, in document order. */
export function mentionsOf(analysis: DocumentAnalysis, entityId: string): readonly Mention[] {
  return entityById(analysis, entityId)?.mentions ?? [];
}

/** The quotes attributed to the entity, in document order. */
export function quotesBy(analysis: DocumentAnalysis, entityId: string): readonly Quote[] {
  return indexOf(analysis).quotesBySpeaker.get(entityId) ?? [];
}

/** Every mention of every entity, in document order (for decorations and symbols). */
export function allMentions(analysis: DocumentAnalysis): readonly Mention[] {
  return indexOf(analysis).mentions;
}

/** The mentions lying wholly inside `span`, in document order. */
export function mentionsIn(analysis: DocumentAnalysis, span: Span): Mention[] {
  const mentions = indexOf(analysis).mentions;
  const found: Mention[] = [];
  for (let i = lastStartingAtOrBefore(mentions, span.start - 1) + 1; i < mentions.length && mentions[i].start < span.end; i++) {
    if (mentions[i].end <= span.end) {
      found.push(mentions[i]);
    }
  }
  return found;
}

/** Index of the first mention starting after `offset`, in a list sorted by start. */
function firstStartingAfter(mentions: readonly Mention[], offset: number): number {
  return lastStartingAtOrBefore(mentions, offset) + 1;
}

/**
 * The next (or previous) mention of the entity under `offset`, wrapping around the document.
 * Undefined when no entity is there or it is mentioned only once.
 */
export function adjacentMention(analysis: DocumentAnalysis, offset: number, direction: 1 | -1): Mention | undefined {
  const here = entityAt(analysis, offset, true);
  if (!here) {
    return undefined;
  }
  const mentions = here.entity.mentions;
  if (mentions.length < 2) {
    return undefined;
  }
  const current = here.mention.start;
  if (direction === 1) {
    const i = firstStartingAfter(mentions, current);
    return mentions[i < mentions.length ? i : 0];
  }
  const i = lastStartingAtOrBefore(mentions, current - 1);
  return mentions[i >= 0 ? i : mentions.length - 1];
}

/** Compares names as a reader would: case, spacing and apostrophe style do not matter. */
function sameName(left: string, right: string): boolean {
  const norm = (name: string): string => name.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(left) === norm(right);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Where the entity is first named in full: its canonical name, else its longest form, earliest first. */
export function firstFullMention(entity: Entity): Mention | undefined {
  let best: Mention | undefined;
  for (const m of entity.mentions) {
    if (sameName(m.text, entity.name)) {
      return m;
    }
    if (!best || wordCount(m.text) > wordCount(best.text) || (wordCount(m.text) === wordCount(best.text) && m.text.length > best.text.length)) {
      best = m;
    }
  }
  return best;
}

// ---- Cross-reference lookups ---------------------------------------------------------------------

interface CrossReferenceIndex {
  readonly entities: ReadonlyMap<string, EntityComparison>;
  /** Quote matches keyed by the start offset of the quote on each side. */
  readonly matches: { readonly a: ReadonlyMap<number, QuoteMatch>; readonly b: ReadonlyMap<number, QuoteMatch> };
}

const xrefIndexes = new WeakMap<CrossReference, CrossReferenceIndex>();

function xrefIndexOf(xref: CrossReference): CrossReferenceIndex {
  let index = xrefIndexes.get(xref);
  if (!index) {
    const a = new Map<number, QuoteMatch>();
    const b = new Map<number, QuoteMatch>();
    for (const m of xref.quoteMatches) {
      a.set(m.a.start, m);
      b.set(m.b.start, m);
    }
    index = { entities: new Map(xref.entities.map(entity => [entity.id, entity])), matches: { a, b } };
    xrefIndexes.set(xref, index);
  }
  return index;
}

export function otherSide(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

/**
 * The comparison of the entity under `offset` in the `side` document. The cross-reference carries its
 * own copy of each analysis (with unified ids), so the lookup is by position, not by the caller's id.
 */
export function comparisonAt(xref: CrossReference, side: Side, offset: number, touching = false): EntityComparison | undefined {
  const here = entityAt(xref[side], offset, touching);
  return here && xrefIndexOf(xref).entities.get(here.entity.id);
}

/** The quote under `offset` in the `side` document and its match in the other document, if any. */
export function quoteMatchAt(xref: CrossReference, side: Side, offset: number): { quote: Quote; match?: QuoteMatch } | undefined {
  const quote = quoteAt(xref[side], offset);
  return quote && { quote, match: xrefIndexOf(xref).matches[side].get(quote.start) };
}
