// The corpus workers' heap trimmer: a full collection only when the heap is over its budget, and a budget that
// follows a large live heap instead of collecting after every article.
import * as assert from 'assert';
import { heapTrimmer } from '../../src/cli/heapTrim';

describe('heapTrimmer', () => {
  it('does nothing while the heap is within its budget', () => {
    const trim = heapTrimmer(100, () => 60);
    assert.strictEqual(trim(), false);
    assert.strictEqual(trim(), false);
  });

  it('collects when the heap is over its budget, then waits for half as much again as it kept', () => {
    const sizes = [150, 120, 150, 190];
    let reads = 0;
    const trim = heapTrimmer(100, () => sizes[Math.min(reads++, sizes.length - 1)]);
    assert.strictEqual(trim(), true, 'over budget: collects (150 > 100), keeps 120, next threshold 180');
    assert.strictEqual(trim(), false, '150 is under 1.5 x 120');
    assert.strictEqual(trim(), true, '190 is over it');
  });

  it('really frees memory: garbage made before a trim is gone after it', async () => {
    let garbage: number[][] | undefined = Array.from({ length: 2000 }, () => new Array(1000).fill(1));
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef's target stays alive until the current job ends: let it end first.
    await new Promise(resolve => setImmediate(resolve));
    assert.strictEqual(heapTrimmer(0)(), true);
    assert.strictEqual(ref.deref(), undefined);
  });
});
