// A compact form of DocumentAnalysis for the trip from the worker to the extension host. Receiving a
// structured clone costs the host thread one object per mention and quote (a 1 MB article: ~14,000 objects,
// over 100 ms). Spans travel instead as transferred Int32Arrays (no copy) and their texts are cut again from
// the text the host sent, which it still holds: a few milliseconds. Anything that does not fit the packed
// shape travels as it is, so the round trip is always exact.
import type { AttributionBasis, CrossReference, DocumentAnalysis, Entity, EntityComparison, EntitySide, Mention, Quote, QuoteMatch, Side, Why } from '../core/model';

interface PackedEntity {
  readonly entity: Omit<Entity, 'mentions'>;
  /** start, end of each mention. */
  readonly spans: Int32Array;
}

interface PackedQuotes {
  /** start, end, attribution start, attribution end (-1, -1 when there is none) of each quote. */
  readonly spans: Int32Array;
  readonly speakerIds: readonly (string | null)[];
  /** Each quote's attribution basis (undefined when it has none). */
  readonly bases?: readonly (AttributionBasis | undefined)[];
  /** Each quote's explanation (an explained analysis only; undefined when it has none). */
  readonly whys?: readonly (readonly Why[] | undefined)[];
}

export interface PackedAnalysis {
  readonly textLength: number;
  readonly entities: readonly (PackedEntity | Entity)[];
  readonly quotes: PackedQuotes | readonly Quote[];
}

const MENTION_KEYS = new Set(['start', 'end', 'text', 'entityId']);
const QUOTE_KEYS = new Set(['start', 'end', 'text', 'speakerId', 'attribution', 'basis', 'why']);

function hasOnly(o: object, keys: ReadonlySet<string>): boolean {
  return Object.keys(o).every(k => keys.has(k));
}

function packableMention(m: Mention, entityId: string, text: string): boolean {
  return hasOnly(m, MENTION_KEYS) && m.entityId === entityId && m.text === text.slice(m.start, m.end);
}

function packableQuote(q: Quote, text: string): boolean {
  const a = q.attribution;
  return hasOnly(q, QUOTE_KEYS) && q.text === text.slice(q.start, q.end) && (q.basis !== undefined || !('basis' in q)) && (q.why !== undefined || !('why' in q)) &&
    (a === undefined ? !('attribution' in q) : Object.keys(a).length === 2 && Number.isInteger(a.start) && Number.isInteger(a.end));
}

/** Packs `analysis` of `text`; `transfer` lists the buffers to move rather than copy. */
export function packAnalysis(analysis: DocumentAnalysis, text: string): { packed: PackedAnalysis; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const entities = analysis.entities.map((e): PackedEntity | Entity => {
    if (!e.mentions.every(m => packableMention(m, e.id, text))) {
      return e;
    }
    const spans = new Int32Array(e.mentions.length * 2);
    e.mentions.forEach((m, i) => {
      spans[2 * i] = m.start;
      spans[2 * i + 1] = m.end;
    });
    transfer.push(spans.buffer as ArrayBuffer);
    const entity: Omit<Entity, 'mentions'> & { mentions?: unknown } = { ...e };
    delete entity.mentions;
    return { entity, spans };
  });
  let quotes: PackedAnalysis['quotes'] = analysis.quotes;
  if (analysis.quotes.every(q => packableQuote(q, text))) {
    const spans = new Int32Array(analysis.quotes.length * 4);
    analysis.quotes.forEach((q, i) => {
      spans.set([q.start, q.end, q.attribution?.start ?? -1, q.attribution?.end ?? -1], 4 * i);
    });
    transfer.push(spans.buffer as ArrayBuffer);
    const whys = analysis.quotes.some(q => q.why) ? { whys: analysis.quotes.map(q => q.why) } : {};
    quotes = { spans, speakerIds: analysis.quotes.map(q => q.speakerId), bases: analysis.quotes.map(q => q.basis), ...whys };
  }
  return { packed: { textLength: analysis.textLength, entities, quotes }, transfer };
}

function isPackedEntity(e: PackedEntity | Entity): e is PackedEntity {
  return 'spans' in e && e.spans instanceof Int32Array;
}

function isPackedQuotes(q: PackedAnalysis['quotes']): q is PackedQuotes {
  return !Array.isArray(q);
}

/** A copy of a packed analysis with its own span arrays (the originals may have been transferred away). */
export function copyPacked(packed: PackedAnalysis): { packed: PackedAnalysis; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const copy = (spans: Int32Array): Int32Array => {
    const c = spans.slice();
    transfer.push(c.buffer as ArrayBuffer);
    return c;
  };
  const entities = packed.entities.map(e => (isPackedEntity(e) ? { ...e, spans: copy(e.spans) } : e));
  const quotes = isPackedQuotes(packed.quotes) ? { ...packed.quotes, spans: copy(packed.quotes.spans) } : packed.quotes;
  return { packed: { ...packed, entities, quotes }, transfer };
}

