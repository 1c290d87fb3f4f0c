// analyzeText plus the contract checks, returning a small summary: the shape runIsolated() posts back.
import { analyzeText } from '../../../src/core/analyze';
import type { AnalyzeOptions } from '../../../src/core/model';
import { checkAnalysis } from './invariants';

export interface CheckedSummary {
  readonly problems: string[];
  readonly entities: number;
  readonly mentions: number;
  readonly quotes: number;
  /** Time of analyzeText alone, in milliseconds. */
  readonly analyzeMs: number;
}

export function analyzeAndCheck(text: string, options?: AnalyzeOptions): CheckedSummary {
  const t = performance.now();
  const analysis = analyzeText(text, options);
  const analyzeMs = performance.now() - t;
  return {
    problems: checkAnalysis(text, analysis).slice(0, 20),
    entities: analysis.entities.length,
    mentions: analysis.entities.reduce((n, e) => n + e.mentions.length, 0),
    quotes: analysis.quotes.length,
    analyzeMs,
  };
}
