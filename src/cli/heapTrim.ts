// Keeps a corpus worker's heap near what it holds alive. V8 lets a busy heap grow well past its live size and
// shrinks it only later: a two-job run over 10,080 articles on an idle machine reached about 400 MB resident
// before V8's memory reducer brought it back to about 290 MB, and corpus mode promises memory that stays under
// 300 MB however long the list. A worker whose heap has grown past a budget runs one full collection after its
// article; collecting on a count of articles instead cost about a seventh of the throughput.
import * as v8 from 'v8';
import * as vm from 'vm';

/** A full garbage collection, or null where this engine does not let us ask for one. */
let fullCollection: (() => void) | null | undefined;

function fullCollector(): (() => void) | null {
  if (fullCollection === undefined) {
    try {
      // --expose-gc applies to contexts made after it is set: a new context hands us the collector.
      v8.setFlagsFromString('--expose-gc');
      const collector: unknown = vm.runInNewContext('gc');
      fullCollection = typeof collector === 'function' ? (collector as () => void) : null;
    } catch {
      fullCollection = null;
    }
  }
  return fullCollection;
}

/**
 * Returns a function to call after each article: when this thread's heap is over `budgetBytes` (or over half as
 * much again as it held alive after the last collection, for a worker whose live data is large) it runs a full
 * collection and says so.
 */
export function heapTrimmer(budgetBytes: number, heapSize: () => number = () => v8.getHeapStatistics().total_heap_size): () => boolean {
  let threshold = budgetBytes;
  return () => {
    if (heapSize() <= threshold) {
      return false;
    }
    const collect = fullCollector();
    if (collect === null) {
      return false;
    }
    collect();
    threshold = Math.max(budgetBytes, heapSize() * 1.5);
    return true;
  };
}
