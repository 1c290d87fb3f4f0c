// Per-document incremental analysis. The engine's expensive work is per paragraph and a pure function of
// the paragraph's text, kept in a ParagraphCache (analyze.ts); this module keeps one cache per document
// between runs and feeds the engine the new paragraphs first, in slices, so that
//  - an edit re-analyses only the paragraphs it touched (the final whole-text pass finds the rest cached,
//    and redoes only the cheap document-level resolution, so aliases, speakers and ids stay exact),
//  - a run can stop between slices (cancellation) and report progress,
//  - the web build can yield to the event loop between slices.
// Pure (no Node, no vscode): the desktop worker and the web build's sliced analyzer both use it.
import { analyzeText, cacheParagraphs, type ParagraphCache } from './analyze';
import { AnalysisCancelledError } from './cancelled';
import { segmentText } from './paragraphs';
import { withTrail } from './rules/trail';
import type { ParagraphEntities } from './entities/types';
import type { AnalyzeOptions, DocumentAnalysis } from './model';

export { AnalysisCancelledError };

export interface RunControl {
  /** Asked between slices; true stops the run (the paragraphs done so far stay cached). */
  shouldStop?(): boolean;
  /** Share of the new text analysed so far, 0..1. */
  onProgress?(fraction: number): void;
  /**
   * analyzeInSlices only: run each slice inside withTrail() (rules/trail.ts), so the result explains itself
   * (a `why` on each entity, role and quote), as an analysis run inside withTrail() does in one go.
   */
  readonly explain?: boolean;
}

/**
 * About this many characters of new paragraphs are parsed per slice: a few tens of milliseconds, so a
 * cancelled run stops quickly and the web build's host thread is never held long.
 */
export const SLICE_CHARS = 4000;

/**
 * A paragraph cache that keeps only what the latest runs used: entries move from the previous
 * generation to the current one when read, and a completed run drops the previous generation, so the
 * cache holds about one version of the document instead of every version ever typed.
 */
export class GenerationalCache implements ParagraphCache {
  private current = new Map<string, ParagraphEntities>();
  private previous = new Map<string, ParagraphEntities>();
  /** Lookups and stores since the run started (for RunStats). */
  reads = 0;
  writes = 0;

  has(paragraph: string): boolean {
    return this.current.has(paragraph) || this.previous.has(paragraph);
  }

  get(paragraph: string): ParagraphEntities | undefined {
    this.reads++;
    const hit = this.current.get(paragraph);
    if (hit) {
      return hit;
    }
    const old = this.previous.get(paragraph);
    if (old) {
      this.previous.delete(paragraph);
      this.current.set(paragraph, old);
    }
    return old;
  }

  set(paragraph: string, result: ParagraphEntities): void {
    this.writes++;
    this.current.set(paragraph, result);
  }

  /** Starts a generation: what the next run does not use is dropped when it completes. */
  startRun(): void {
    this.writes = 0;
    if (this.previous.size === 0) {
      [this.previous, this.current] = [this.current, this.previous];
    }
  }

  /** The run used everything it needs; the rest belongs to older versions of the text. */
  completeRun(): void {
    this.previous.clear();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

export interface RunStats {
  /** Paragraphs in the text. */
  readonly paragraphs: number;
  /** Paragraphs that were not cached and had to be parsed. */
  readonly parsed: number;
}

interface DocumentState {
  readonly cache: GenerationalCache;
  /** The text of the latest completed run. */
  text?: string;
}

/**
 * Characters compared at once while looking for the common prefix and suffix, longest first: slices compare natively,
 * far faster than character by character, and a long slice costs one comparison where short ones cost thousands.
 */
const COMPARE_CHUNKS = [65_536, 4096, 256];

/** Length of the part of `text` that differs from `previous` (what lies between their common prefix and suffix). */
export function changedLength(previous: string, text: string): number {
  const max = Math.min(previous.length, text.length);
  const before = previous.length, after = text.length;
  let prefix = 0;
  for (const chunk of COMPARE_CHUNKS) {
    while (prefix + chunk <= max && previous.slice(prefix, prefix + chunk) === text.slice(prefix, prefix + chunk)) {
      prefix += chunk;
    }
  }
  while (prefix < max && previous.charCodeAt(prefix) === text.charCodeAt(prefix)) {
    prefix++;
  }
  let suffix = 0;
  for (const chunk of COMPARE_CHUNKS) {
    while (suffix + chunk <= max - prefix && previous.slice(before - suffix - chunk, before - suffix) === text.slice(after - suffix - chunk, after - suffix)) {
      suffix += chunk;
    }
  }
  while (suffix < max - prefix && previous.charCodeAt(before - 1 - suffix) === text.charCodeAt(after - 1 - suffix)) {
    suffix++;
  }
  return after - prefix - suffix;
}

export class IncrementalAnalyzer {
  private readonly documents = new Map<string, DocumentState>();
  /** What the latest completed run had to parse (for tests and diagnostics). */
  lastRun: RunStats = { paragraphs: 0, parsed: 0 };

  /** Analyses synchronously, checking `control.shouldStop` between slices. */
  analyze(key: string, text: string, options: AnalyzeOptions, control: RunControl = {}): DocumentAnalysis {
    if (control.shouldStop?.()) {
      throw new AnalysisCancelledError();
    }
    const steps = this.steps(key, text, options, control);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        return step.value;
      }
      if (control.shouldStop?.()) {
        throw new AnalysisCancelledError();
      }
    }
  }

