// The one cancellation error, in a file of its own so that the extension host can use it without
// bundling the engine (and compromise) that src/core/incremental.ts brings along.

/**
 * Thrown by the engine when RunControl.shouldStop() answers true, and the rejection reason of a worker
 * job cancelled before it finished (services/workerClient.ts).
 */
export class AnalysisCancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelledError';
  }
}
