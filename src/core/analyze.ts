// The analysis pipeline: text → people and organisations (with aliases, roles, ids) → quotations and speakers.
//
// Cost model: the expensive work (one compromise parse and the sentence rules) runs per paragraph and is a pure
// function of the paragraph's text, so it can be cached by that text; everything after it (grouping names into
// entities, roles, ids, the quotation pass) is cheap and linear in the number of mentions.
import { analyzeParagraph } from './entities/paragraph';
import { resolveEntities, type PlacedParagraph } from './entities/resolve';
import { segmentText } from './paragraphs';
import type { ParagraphEntities } from './entities/types';
import type { AnalyzeOptions, DocumentAnalysis } from './model';
import { attributeQuotes, findQuotes } from './quotes';
import { withLabelSpeakers } from './quotes/speakerLabel';
import { withCurlyTexQuotes } from './quotes/texQuotes';
import { withoutGluedFurniture } from './pageFurniture';
import { explainAnalysis } from './rules/explain';
import { isExplaining, replayDecisions, withTrail, type Decision } from './rules/trail';

/**
 * Per-paragraph results keyed by the paragraph's exact text (a Map works). The values do not depend on the
 * options or on the rest of the document, so one cache may serve every version of a document (or several
 * documents); the caller decides how long entries live.
 */
export interface ParagraphCache {
  get(paragraph: string): ParagraphEntities | undefined;
  set(paragraph: string, result: ParagraphEntities): unknown;
}

/** A paragraph's result as an explained analysis caches it: with the decisions of its pass, paragraph-local. */
interface ExplainedParagraph extends ParagraphEntities {
  readonly decisions?: readonly Decision[];
}

function paragraphResult(text: string, cache: ParagraphCache | undefined): ParagraphEntities {
  const cached: ExplainedParagraph | undefined = cache?.get(text);
  if (cached && (cached.decisions || !isExplaining())) {
    return cached;
  }
  // Line breaks inside a hard-wrapped paragraph are spaces to the parser; the length (and offsets) stay the same.
  const analyse = () => analyzeParagraph(text.replace(/[\r\n\u2028\u2029]/g, ' '));
  const result: ExplainedParagraph = isExplaining() ? explainedParagraph(analyse) : analyse();
  cache?.set(text, result);
  return result;
}

function explainedParagraph(analyse: () => ParagraphEntities): ExplainedParagraph {
  const { result, decisions } = withTrail(analyse);
  return { ...result, decisions };
}

/** The paragraphs' decisions, moved to their place in the document (paragraph passes record local offsets). */
function replayParagraphs(paragraphs: readonly PlacedParagraph[]): void {
  for (const paragraph of paragraphs) {
    replayDecisions((paragraph.result as ExplainedParagraph).decisions ?? [], paragraph.offset);
  }
}

/**
 * Analyses one article. `cache` (optional) holds per-paragraph results between calls: re-analysing an edited
 * document then only parses the paragraphs whose text changed. Inside withTrail() (rules/trail.ts) the result
 * explains itself: every entity, role and quote that rules decided about carries a `why` (rules/explain.ts).
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}, cache?: ParagraphCache): DocumentAnalysis {
  if (!isExplaining()) {
    return analyzeOnce(text, options, cache);
  }
  // Explained (inside withTrail): this call's own decisions give its result a `why`, and go on to the caller's
  // trail too. A run in slices (incremental.ts) thus explains its final whole-text pass exactly.
  const { result, decisions } = withTrail(() => analyzeOnce(text, options, cache));
  replayDecisions(decisions, 0);
  return explainAnalysis(result, decisions);
}

/**
 * Parses the paragraphs of `text` into `cache` and nothing else: what a slice of a long first analysis is for
 * (incremental.ts). The keys are the ones analyzeText would use for the same text (its paragraphs after the same
 * quote normalisation); no document-level pass runs, since the final whole-text pass redoes those anyway.
 */
export function cacheParagraphs(original: string, cache: ParagraphCache): void {
  for (const segment of segmentText(withoutGluedFurniture(withCurlyTexQuotes(original)))) {
    paragraphResult(segment.text, cache);
  }
}

function analyzeOnce(original: string, options: AnalyzeOptions, cache: ParagraphCache | undefined): DocumentAnalysis {
  // Same length as the original, so every offset below is an offset of the original text.
  const text = withoutGluedFurniture(withCurlyTexQuotes(original));
  const paragraphs: PlacedParagraph[] = segmentText(text).map(seg => ({ offset: seg.start, result: paragraphResult(seg.text, cache) }));
  if (isExplaining()) {
    replayParagraphs(paragraphs);
  }
  const spans = findQuotes(text);
  // "“HALVORSEN: …”": a transcript label naming nobody the article introduced founds a person (speakerLabel.ts).
  const entities = withLabelSpeakers(text, spans, resolveEntities(text, paragraphs, options));
  const quotes = attributeQuotes(text, spans, entities);
  return { textLength: text.length, entities, quotes };
}