  /** Analyses in slices, awaiting `pause()` between them so the caller's event loop can run. */
  async analyzeInSlices(key: string, text: string, options: AnalyzeOptions, pause: () => Promise<void>, control: RunControl = {}): Promise<DocumentAnalysis> {
    if (control.shouldStop?.()) {
      throw new AnalysisCancelledError();
    }
    const steps = this.steps(key, text, options, control);
    // The trail is per call stack (synchronous), so each slice runs in one of its own.
    const next = () => steps.next();
    for (;;) {
      const step = control.explain ? withTrail(next).result : next();
      if (step.done) {
        return step.value;
      }
      await pause();
      if (control.shouldStop?.()) {
        throw new AnalysisCancelledError();
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

  /** Cached paragraphs of one document (for tests and diagnostics). */
  cachedParagraphs(key: string): number {
    return this.documents.get(key)?.cache.size ?? 0;
  }

  /** Yields after each slice of new paragraphs; returns the analysis of the whole text. */
  private *steps(key: string, text: string, options: AnalyzeOptions, control: RunControl): Generator<void, DocumentAnalysis> {
    let state = this.documents.get(key);
    if (!state) {
      state = { cache: new GenerationalCache() };
      this.documents.set(key, state);
    }
    const { cache } = state;
    cache.startRun();
    // Typing changes a few characters: the paragraphs around them are all that is new, so the whole text
    // goes in one pass without looking for new paragraphs first.
    const smallEdit = state.text !== undefined && changedLength(state.text, text) <= SLICE_CHARS / 2;
    // The engine's own segmentation: a paragraph's boundaries depend only on its block, so a slice of
    // whole paragraphs parses into exactly the paragraphs (and cache keys) the whole text has.
    const fresh = smallEdit ? [] : segmentText(text).filter(segment => !cache.has(segment.text)).map(segment => segment.text);
    const freshChars = fresh.reduce((sum, paragraph) => sum + paragraph.length, 0);
    // A short text or a small edit goes in one pass; a long one is parsed in slices first, so it can stop and report.
    if (freshChars > SLICE_CHARS) {
      let done = 0;
      let slice: string[] = [];
      let sliceChars = 0;
      for (let i = 0; i < fresh.length; i++) {
        slice.push(fresh[i]);
        sliceChars += fresh[i].length;
        if (sliceChars >= SLICE_CHARS || i === fresh.length - 1) {
          // Only the cache is wanted from a slice: its paragraphs are parsed, and the document-level passes wait
          // for the final whole-text pass (a pass per slice cost about as much again as the final one on 1 MB).
          cacheParagraphs(slice.join('\n\n'), cache);
          done += sliceChars;
          slice = [];
          sliceChars = 0;
          control.onProgress?.(done / (freshChars + 1));
          yield;
        }
      }
    }
    cache.reads = 0;
    const analysis = analyzeText(text, options, cache);
    cache.completeRun();
    state.text = text;
    this.lastRun = { paragraphs: cache.reads, parsed: cache.writes };
    control.onProgress?.(1);
    return analysis;
  }
}
