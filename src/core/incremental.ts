// Per-document incremental analysis. The engine's expensive work is per paragraph and a pure function of
// the paragraph's text, cached in an engine cache; this module keeps one such cache per document between
// runs and feeds the engine the text in slices of new paragraphs first, so that
//  - an edit re-analyses only the paragraphs it touched (the final whole-text pass finds the rest cached),
//  - a run can stop between slices (cancellation) and report progress,
//  - the web build can yield to the event loop between slices.
// Pure (no Node, no vscode): the desktop worker and the web build's sliced analyzer both use it.
import { analyzeText } from './analyze';
import type { AnalyzeOptions, DocumentAnalysis } from './model';

/** Thrown when RunControl.shouldStop() answers true. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

export interface RunControl {
  /** Asked between slices; true stops the run (the paragraphs done so far stay cached). */
  shouldStop?(): boolean;
  /** Share of the text analysed so far, 0..1. */
  onProgress?(fraction: number): void;
}

/**
 * About this many characters of new paragraphs are analysed per slice. compromise parses roughly
 * 100–200 KB/s, so a slice stays well under the 50 ms the extension host may be blocked.
 */
export const SLICE_CHARS = 4000;

/** The engine's paragraph cache, opaque here. */
type EngineCache = unknown;
type CachingAnalyze = (text: string, options: AnalyzeOptions, cache?: EngineCache) => DocumentAnalysis;
const analyzeWithCache = analyzeText as CachingAnalyze;

interface DocumentState {
  readonly cache: EngineCache;
  /** Blocks (text between blank lines) whose paragraphs the cache holds from the last runs. */
  seen: Set<string>;
}

/** Splits text into blocks at blank lines; any paragraph splitter the engine uses ends paragraphs there too. */
export function splitBlocks(text: string): string[] {
  return text.split(/\n[^\S\n]*\n\s*/).filter(block => block.trim().length > 0);
}

export class IncrementalAnalyzer {
  private readonly documents = new Map<string, DocumentState>();

  constructor(private readonly createCache: () => EngineCache = () => new Map()) {}

  /** Analyses synchronously, checking `control.shouldStop` between slices. */
  analyze(key: string, text: string, options: AnalyzeOptions, control: RunControl = {}): DocumentAnalysis {
    if (control.shouldStop?.()) {
      throw new AnalysisCancelled();
    }
    const steps = this.steps(key, text, options, control);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        return step.value;
      }
      if (control.shouldStop?.()) {
        throw new AnalysisCancelled();
      }
    }
  }

  /** Analyses in slices, awaiting `pause()` between them so the caller's event loop can run. */
  async analyzeInSlices(key: string, text: string, options: AnalyzeOptions, pause: () => Promise<void>, control: RunControl = {}): Promise<DocumentAnalysis> {
    if (control.shouldStop?.()) {
      throw new AnalysisCancelled();
    }
    const steps = this.steps(key, text, options, control);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        return step.value;
      }
      await pause();
      if (control.shouldStop?.()) {
        throw new AnalysisCancelled();
      }
    }
  }

  forget(key: string): void {
    this.documents.delete(key);
  }

  /** Number of documents with incremental state. */
  get size(): number {
    return this.documents.size;
  }

  /** Yields after each slice of new paragraphs; returns the analysis of the whole text. */
  private *steps(key: string, text: string, options: AnalyzeOptions, control: RunControl): Generator<void, DocumentAnalysis> {
    let state = this.documents.get(key);
    if (!state) {
      state = { cache: this.createCache(), seen: new Set() };
      this.documents.set(key, state);
    }
    const blocks = splitBlocks(text);
    const fresh = blocks.filter(block => !state.seen.has(block));
    const freshChars = fresh.reduce((n, block) => n + block.length, 0);
    // Slicing pays a small per-slice overhead; a short text (or a small edit) goes in one pass.
    if (freshChars > SLICE_CHARS) {
      let done = 0;
      let slice: string[] = [];
      let sliceChars = 0;
      for (let i = 0; i < fresh.length; i++) {
        slice.push(fresh[i]);
        sliceChars += fresh[i].length;
        if (sliceChars >= SLICE_CHARS || i === fresh.length - 1) {
          analyzeWithCache(slice.join('\n\n'), options, state.cache);
          for (const block of slice) {
            state.seen.add(block);
          }
          done += sliceChars;
          slice = [];
          sliceChars = 0;
          control.onProgress?.(done / (freshChars + 1));
          yield;
        }
      }
    }
    const analysis = analyzeWithCache(text, options, state.cache);
    // Only the blocks of the current text stay "seen", so the set cannot outgrow the document.
    state.seen = new Set(blocks);
    control.onProgress?.(1);
    return analysis;
  }
}
