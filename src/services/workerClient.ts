import { Worker } from 'worker_threads';
import type { AnalysisWorkerData, HostToWorker, WorkerToHost } from '../worker/protocol';
import type { AnalyzeOptions, CrossReference, DocumentAnalysis } from '../core/model';
import type { Coverage, CoverageOptions } from '../core/coverage';
import { decodeAnswerInSteps, encodeRequest, type ArrivedForms, type WorkerRequest } from './workerMessages';

import { AnalysisCancelledError } from '../core/cancelled';

/** Rejection reason of a job that was cancelled before it finished: the engine's own cancellation error. */
export { AnalysisCancelledError };

export interface AnalysisJob<T = DocumentAnalysis> {
  readonly result: Promise<T>;
  /** Stops the job: a queued job never starts, a running one stops at the next paragraph. */
  cancel(): void;
}

interface Job {
  readonly id: number;
  /** The document whose incremental state the job uses ('' for a comparison). */
  readonly key: string;
  /** Queue order: smaller first. The text length for an analysis; 0 for a comparison (short and awaited by a view). */
  readonly size: number;
  readonly request: WorkerRequest;
  readonly onProgress?: (fraction: number) => void;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  cancelled: boolean;
  /** Asked to stop so a much smaller job can go first; it is queued again, not rejected. */
  preempted: boolean;
}

/**
 * A job this many times smaller than the running analysis interrupts it. The interrupted job loses
 * nothing: the paragraphs it parsed stay in the worker's cache, and it resumes after the short one.
 */
const PREEMPT_RATIO = 4;
/** A running analysis shorter than this is left to finish: interrupting it would save little. */
const PREEMPT_MIN_SIZE = 20_000;

/**
 * Settles a finished job with its decoded answer, each decoding step in its own turn of the event loop (setImmediate), so
 * that the timers, input and other messages of the host run between them; a step that throws rejects the job.
 */
function settleInSteps(job: Job, steps: Generator<void, unknown>): void {
  const step = (): void => {
    try {
      const next = steps.next();
      if (next.done) {
        job.resolve(next.value);
      } else {
        setImmediate(step);
      }
    } catch (error) {
      job.reject(error);
    }
  };
  step();
}

export interface WorkerClientOptions {
  /**
   * How long a cancelled running job may take to stop on its own before the worker is terminated
   * (and restarted for the next job, losing its paragraph caches). The worker checks the cancel flag
   * between paragraphs, so this is only reached when one step runs long.
   */
  readonly cancelGraceMs?: number;
  /** Analyses come explained, each entity, role and quote with the one rule the hover card's "why" line shows. */
  readonly explain?: boolean;
}

/**
 * Runs analyses in one worker thread, one job at a time, queued here so that a cancelled job that has
 * not started costs nothing. No VS Code types: unit-testable in plain Node.
 */
