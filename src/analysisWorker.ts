// The analysis worker (worker_threads), bundled to dist/analysisWorker.js. It owns the paragraph caches,
// so incremental re-analysis never crosses the thread boundary; only text goes in and results come out.
import { parentPort, workerData } from 'worker_threads';
import type { AnalysisWorkerData, HostToWorker, WorkerToHost } from './analysisProtocol';
import { compareDocuments } from './core/compare';
import { AnalysisCancelled, IncrementalAnalyzer } from './core/incremental';

const port = parentPort;
if (!port) {
  throw new Error('analysisWorker must run in a worker thread');
}
const cancel = new Int32Array((workerData as AnalysisWorkerData).cancel);
const analyzer = new IncrementalAnalyzer();
/** Progress messages at most this often: each one is a message the host has to handle. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: WorkerToHost): void {
  port!.postMessage(message);
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
      post({ type: 'compared', id, xref: compareDocuments(message.a, message.b), ms: performance.now() - started });
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    return;
  }
  let lastProgress = started;
  try {
    const analysis = analyzer.analyze(message.key, message.text, message.options, {
      shouldStop: () => Atomics.load(cancel, 0) === id,
      onProgress: fraction => {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = now;
          post({ type: 'progress', id, fraction });
        }
      },
    });
    post({ type: 'result', id, analysis, ms: performance.now() - started });
  } catch (error) {
    if (error instanceof AnalysisCancelled) {
      post({ type: 'cancelled', id });
    } else {
      post({ type: 'error', id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  }
});
