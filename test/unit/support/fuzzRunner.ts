// Runs generated inputs through analyzeText, compareDocuments and the renderers, and collects contract violations.
import { analyzeText } from '../../../src/core/analyze';
import { compareDocuments } from '../../../src/core/compare';
import { CARD_COMMANDS, renderEntityCard, renderQuoteCard, type CardContext } from '../../../src/core/hoverCard';
import type { DocumentAnalysis } from '../../../src/core/model';
import { entityAt, quoteAt } from '../../../src/core/query';
import { renderCrossReference } from '../../../src/core/report';
import type { FuzzCase } from './generators';
import { checkAnalysis, checkCrossReference } from './invariants';
import { readMarkdown } from './markdownInert';

export interface Analysed {
  readonly fuzzCase: FuzzCase;
  readonly analysis?: DocumentAnalysis;
  readonly problems: string[];
}

function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e);
}

/** Analyses one case; `recheck` also re-analyses it and demands the same result (no hidden state between calls). */
export function analyseCase(fuzzCase: FuzzCase, recheck = false): Analysed {
  let analysis: DocumentAnalysis;
  try {
    analysis = analyzeText(fuzzCase.text, fuzzCase.options);
  } catch (e) {
    return { fuzzCase, problems: [`analyzeText threw: ${describeError(e)}`] };
  }
  const problems = checkAnalysis(fuzzCase.text, analysis);
  if (recheck && problems.length === 0) {
    try {
      if (JSON.stringify(analyzeText(fuzzCase.text, fuzzCase.options)) !== JSON.stringify(analysis)) {
        problems.push('a second analyzeText of the same input gave a different result');
      }
    } catch (e) {
      problems.push(`the second analyzeText threw: ${describeError(e)}`);
    }
  }
  return { fuzzCase, analysis, problems };
}

/** Cross-references two analysed cases and checks the result. */
export function comparePair(x: Analysed, y: Analysed): string[] {
  if (!x.analysis || !y.analysis) {
    return [];
  }
  try {
    const cr = compareDocuments(x.analysis, y.analysis);
    return checkCrossReference(x.fuzzCase.text, y.fuzzCase.text, x.analysis, y.analysis, cr);
  } catch (e) {
    return [`compareDocuments threw: ${describeError(e)}`];
  }
}

/** A failure as a readable block: the seed to keep as a regression case, the input (cut) and the problems. */
export function formatFailure(seeds: string, fuzzCase: FuzzCase, problems: readonly string[]): string {
  const shown = fuzzCase.text.length > 400 ? `${JSON.stringify(fuzzCase.text.slice(0, 400))}… (${fuzzCase.text.length} chars)` : JSON.stringify(fuzzCase.text);
  const options = fuzzCase.options ? ` options ${JSON.stringify(fuzzCase.options)}` : '';
  return [`${seeds} (${fuzzCase.kind}): input ${shown}${options}`, ...problems.slice(0, 8).map(p => `    - ${p}`)].join('\n');
}

/**
 * Renders what the editor and the export show for two analysed cases (hover cards of a name and a quote
 * looked up by position, the Markdown export of their cross-reference) and reads them as VS Code would:
 * random text must not become markup there either.
 */
export function renderingProblems(x: Analysed, y: Analysed): string[] {
  if (!x.analysis || !y.analysis) {
    return [];
  }
  const problems: string[] = [];
  try {
    const xref = compareDocuments(x.analysis, y.analysis);
    const text = x.fuzzCase.text;
    const ctx = (offset: number): CardContext => ({
      analysis: xref.a, text: { length: text.length, slice: (s, e) => text.slice(s, e) }, uri: 'untitled:fuzz', offset,
      compared: { xref, side: 'a', label: 'other.txt' },
    });
    const cards: string[] = [];
    const mention = xref.a.entities[0]?.mentions[0];
    const hit = mention && entityAt(xref.a, mention.start);
    if (hit) {
      cards.push(renderEntityCard(hit.entity, ctx(mention.start)));
    }
    const quote = xref.a.quotes[0] && quoteAt(xref.a, xref.a.quotes[0].start);
    if (quote) {
      cards.push(renderQuoteCard(quote, ctx(quote.start)));
    }
    for (const card of cards) {
      problems.push(...readMarkdown(card, CARD_COMMANDS).problems.map(p => `hover card: ${p}`));
    }
    const md = renderCrossReference(xref, 'markdown', { a: 'a.txt', b: 'b.txt' });
    problems.push(...readMarkdown(md).problems.map(p => `Markdown export: ${p}`));
  } catch (e) {
    problems.push(`rendering threw: ${describeError(e)}`);
  }
  return problems;
}