export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private disposed = false;
  /** Documents the current worker holds incremental state for: sent to it and not forgotten since. */
  private readonly held = new Set<string>();
  private readonly arrived: ArrivedForms = new WeakMap();
  /** Worker (re)starts, for tests and diagnostics. */
  starts = 0;

  constructor(private readonly scriptPath: string, private readonly options: WorkerClientOptions = {}) {}

  analyze(key: string, text: string, options: AnalyzeOptions, onProgress?: (fraction: number) => void): AnalysisJob {
    const explain = this.options.explain ? { explain: true } : {};
    return this.submit<DocumentAnalysis>(key, text.length, { type: 'analyze', key, text, options, ...explain }, onProgress);
  }

  /**
   * compareDocuments(a, b) in the worker (for long articles it takes longer than the host may be blocked).
   * `texts` are the texts a and b are analyses of.
   */
  compare(a: DocumentAnalysis, b: DocumentAnalysis, texts: { readonly a: string; readonly b: string }): AnalysisJob<CrossReference> {
    return this.submit<CrossReference>('', 0, { type: 'compare', a, b, texts });
  }

  /** compareArticles(analyses) in the worker; `texts` are the texts the analyses are of, in order. */
  coverage(analyses: readonly DocumentAnalysis[], texts: readonly string[], options: CoverageOptions): AnalysisJob<Coverage> {
    return this.submit<Coverage>('', 0, { type: 'coverage', analyses, texts, options });
  }

  private submit<T>(key: string, size: number, request: WorkerRequest, onProgress?: (fraction: number) => void): AnalysisJob<T> {
    let job!: Job;
    const result = new Promise<T>((resolve, reject) => {
      job = { id: this.nextId++, key, size, request, onProgress, resolve: resolve as (value: unknown) => void, reject, cancelled: false, preempted: false };
    });
    if (this.disposed) {
      job.reject(new Error('analysis worker disposed'));
      return { result, cancel: () => undefined };
    }
    this.enqueue(job);
    this.preemptFor(job);
    this.pump();
    return { result, cancel: () => this.cancel(job) };
  }

  /** How many documents the worker keeps paragraph caches for (for leak checks). */
  get documentCount(): number {
    return this.held.size;
  }

  /** The documents the worker keeps paragraph caches for (for leak checks). */
  get documents(): string[] {
    return [...this.held].sort();
  }

  /** Drops the worker's incremental state for a document. */
  forget(key: string): void {
    this.held.delete(key);
    for (const job of this.queue.filter(j => j.key === key && key !== '')) {
      this.cancel(job);
    }
    if (this.running?.key === key) {
      this.cancel(this.running);
    }
    this.worker?.postMessage({ type: 'forget', key } satisfies HostToWorker);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) {
      job.reject(new AnalysisCancelledError());
    }
    this.running?.reject(new AnalysisCancelledError());
    this.running = undefined;
    this.stopWorker();
  }

  /** Smallest first: a short article's analysis should not wait behind a long one's. */
  private enqueue(job: Job): void {
    const at = this.queue.findIndex(queued => queued.size > job.size);
    this.queue.splice(at < 0 ? this.queue.length : at, 0, job);
  }

  private preemptFor(job: Job): void {
    const running = this.running;
    if (running && !running.cancelled && !running.preempted && running.request.type === 'analyze' && running.key !== job.key &&
      running.size >= PREEMPT_MIN_SIZE && job.size * PREEMPT_RATIO < running.size) {
      running.preempted = true;
      Atomics.store(this.cancelFlag, 0, running.id);
    }
  }

  private cancel(job: Job): void {
    if (job.cancelled) {
      return;
    }
    job.cancelled = true;
    const index = this.queue.indexOf(job);
    if (index >= 0) {
      this.queue.splice(index, 1);
      job.reject(new AnalysisCancelledError());
      return;
    }
    if (this.running === job) {
      Atomics.store(this.cancelFlag, 0, job.id);
      this.graceTimer = setTimeout(() => this.abandonRunning(job), this.options.cancelGraceMs ?? 2000);
    }
  }

  /** The cancelled job did not stop in time: free the CPU for newer work. */
  private abandonRunning(job: Job): void {
    if (this.running !== job) {
      return;
    }
    this.running = undefined;
    job.reject(new AnalysisCancelledError());
    this.stopWorker();
    this.pump();
  }

  private pump(): void {
    if (this.running || this.disposed) {
      return;
    }
    const job = this.queue.shift();
    if (!job) {
      return;
    }
    this.running = job;
    const worker = this.ensureWorker();
    worker.ref();
    const { message, transfer } = encodeRequest(job.request, job.id, this.arrived);
    worker.postMessage(message, transfer);
    if (job.request.type === 'analyze') {
      this.held.add(job.key);
    }
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      const workerData: AnalysisWorkerData = { cancel: this.cancelFlag.buffer as SharedArrayBuffer };
      const worker = new Worker(this.scriptPath, { workerData });
      this.starts++;
      worker.on('message', (message: WorkerToHost) => this.receive(worker, message));
      worker.on('error', error => this.crashed(worker, error));
      worker.on('exit', code => this.crashed(worker, new Error(`analysis worker exited with code ${code}`)));
      // An idle worker must not keep the extension host (or a test run) alive.
      worker.unref();
      this.worker = worker;
    }
    return this.worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.held.clear();
    if (worker) {
      worker.removeAllListeners();
      void worker.terminate();
    }
  }

  private receive(worker: Worker, message: WorkerToHost): void {
    const job = this.running;
    if (worker !== this.worker || !job || message.id !== job.id) {
      return;
    }
    if (message.type === 'progress') {
      if (!job.cancelled) {
        job.onProgress?.(message.fraction);
      }
      return;
    }
    this.finish();
    if (message.type === 'cancelled' && job.preempted && !job.cancelled) {
      job.preempted = false;
      this.enqueue(job);
    } else if (job.cancelled || message.type === 'cancelled') {
      job.reject(new AnalysisCancelledError());
    } else if (message.type === 'result' || message.type === 'compared' || message.type === 'covered') {
      settleInSteps(job, decodeAnswerInSteps(job.request, message, this.arrived));
    } else {
      job.reject(new Error(message.message));
    }
    this.pump();
  }

  private crashed(worker: Worker, error: unknown): void {
    if (worker !== this.worker) {
      return;
    }
    this.worker = undefined;
    this.held.clear();
    worker.removeAllListeners();
    const job = this.running;
    this.finish();
    job?.reject(job.cancelled ? new AnalysisCancelledError() : error);
    this.pump();
  }

  private finish(): void {
    this.running = undefined;
    this.worker?.unref();
    if (this.graceTimer) {
      clearTimeout(this.graceTimer);
      this.graceTimer = undefined;
    }
    Atomics.store(this.cancelFlag, 0, 0);
  }
}
