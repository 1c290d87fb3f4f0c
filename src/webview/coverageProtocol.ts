// Messages between the coverage webview and the extension host. The host validates every message from
// the webview (a separate, less trusted context) before acting on it.
import type { CoverageViewModel } from '../core/coverageMatrix';

/** Host → webview: the coverage to draw. */
export interface ShowCoverageMessage {
  readonly type: 'showCoverage';
  readonly model: CoverageViewModel;
}

/** Host → webview: nothing to draw (no articles chosen, analysis pending or impossible), with the reason. */
export interface ShowCoverageNoteMessage {
  readonly type: 'showMessage';
  readonly text: string;
}

export type HostToCoverageMessage = ShowCoverageMessage | ShowCoverageNoteMessage;

export type CoverageToHostMessage =
  | { readonly type: 'ready' }
  /** Reveal a span (a mention or a quotation) in the article of that index. */
  | { readonly type: 'reveal'; readonly article: number; readonly start: number; readonly end: number }
  /** The user accepts a suggestion: merge entity a and entity b. */
  | { readonly type: 'merge'; readonly a: string; readonly b: string }
  /** The user rejects a suggestion: a and b are not the same. */
  | { readonly type: 'notSame'; readonly a: string; readonly b: string };

const MAX_OFFSET = 2 ** 31;
const MAX_ARTICLES = 1000;
const MAX_ID = 500;

function isIndex(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
}

/** Host-side guard: only well-formed messages of the known types pass. */
export function isCoverageToHostMessage(value: unknown): value is CoverageToHostMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return true;
    case 'reveal':
      return isIndex(m.article, MAX_ARTICLES) && isIndex(m.start, MAX_OFFSET) && isIndex(m.end, MAX_OFFSET) && m.start <= m.end;
    case 'merge':
    case 'notSame':
      return isId(m.a) && isId(m.b) && m.a !== m.b;
    default:
      return false;
  }
}
