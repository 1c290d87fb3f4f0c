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

/**
 * Per-paragraph results keyed by the paragraph's exact text (a Map works). The values do not depend on the
 * options or on the rest of the document, so one cache may serve every version of a document (or several
 * documents); the caller decides how long entries live.
 */
export interface ParagraphCache {
  get(paragraph: string): ParagraphEntities | undefined;
  set(paragraph: string, result: ParagraphEntities): unknown;
}

function paragraphResult(text: string, cache: ParagraphCache | undefined): ParagraphEntities {
  const cached = cache?.get(text);
  if (cached) {
    return cached;
  }
  // Line breaks inside a hard-wrapped paragraph are spaces to the parser; the length (and offsets) stay the same.
  const result = analyzeParagraph(text.replace(/[\r\n\u2028\u2029]/g, ' '));
  cache?.set(text, result);
  return result;
}

/**
 * Analyses one article. `cache` (optional) holds per-paragraph results between calls: re-analysing an edited
 * document then only parses the paragraphs whose text changed.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}, cache?: ParagraphCache): DocumentAnalysis {
  const paragraphs: PlacedParagraph[] = segmentText(text).map(seg => ({ offset: seg.start, result: paragraphResult(seg.text, cache) }));
  const entities = resolveEntities(text, paragraphs, options);
  const quotes = attributeQuotes(text, findQuotes(text), entities);
  return { textLength: text.length, entities, quotes };
}
