// Messages between the quotes webview and the extension host, both directions. Types only plus the
// host's validator: the webview is a separate, less trusted context, so the host checks every message.
import type { QuoteRow } from '../core/quoteRows';

/** Host → webview: the quote rows to show. */
export interface ShowComparisonMessage {
  readonly type: 'showComparison';
  readonly articles: { readonly a: string; readonly b: string };
  readonly rows: readonly QuoteRow[];
}

/** Host → webview: nothing to compare (no pair, analysis pending or not possible), with the reason. */
export interface ShowMessageMessage {
  readonly type: 'showMessage';
  readonly text: string;
}

export type HostToViewMessage = ShowComparisonMessage | ShowMessageMessage;

/** Webview → host: the script has loaded and can receive rows. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** Webview → host: the user chose a quote; reveal its span in the article of that side. */
export interface RevealQuoteMessage {
  readonly type: 'revealQuote';
  readonly side: 'a' | 'b';
  readonly start: number;
  readonly end: number;
}

export type ViewToHostMessage = ReadyMessage | RevealQuoteMessage;

/** Offsets beyond this are not plausible for an article (the size limit is far below). */
const MAX_OFFSET = 2 ** 31;

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_OFFSET;
}

/** Host-side guard: accepts only well-formed messages of the known types. */
export function isViewToHostMessage(value: unknown): value is ViewToHostMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return true;
    case 'revealQuote':
      return (m.side === 'a' || m.side === 'b') && isOffset(m.start) && isOffset(m.end) && m.start <= m.end;
    default:
      return false;
  }
}
