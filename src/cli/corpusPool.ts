// Analyses articles on N worker threads. Each worker loads this same file (in the bundle: dist/cli.js) and
// answers its jobs in order; the pool keeps each worker holding up to JOBS_PER_WORKER of them and queues the
// rest. The caller bounds how many jobs are outstanding (corpus.ts), so the queue stays short. A worker that
// dies fails its article with one error line and is replaced, so the run goes on.
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { analyzeArticleFile, type ArticleResult } from './corpusArticle';
import { shown } from './readArticle';
import { heapTrimmer } from './heapTrim';

/** One article to analyse: its path, and its text when the main thread read it (standard input). */
export interface ArticleJob {
  readonly path: string;
  readonly text?: string;
}

/** Analyses articles, in any order, one promise per article. */
export interface ArticleAnalyzer {
  analyze(job: ArticleJob): Promise<ArticleResult>;
  close(): Promise<void>;
}

/**
 * The file a worker thread runs: this module's own file, or (set by dist/cli.js, which loads the bundle with
 * V8's code cache) that loader, so workers start from the cache too.
 */
let workerEntry = __filename;

export function setWorkerEntry(file: string): void {
  workerEntry = file;
}

/** Marks a worker thread started by this pool (the bundle's other code must stay idle in it). */
const WORKER_ROLE = 'newsLensCorpusWorker';

interface WorkerRequest extends ArticleJob {
  readonly id: number;
}

interface WorkerReply {
  readonly id: number;
  readonly result: ArticleResult;
}

/** --jobs 1: the main thread analyses, with nothing to copy between threads. */
export class InProcessAnalyzer implements ArticleAnalyzer {
  analyze(job: ArticleJob): Promise<ArticleResult> {
    return Promise.resolve(analyzeArticleFile(job.path, job.text));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface Pending {
  readonly request: WorkerRequest;
  readonly resolve: (result: ArticleResult) => void;
}

/**
 * Jobs a worker holds at once: the one it analyses and the next, waiting in its own message queue, so it
 * starts the next article at once instead of waiting for the main thread to hand it over (a round trip that
 * costs a busy machine a scheduler turn per article).
 */
export const JOBS_PER_WORKER = 2;

/**
 * The young generation of a worker's heap, where an article's short-lived objects are made. V8's default lets it
 * grow to about three times this in a worker that allocates as fast as an analysis does, and that space stays
 * resident: with 16 MB the peak of a two-job run over 2,520 articles fell from 288 to 256 MB (10,080 articles:
 * 275 MB on a busy machine, 277 MB on the idle one as the README reports), same output, no throughput lost that
 * paired runs could tell from noise. 8 MB saved no more and looked slower (more frequent scavenges); 32 MB saved
 * almost nothing.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

class PoolWorker {
  readonly thread: Worker;
  /** Sent and not yet answered, oldest first: the worker answers them in this order. */
  readonly sent: Pending[] = [];

  constructor(onReply: (worker: PoolWorker, reply: WorkerReply) => void, onDeath: (worker: PoolWorker, reason: string) => void) {
    this.thread = new Worker(workerEntry, { workerData: { [WORKER_ROLE]: true }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    this.thread.on('message', (reply: WorkerReply) => onReply(this, reply));
    this.thread.on('error', error => onDeath(this, error.message));
    this.thread.on('exit', code => onDeath(this, `worker exited with code ${code}`));
  }
}

export class WorkerPool implements ArticleAnalyzer {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      this.workers.push(this.startWorker());
    }
  }

  analyze(job: ArticleJob): Promise<ArticleResult> {
    return new Promise(resolve => {
      this.queue.push({ request: { id: this.nextId++, ...job }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(w => w.thread.terminate()));
  }

  private startWorker(): PoolWorker {
    return new PoolWorker((worker, reply) => this.finish(worker, reply), (worker, reason) => this.replace(worker, reason));
  }

  /** Hands queued jobs to the workers holding fewest, so an idle worker is served before any gets a second. */
  private dispatch(): void {
    for (let held = 0; held < JOBS_PER_WORKER && this.queue.length; held++) {
      for (const worker of this.workers) {
        const next = worker.sent.length === held ? this.queue.shift() : undefined;
        if (next) {
          worker.sent.push(next);
          worker.thread.postMessage(next.request);
        }
      }
    }
  }

  private finish(worker: PoolWorker, reply: WorkerReply): void {
    const at = worker.sent.findIndex(p => p.request.id === reply.id);
    const [done] = at < 0 ? [] : worker.sent.splice(at, 1);
    done?.resolve(reply.result);
    this.dispatch();
  }

  /** A dead worker fails the article it was analysing (its oldest); the ones waiting behind it go back to the queue. */
  private replace(worker: PoolWorker, reason: string): void {
    const index = this.workers.indexOf(worker);
    if (this.closing || index < 0) {
      return;
    }
    this.workers[index] = this.startWorker();
    void worker.thread.terminate();
    const [lost, ...waiting] = worker.sent.splice(0);
    this.queue.unshift(...waiting);
    lost?.resolve({ ok: false, error: `${shown(lost.request.path)}: analysis failed (${reason.replace(/\s+/g, ' ')})` });
    this.dispatch();
  }
}

/** A worker's heap above this runs a full collection after its article (heapTrim.ts says why). */
const WORKER_HEAP_BUDGET_BYTES = 56 * 1024 * 1024;

function serveJobs(): void {
  const trimHeap = heapTrimmer(WORKER_HEAP_BUDGET_BYTES);
  parentPort?.on('message', (request: WorkerRequest) => {
    const reply: WorkerReply = { id: request.id, result: analyzeArticleFile(request.path, request.text) };
    parentPort?.postMessage(reply);
    trimHeap();
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_ROLE] === true) {
  serveJobs();
}
