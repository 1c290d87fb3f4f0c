// The analysis worker (worker_threads), bundled to dist/analysisWorker.js. It owns the paragraph caches,
// so incremental re-analysis never crosses the thread boundary; only text goes in and results come out.
import { parentPort, workerData } from 'worker_threads';
import { packAnalysis, packCrossReference, unpackAnalysis } from './codec';
import type { AnalysisWorkerData, HostToWorker, WorkerToHost } from './protocol';
import { compareDocuments } from '../core/compare';
import { AnalysisCancelledError, IncrementalAnalyzer } from '../core/incremental';
import { compareArticles } from '../core/coverage';
import { withHeadlinesOnly } from '../core/rules/explain';
import { withTrail } from '../core/rules/trail';

const port = parentPort;
if (!port) {
  throw new Error('analysisWorker must run in a worker thread');
}
const cancel = new Int32Array((workerData as AnalysisWorkerData).cancel);
const analyzer = new IncrementalAnalyzer();
const decoder = new TextDecoder();

function textOf(sent: string | Uint8Array): string {
  return typeof sent === 'string' ? sent : decoder.decode(sent);
}
/** Progress messages at most this often: each one is a message the host has to handle. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: WorkerToHost, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

port.on('message', (message: HostToWorker) => {
  if (message.type === 'forget') {
    analyzer.forget(message.key);
    return;
  }
  const { id } = message;
  const started = performance.now();
  if (message.type === 'compare') {
    try {
      const texts = { a: textOf(message.texts.a), b: textOf(message.texts.b) };
      const xref = compareDocuments(unpackAnalysis(message.a, texts.a), unpackAnalysis(message.b, texts.b));
      const packed = packCrossReference(xref, texts);
      const ms = performance.now() - started;
      if (packed) {
        post({ type: 'compared', id, packed: packed.packed, ms }, packed.transfer);
      } else {
        post({ type: 'compared', id, xref, ms });
      }
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    return;
  }
  if (message.type === 'coverage') {
    try {
      const texts = message.texts.map(textOf);
      const { analyses, ...coverage } = compareArticles(message.analyses.map((packed, i) => unpackAnalysis(packed, texts[i])), message.options);
      const packed = analyses.map((analysis, i) => packAnalysis(analysis, texts[i]));
      post({ type: 'covered', id, analyses: packed.map(p => p.packed), coverage, ms: performance.now() - started }, packed.flatMap(p => p.transfer));
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    return;
  }
  const text = textOf(message.text);
  let lastProgress = started;
  try {
    // Explained, for the hover card's "why" line: only each entity's, role's and quote's headline rule travels.
    const { result: analysis } = withTrail(() => analyzer.analyze(message.key, text, message.options, {
      shouldStop: () => Atomics.load(cancel, 0) === id,
      onProgress: fraction => {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = now;
          post({ type: 'progress', id, fraction });
        }
      },
    }));
    const { packed, transfer } = packAnalysis(withHeadlinesOnly(analysis), text);
    post({ type: 'result', id, packed, ms: performance.now() - started }, transfer);
  } catch (error) {
    if (error instanceof AnalysisCancelledError) {
      post({ type: 'cancelled', id });
    } else {
      post({ type: 'error', id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  }
});
