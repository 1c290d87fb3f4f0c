// What the worker client sends and receives, in the compact forms of analysisCodec.ts. Kept apart from the
// client's scheduling so each reads on its own.
import { packAnalysis, unpackAnalysis, unpackCrossReference } from '../analysisCodec';
import type { HostToWorker, WorkerToHost } from '../analysisProtocol';
import type { AnalyzeOptions, DocumentAnalysis } from '../core/model';

/** A request as the client queues it; the id is given when it is sent. */
export type WorkerRequest =
  | { readonly type: 'analyze'; readonly key: string; readonly text: string; readonly options: AnalyzeOptions }
  | { readonly type: 'compare'; readonly a: DocumentAnalysis; readonly b: DocumentAnalysis; readonly texts: { readonly a: string; readonly b: string } };

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

/** The message for the worker and the buffers to transfer with it. */
export function encodeRequest(request: WorkerRequest, id: number): { message: HostToWorker; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  if (request.type === 'analyze') {
    return { message: { ...request, id, text: sendable(request.text, transfer) }, transfer };
  }
  const a = packAnalysis(request.a, request.texts.a);
  const b = packAnalysis(request.b, request.texts.b);
  transfer.push(...a.transfer, ...b.transfer);
  const texts = { a: sendable(request.texts.a, transfer), b: sendable(request.texts.b, transfer) };
  return { message: { type: 'compare', id, a: a.packed, b: b.packed, texts }, transfer };
}

/** The value a finished request resolves to, unpacked with the texts the request carried. */
export function decodeAnswer(request: WorkerRequest, message: Extract<WorkerToHost, { type: 'result' | 'compared' }>): unknown {
  if (message.type === 'result' && request.type === 'analyze') {
    return unpackAnalysis(message.packed, request.text);
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
