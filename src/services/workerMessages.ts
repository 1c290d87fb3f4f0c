// What the worker client sends and receives, in the compact forms of worker/codec.ts. Kept apart from the
// client's scheduling so each reads on its own.
import { copyPacked, crossReferenceOf, packAnalysis, unpackAnalysis, unpackCrossReference, type PackedAnalysis } from '../worker/codec';
import type { HostToWorker, WorkerToHost } from '../worker/protocol';
import type { AnalyzeOptions, DocumentAnalysis } from '../core/model';
import type { CoverageOptions } from '../core/coverage';

/** A request as the client queues it; the id is given when it is sent. */
export type WorkerRequest =
  | { readonly type: 'analyze'; readonly key: string; readonly text: string; readonly options: AnalyzeOptions; readonly explain?: boolean }
  | { readonly type: 'compare'; readonly a: DocumentAnalysis; readonly b: DocumentAnalysis; readonly texts: { readonly a: string; readonly b: string } }
  | { readonly type: 'coverage'; readonly analyses: readonly DocumentAnalysis[]; readonly texts: readonly string[]; readonly options: CoverageOptions };

const encoder = new TextEncoder();

/** Whether UTF-8 can carry the text unchanged (no lone surrogate, which would come back as U+FFFD). */
function isWellFormed(text: string): boolean {
  return (text as { isWellFormed?: () => boolean }).isWellFormed?.() === true;
}

/** The text as UTF-8 bytes to transfer (cloning a 1 MB string costs the host tens of ms), or as is. */
function sendable(text: string, transfer: ArrayBuffer[]): string | Uint8Array {
  if (!isWellFormed(text)) {
    return text;
  }
  const bytes = encoder.encode(text);
  transfer.push(bytes.buffer as ArrayBuffer);
  return bytes;
}

/**
 * The packed form each analysis arrived in, with its text: a comparison of analyses that came from the
 * worker sends that form back (copies of its span arrays) instead of packing again, which would re-check
 * every mention against the text.
 */
export type ArrivedForms = WeakMap<DocumentAnalysis, { readonly packed: PackedAnalysis; readonly text: string }>;

function packFor(analysis: DocumentAnalysis, text: string, arrived: ArrivedForms, transfer: ArrayBuffer[]): PackedAnalysis {
  const known = arrived.get(analysis);
  if (known && known.text === text) {
    const copy = copyPacked(known.packed);
    transfer.push(...copy.transfer);
    return copy.packed;
  }
  const fresh = packAnalysis(analysis, text);
  transfer.push(...fresh.transfer);
  return fresh.packed;
}

/** The message for the worker and the buffers to transfer with it. */
export function encodeRequest(request: WorkerRequest, id: number, arrived: ArrivedForms): { message: HostToWorker; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  if (request.type === 'analyze') {
    return { message: { ...request, id, text: sendable(request.text, transfer) }, transfer };
  }
  if (request.type === 'coverage') {
    const analyses = request.analyses.map((analysis, i) => packFor(analysis, request.texts[i], arrived, transfer));
    const texts = request.texts.map(text => sendable(text, transfer));
    return { message: { type: 'coverage', id, analyses, texts, options: request.options }, transfer };
  }
  const a = packFor(request.a, request.texts.a, arrived, transfer);
  const b = packFor(request.b, request.texts.b, arrived, transfer);
  const texts = { a: sendable(request.texts.a, transfer), b: sendable(request.texts.b, transfer) };
  return { message: { type: 'compare', id, a, b, texts }, transfer };
}

/** The value a finished request resolves to, unpacked with the texts the request carried. */
export function decodeAnswer(request: WorkerRequest, message: Extract<WorkerToHost, { type: 'result' | 'compared' | 'covered' }>, arrived: ArrivedForms): unknown {
  if (message.type === 'covered' && request.type === 'coverage') {
    return { ...message.coverage, analyses: message.analyses.map((packed, i) => unpackAnalysis(packed, request.texts[i])) };
  }
  if (message.type === 'result' && request.type === 'analyze') {
    const analysis = unpackAnalysis(message.packed, request.text);
    arrived.set(analysis, { packed: message.packed, text: request.text });
    return analysis;
  }
  if (message.type === 'compared' && request.type === 'compare') {
    if (message.packed) {
      return unpackCrossReference(message.packed, request.texts);
    }
    if (message.xref) {
      return message.xref;
    }
  }
  throw new Error(`analysis worker answered a ${request.type} request with '${message.type}'`);
}

/**
 * decodeAnswer in steps, each meant for its own turn of the host's event loop: a comparison's answer unpacks two
 * analyses (each a long article's mentions and quotations), one per step, so the host is held for one at a time, not
 * both at once. Any other answer is one step. The value is decodeAnswer's.
 */
export function* decodeAnswerInSteps(request: WorkerRequest, message: Extract<WorkerToHost, { type: 'result' | 'compared' | 'covered' }>, arrived: ArrivedForms): Generator<void, unknown> {
  if (message.type === 'compared' && request.type === 'compare' && message.packed) {
    const a = unpackAnalysis(message.packed.a, request.texts.a);
    yield;
    const b = unpackAnalysis(message.packed.b, request.texts.b);
    yield;
    return crossReferenceOf(message.packed, a, b);
  }
  return decodeAnswer(request, message, arrived);
}