/** The DocumentAnalysis `packed` stands for, given the same `text`. */
export function unpackAnalysis(packed: PackedAnalysis, text: string): DocumentAnalysis {
  const entities = packed.entities.map((p): Entity => {
    if (!isPackedEntity(p)) {
      return p;
    }
    const mentions: Mention[] = new Array(p.spans.length / 2);
    for (let i = 0; i < mentions.length; i++) {
      const start = p.spans[2 * i], end = p.spans[2 * i + 1];
      mentions[i] = { start, end, text: text.slice(start, end), entityId: p.entity.id };
    }
    return { ...p.entity, mentions };
  });
  let quotes: readonly Quote[];
  if (!isPackedQuotes(packed.quotes)) {
    quotes = packed.quotes;
  } else {
    const { spans, speakerIds, bases, whys } = packed.quotes;
    const list: Quote[] = new Array(speakerIds.length);
    for (let i = 0; i < list.length; i++) {
      const start = spans[4 * i], end = spans[4 * i + 1], aStart = spans[4 * i + 2], aEnd = spans[4 * i + 3];
      const basis = bases?.[i];
      const quote: Quote = { start, end, text: text.slice(start, end), speakerId: speakerIds[i] };
      const attributed = aStart >= 0 ? { ...quote, attribution: { start: aStart, end: aEnd } } : quote;
      const based = basis !== undefined ? { ...attributed, basis } : attributed;
      const why = whys?.[i];
      list[i] = why !== undefined ? { ...based, why } : based;
    }
    quotes = list;
  }
  return { textLength: packed.textLength, entities, quotes };
}

// ---- Cross-references ---------------------------------------------------------------------------------

/** An EntitySide whose entity and quotes are indices into its side's analysis. */
type PackedSide = Omit<EntitySide, 'entity' | 'quotes'> & { readonly entity: number; readonly quotes: readonly number[] };
type PackedComparison = Omit<EntityComparison, 'a' | 'b'> & { readonly a?: PackedSide; readonly b?: PackedSide };

export interface PackedCrossReference {
  readonly a: PackedAnalysis;
  readonly b: PackedAnalysis;
  readonly entities: readonly PackedComparison[];
  readonly quoteMatches: readonly (Omit<QuoteMatch, 'a' | 'b'> & { readonly a: number; readonly b: number })[];
  readonly unmatchedQuotes: { readonly a: readonly number[]; readonly b: readonly number[] };
}

/**
 * Packs a cross-reference whose sides are analyses of `texts`. Its comparisons point into its own two
 * analyses; they travel as indices so the analyses travel once, packed. Undefined when something points
 * elsewhere (then the cross-reference travels as it is).
 */
export function packCrossReference(xref: CrossReference, texts: { readonly a: string; readonly b: string }): { packed: PackedCrossReference; transfer: ArrayBuffer[] } | undefined {
  const index = <T>(list: readonly T[]): Map<T, number> => new Map(list.map((x, i) => [x, i]));
  const entityIndex = { a: index(xref.a.entities), b: index(xref.b.entities) };
  const quoteIndex = { a: index(xref.a.quotes), b: index(xref.b.quotes) };
  const quotesOf = (side: Side, quotes: readonly Quote[]): number[] | undefined => {
    const out = quotes.map(q => quoteIndex[side].get(q) ?? -1);
    return out.includes(-1) ? undefined : out;
  };
  let ok = true;
  const packSide = (side: Side, s: EntitySide | undefined): PackedSide | undefined => {
    if (!s) {
      return undefined;
    }
    const entity = entityIndex[side].get(s.entity);
    const quotes = quotesOf(side, s.quotes);
    if (entity === undefined || !quotes) {
      ok = false;
      return undefined;
    }
    return { ...s, entity, quotes };
  };
  const entities = xref.entities.map((c): PackedComparison => {
    const out: PackedComparison = { ...c, a: packSide('a', c.a), b: packSide('b', c.b) };
    return out;
  });
  const quoteMatches = xref.quoteMatches.map(m => ({ ...m, a: quoteIndex.a.get(m.a) ?? -1, b: quoteIndex.b.get(m.b) ?? -1 }));
  const unmatchedA = quotesOf('a', xref.unmatchedQuotes.a);
  const unmatchedB = quotesOf('b', xref.unmatchedQuotes.b);
  if (!ok || !unmatchedA || !unmatchedB || quoteMatches.some(m => m.a < 0 || m.b < 0)) {
    return undefined;
  }
  const a = packAnalysis(xref.a, texts.a);
  const b = packAnalysis(xref.b, texts.b);
  return {
    packed: { a: a.packed, b: b.packed, entities, quoteMatches, unmatchedQuotes: { a: unmatchedA, b: unmatchedB } },
    transfer: [...a.transfer, ...b.transfer],
  };
}

export function unpackCrossReference(packed: PackedCrossReference, texts: { readonly a: string; readonly b: string }): CrossReference {
  return crossReferenceOf(packed, unpackAnalysis(packed.a, texts.a), unpackAnalysis(packed.b, texts.b));
}

/** The CrossReference `packed` stands for, its two analyses already unpacked (a caller may unpack them in separate turns). */
export function crossReferenceOf(packed: PackedCrossReference, a: DocumentAnalysis, b: DocumentAnalysis): CrossReference {
  const docs = { a, b };
  const unpackSide = (side: Side, s: PackedSide | undefined): EntitySide | undefined =>
    s && { ...s, entity: docs[side].entities[s.entity], quotes: s.quotes.map(i => docs[side].quotes[i]) };
  const entities = packed.entities.map((c): EntityComparison => {
    const out: EntityComparison & { a?: EntitySide; b?: EntitySide } = { ...c, a: unpackSide('a', c.a), b: unpackSide('b', c.b) };
    // A side the comparison does not have is absent, not undefined, as compareDocuments builds it.
    if (!c.a) {
      delete out.a;
    }
    if (!c.b) {
      delete out.b;
    }
    return out;
  });
  return {
    a,
    b,
    entities,
    quoteMatches: packed.quoteMatches.map(m => ({ ...m, a: a.quotes[m.a], b: b.quotes[m.b] })),
    unmatchedQuotes: { a: packed.unmatchedQuotes.a.map(i => a.quotes[i]), b: packed.unmatchedQuotes.b.map(i => b.quotes[i]) },
  };
}
