// Messages between the Compare Claims webview and the extension host, both directions, and the host's
// validator (the webview is a less trusted context: every message is checked).
import type { DiffToken } from '../core/quotes/diffWords';

export interface ClaimSpanRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NumberConflictRow {
  readonly counts: string;
  readonly a: ClaimSpanRow;
  readonly b: ClaimSpanRow;
  /** The aligned claims the two figures stand in. */
  readonly claimA: ClaimSpanRow;
  readonly claimB: ClaimSpanRow;
}

export interface AlignedClaimRow {
  readonly a: ClaimSpanRow;
  readonly b: ClaimSpanRow;
  readonly similarity: number;
  /** Word-level difference of a against b ("removed": only in A, "added": only in B). */
  readonly diff: readonly DiffToken[];
  readonly conflicts: number;
}

/** Host → webview: the comparison to draw. */
export interface ShowClaimsMessage {
  readonly type: 'showClaims';
  readonly articles: { readonly a: string; readonly b: string };
  readonly conflicts: readonly NumberConflictRow[];
  readonly aligned: readonly AlignedClaimRow[];
  readonly onlyA: readonly ClaimSpanRow[];
  readonly onlyB: readonly ClaimSpanRow[];
}

/** Host → webview: nothing to compare, with the reason. */
export interface ShowClaimsNoticeMessage {
  readonly type: 'showNotice';
  readonly text: string;
}

export type ClaimsHostMessage = ShowClaimsMessage | ShowClaimsNoticeMessage;

/** Webview → host: the script has loaded. */
export interface ClaimsReadyMessage {
  readonly type: 'ready';
}

/** Webview → host: reveal a claim (or a figure) in the article of that side. */
export interface RevealClaimMessage {
  readonly type: 'revealClaim';
  readonly side: 'a' | 'b';
  readonly start: number;
  readonly end: number;
}

export type ClaimsViewMessage = ClaimsReadyMessage | RevealClaimMessage;

const MAX_OFFSET = 2 ** 31;

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_OFFSET;
}

/** Host-side guard: accepts only well-formed messages of the known types. */
export function isClaimsViewMessage(value: unknown): value is ClaimsViewMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const m = value as Record<string, unknown>;
  if (m.type === 'ready') {
    return true;
  }
  return m.type === 'revealClaim' && (m.side === 'a' || m.side === 'b') && isOffset(m.start) && isOffset(m.end) && m.start <= m.end;
}
