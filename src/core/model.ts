// The types every layer speaks. Offsets are UTF-16 code-unit indices into the analysed text
// (the same as JavaScript string indices and VS Code's document.offsetAt).

export type EntityKind = 'person' | 'org';

export interface Span {
  /** Inclusive start offset. */
  readonly start: number;
  /** Exclusive end offset. */
  readonly end: number;
}

/** One occurrence of an entity's name in the text (title, honorific and possessive excluded). */
export interface Mention extends Span {
  /** The text of the span, exactly text.slice(start, end). */
  readonly text: string;
  readonly entityId: string;
}

/**
 * One rule that decided something about an entity, role or quote: the ids of its table and rule (a reader
 * finds them in the source), what it decided, and how many times it did (once per mention for an entity).
 * Present only in an explained analysis (`analyze --explain`, the extension's hover); see rules/explain.ts.
 */
export interface Why {
  readonly table: string;
  readonly rule: string;
  readonly outcome?: string;
  readonly count: number;
}

/** A title or appositive the text attaches to a person, as written, with the span where it was found. */
export interface Role extends Span {
  readonly text: string;
  /** The rules that found the role (explained analyses only). */
  readonly why?: readonly Why[];
}

export interface Entity {
  /**
   * Stable id derived from the canonical name (a slug such as "dana-kelso"). The same real
   * entity gets the same id in every document after linkAnalyses()/compareDocuments().
   */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name: the fullest form used in the document ("Dana Whitlock"). */
  readonly name: string;
  /** Other forms used in this document ("Whitlock", "Mr Whitlock"), without the canonical name. */
  readonly aliases: readonly string[];
  /** Roles, each listed once per document, in order of first appearance. */
  readonly roles: readonly Role[];
  /** Mentions in document order. */
  readonly mentions: readonly Mention[];
  /** The rules that decided about its mentions, those that gave its kind first (explained analyses only). */
  readonly why?: readonly Why[];
}

export interface Quote extends Span {
  /** The words between the quotation marks, exactly text.slice(start, end). */
  readonly text: string;
  /** Entity id of the speaker in the same document, or null when the source is unnamed or unknown. */
  readonly speakerId: string | null;
  /** Span of the attribution cue that names the speaker ("Ms Quiroga said"), when one was found. */
  readonly attribution?: Span;
  /** How the speaker was found, so a reader knows what to check (absent when speakerId is null). */
  readonly basis?: AttributionBasis;
  /** The rules that chose the speaker (explained analyses only). */
  readonly why?: readonly Why[];
}

/**
 * How a quotation's speaker was found. 'cue' is the strongest (a speech verb or "according to" with the
 * name in the same sentence); the others rest on weaker evidence and are marked as such in the UI.
 */
export type AttributionBasis =
  /** "…," Ana Ruiz said. / according to Ana Ruiz / Ruiz: "…" */
  | 'cue'
  /** "…," she said. — a pronoun resolved to the person named before it */
  | 'pronoun'
  /** "…," the minister said. — a description resolved to the person it fits */
  | 'description'
  /** no cue of its own: continues the attribution of the previous sentence or paragraph */
  | 'inherited'
  /** no cue of its own: credited by an attribution after it (the next sentence or paragraph) */
  | 'following'
  /** the speaker is an organisation or a document ("the ministry said", "the report said") */
  | 'organisation';

/** Bases a reader should check: anything but a cue naming a person in the quotation's own sentence. */
// eslint-disable-next-line no-restricted-syntax -- the values of AttributionBasis, not words
export const WEAK_ATTRIBUTION_BASES: ReadonlySet<AttributionBasis> = new Set(['pronoun', 'inherited', 'following', 'organisation']);

export interface DocumentAnalysis {
  /** Length of the analysed text, so consumers can check the analysis still fits a document. */
  readonly textLength: number;
  /** Entities sorted by first mention. */
  readonly entities: readonly Entity[];
  /** Quotes in document order. */
  readonly quotes: readonly Quote[];
}

export interface AnalyzeOptions {
  /** Name as written → canonical name of the entity it belongs to (user merges, setting newsLens.aliases). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Names that must not be reported as entities (setting newsLens.ignore). Compared case-insensitively. */
  readonly ignore?: readonly string[];
}

// ---- Cross-referencing two documents -------------------------------------------------------------

export type Side = 'a' | 'b';

/** How one document presents an entity. */
export interface EntitySide {
  readonly entity: Entity;
  readonly mentionCount: number;
  /** Every distinct name used (canonical first). */
  readonly names: readonly string[];
  readonly roles: readonly string[];
  readonly quotes: readonly Quote[];
}

export interface EntityComparison {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly presence: 'both' | 'onlyA' | 'onlyB';
  readonly a?: EntitySide;
  readonly b?: EntitySide;
}

export type QuoteMatchKind = 'identical' | 'reworded';

export interface QuoteMatch {
  readonly a: Quote;
  readonly b: Quote;
  readonly kind: QuoteMatchKind;
  /** 0..1: share of words in common (1 for identical after normalisation). */
  readonly similarity: number;
  /**
   * True when both quotes have speakers and the speakers are different sources (different people, or
   * bodies that are not the one a credited person speaks for).
   */
  readonly speakerMismatch: boolean;
  /**
   * True when the two speakers are different entities but one source: a person and the organisation
   * named in their role ("an analyst at X" / "X said"). Absent otherwise.
   */
  readonly sameSource?: boolean;
}

export interface CrossReference {
  /** a and b with entity ids unified, so the same entity has the same id on both sides. */
  readonly a: DocumentAnalysis;
  readonly b: DocumentAnalysis;
  /** Sorted: both first, then onlyA, onlyB; within a group by total mentions, descending. */
  readonly entities: readonly EntityComparison[];
  readonly quoteMatches: readonly QuoteMatch[];
  readonly unmatchedQuotes: { readonly a: readonly Quote[]; readonly b: readonly Quote[] };
}
