// Runs a function of a compiled module in a worker thread with a deadline. Mocha's timeout cannot stop
// synchronous code, so a super-linear step would block the whole suite; a worker can be terminated.
import * as path from 'path';
import { Worker } from 'worker_threads';

export interface Timed<T> {
  readonly value: T;
  /** Wall time of the call inside the worker, in milliseconds. */
  readonly ms: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const fn = require(workerData.modulePath)[workerData.exportName];
const t = performance.now();
const value = fn(...workerData.args);
parentPort.postMessage({ value, ms: performance.now() - t });
`;

/** Resolves a module of the compiled test tree (out/) from a path relative to the repository root. */
export function compiledModule(fromRoot: string): string {
  return path.resolve(__dirname, '../../..', fromRoot);
}

/**
 * Calls `exportName(...args)` of `modulePath` in a fresh worker. Rejects when it throws, or when it has not
 * returned within `deadlineMs` (the worker is then terminated).
 */
export function runIsolated<T>(modulePath: string, exportName: string, args: readonly unknown[], deadlineMs: number): Promise<Timed<T>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { modulePath, exportName, args } });
    let settled = false;
    const settle = (action: () => void) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        action();
        void worker.terminate();
      }
    };
    const timer = setTimeout(() => settle(() => reject(new Error(`${exportName} did not return within ${deadlineMs} ms (worker terminated)`))), deadlineMs);
    worker.once('message', (m: Timed<T>) => settle(() => resolve(m)));
    worker.once('error', e => settle(() => reject(e)));
    worker.once('exit', code => settle(() => reject(new Error(`worker exited with code ${code} before ${exportName} returned`))));
  });
}
