// The learned back-up's data and file (claimModel.ts, claimModel.json, tools/train-claim-model.mjs): since round 32 the
// model trains on the development pairs and the older blind sets heldout3 … heldout19 (heldout14 since round 33,
// heldout15 since round 34, heldout16 since round 35, heldout17 since round 36, heldout18 since round 37, heldout19 since round 38); heldout20 and later are the lead's blind judges of the model and must never be read by the trainer nor named in the model file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { PAIR_FEATURES } from '../../../src/core/claims/claimModel';
import MODEL from '../../../src/core/claims/claimModel.json';

const root = path.join(__dirname, '..', '..', '..', '..');
const claimsDir = path.join(root, 'test', 'fixtures', 'claims');

/** The folders (and their pair files) the trainer's data loader reads: `--list-sets` prints them and stops. */
function trainerFolders(): Map<string, string[]> {
  const run = spawnSync(process.execPath, [path.join(root, 'tools', 'train-claim-model.mjs'), '--list-sets'], { encoding: 'utf8' });
  assert.strictEqual(run.status, 0, run.stderr);
  return new Map(run.stdout.trim().split('\n').map(row => {
    const [folder, files] = row.split(': ');
    return [folder, files.split(' ')] as [string, string[]];
  }));
}

/** The number of a held-out folder's name ("heldout14" → 14), undefined for any other folder. */
const heldoutNumber = (folder: string): number | undefined => /^heldout(\d+)$/.test(folder) ? Number(folder.slice('heldout'.length)) : undefined;

describe('claim model: the trainer\'s data (tools/train-claim-model.mjs --list-sets)', () => {
  it('reads the development pairs and every held-out folder from heldout3 to heldout19, each pair of them', () => {
    const folders = trainerFolders();
    const expected = ['invented', ...Array.from({ length: 17 }, (_, k) => `heldout${k + 3}`)];
    assert.deepStrictEqual([...folders.keys()], expected);
    for (const [folder, files] of folders) {
      const onDisk = fs.readdirSync(path.join(claimsDir, folder)).filter(file => /^[\w-]+\.json$/.test(file)).sort();
      assert.deepStrictEqual(files, onDisk, `${folder}: every annotated pair, nothing else`);
    }
  });

  it('never reads heldout20 or a later blind set, though they lie beside the others', () => {
    const later = fs.readdirSync(claimsDir).filter(folder => (heldoutNumber(folder) ?? 0) >= 20);
    assert.ok(later.includes('heldout20'), 'heldout20 is in the fixtures (else this test proves nothing)');
    const read = [...trainerFolders().keys()];
    for (const folder of later) {
      assert.ok(!read.includes(folder), `${folder} is a blind judge of the model`);
    }
  });
});

describe('claim model: the file the trainer writes (claimModel.json)', () => {
  const model = MODEL as unknown as {
    trainedOn: string[]; features: string[]; mean: number[]; scale: number[]; weights: number[]; bias: number; threshold: number; assignment: string;
  };

  it('weighs the features pairFeatures gives, each with a finite mean, a positive scale and a finite weight', () => {
    assert.deepStrictEqual(model.features, [...PAIR_FEATURES]);
    for (const values of [model.mean, model.scale, model.weights]) {
      assert.strictEqual(values.length, PAIR_FEATURES.length);
      assert.ok(values.every(Number.isFinite));
    }
    assert.ok(model.scale.every(scale => scale > 0));
    assert.ok(Number.isFinite(model.bias));
  });

  it('holds a threshold between 0 and 1 and an assignment claimModel.ts knows', () => {
    assert.ok(model.threshold > 0 && model.threshold < 1);
    assert.ok(['both', 'either', 'mutual', 'best', 'any'].includes(model.assignment));
  });

  it('names the folders it was trained on: the development pairs and heldout3 … heldout19, no later blind set', () => {
    assert.deepStrictEqual(model.trainedOn, ['invented', ...Array.from({ length: 17 }, (_, k) => `heldout${k + 3}`)]);
    assert.ok(model.trainedOn.every(folder => (heldoutNumber(folder) ?? 0) < 20));
  });
});
