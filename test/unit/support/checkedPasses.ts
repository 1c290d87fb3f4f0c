// The engine's linear passes (paragraph split, quote finder, the segmentation incremental slicing uses) plus checks of their spans,
// returning small summaries: the shape runIsolated() posts back from a worker.
import type { Span } from '../../../src/core/model';
import { findQuotes } from '../../../src/core/quotes/findQuotes';
import { segmentText, splitParagraphs } from '../../../src/core/paragraphs';

export interface PassSummary {
  readonly count: number;
  readonly problems: string[];
  readonly ms: number;
}

function checkOrderedSpans(text: string, spans: readonly Span[], what: string, problems: string[]): void {
  let previousEnd = 0;
  for (const [i, s] of spans.entries()) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= previousEnd && s.start < s.end && s.end <= text.length)) {
      problems.push(`${what} ${i}: [${s.start}, ${s.end}) is empty, outside the text or overlaps the one before`);
      if (problems.length > 20) {
        return;
      }
    }
    previousEnd = s.end;
  }
}

export function splitParagraphsChecked(text: string): PassSummary {
  const t = performance.now();
  const paragraphs = splitParagraphs(text);
  const ms = performance.now() - t;
  const problems: string[] = [];
  checkOrderedSpans(text, paragraphs, 'paragraph', problems);
  paragraphs.forEach((p, i) => {
    if (p.index !== i && problems.length < 20) {
      problems.push(`paragraph ${i} has index ${p.index}`);
    }
  });
  return { count: paragraphs.length, problems, ms };
}

export function findQuotesChecked(text: string): PassSummary {
  const t = performance.now();
  const quotes = findQuotes(text);
  const ms = performance.now() - t;
  const problems: string[] = [];
  checkOrderedSpans(text, quotes, 'quote', problems);
  for (const q of quotes) {
    if (problems.length >= 20) {
      break;
    }
    if (!(q.outerStart <= q.start && q.end <= q.outerEnd && q.outerEnd <= text.length && q.outerStart >= 0)) {
      problems.push(`quote [${q.start}, ${q.end}): marks at [${q.outerStart}, ${q.outerEnd}) do not enclose it`);
    }
  }
  return { count: quotes.length, problems, ms };
}

export function segmentTextChecked(text: string): PassSummary {
  const t = performance.now();
  const segments = segmentText(text);
  const ms = performance.now() - t;
  const problems: string[] = [];
  checkOrderedSpans(text, segments.map(g => ({ start: g.start, end: g.start + g.text.length })), 'segment', problems);
  for (const g of segments) {
    if (problems.length >= 20) {
      break;
    }
    if (text.slice(g.start, g.start + g.text.length) !== g.text) {
      problems.push(`segment at ${g.start}: its text is not the text at its offset`);
    }
  }
  return { count: segments.length, problems, ms };
}
