// Golden output: a guard that a refactor or a speed change leaves every analysis exactly as it was.
// Each article of the sample, fixture and shared corpus sets is analysed alone (`analyze FILE --format json`)
// and each set as one batch (`--format eval`, which also links ids across files); the SHA-256 of each output
// is compared with test/fixtures/golden/digests.json. Only digests are kept, so no corpus text enters the repo.
// A rule change that is meant to change output refreshes the digests in the same commit:
//   npm run golden:update
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli';

const root = path.join(__dirname, '..', '..', '..');
const shared = path.join(root, '..', 'shared', 'corpus');
const digestsFile = path.join(root, 'test', 'fixtures', 'golden', 'digests.json');
const updating = process.env.NEWS_LENS_UPDATE_GOLDEN === '1';

/** The sets guarded, by a label that names no article text. */
const SETS: [label: string, dir: string][] = [
  ['samples', path.join(root, 'samples')],
  ['fixtures/articles', path.join(root, 'test', 'fixtures', 'articles')],
  ['fixtures/gold', path.join(root, 'test', 'fixtures', 'gold')],
  ['fixtures/gold2', path.join(root, 'test', 'fixtures', 'gold2')],
  ['fixtures/quotes', path.join(root, 'test', 'fixtures', 'quotes')],
  ['corpus/real', path.join(shared, 'real')],
  ['corpus/polnear/dev', path.join(shared, 'polnear', 'dev', 'text')],
];

/**
 * Runs the CLI from the repository's root with paths relative to it: outputs carry the paths as given, so
 * the digests are the same in every checkout (CI clones elsewhere, with ../shared beside it).
 */
function run(args: string[]): string {
  let out = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const relative = args.map(arg => (path.isAbsolute(arg) ? path.relative(root, arg) : arg));
    const code = main(relative, { out: text => { out += text; }, err: () => undefined });
    assert.strictEqual(code, 0, `news-lens ${relative.join(' ')} exited ${code}`);
  } finally {
    process.chdir(cwd);
  }
  return out;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

function articlesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
}

describe('golden output (analyses unchanged by refactors)', function () {
  this.timeout(300000);
  const expected: Record<string, string> = fs.existsSync(digestsFile) ? JSON.parse(fs.readFileSync(digestsFile, 'utf8')) : {};
  const actual: Record<string, string> = {};

  for (const [label, dir] of SETS) {
    it(`${label}: each article alone and the set as a batch`, function () {
      if (!fs.existsSync(dir)) {
        this.skip(); // ../shared is beside the repository on CI and developers' machines
      }
      const files = articlesIn(dir);
      const changed: string[] = [];
      const check = (key: string, output: string) => {
        actual[key] = digest(output);
        if (!updating && expected[key] !== actual[key]) {
          changed.push(key);
        }
      };
      files.forEach((file, index) => {
        // Corpus file names are headline slugs: keyed by position, so no corpus words enter the repo.
        const key = label.startsWith('corpus/') ? `${label} #${index + 1}` : `${label}/${file}`;
        check(key, run(['analyze', path.join(dir, file), '--format', 'json']));
      });
      check(`${label} (batch, eval)`, run(['analyze', ...files.map(f => path.join(dir, f)), '--format', 'eval']));
      assert.deepStrictEqual(changed, [], 'analyses changed; if intended, run `npm run golden:update`');
    });
  }

  after(function () {
    if (updating) {
      const merged = { ...expected, ...actual };
      const sorted = Object.fromEntries(Object.keys(merged).sort().map(k => [k, merged[k]]));
      fs.writeFileSync(digestsFile, JSON.stringify(sorted, null, 1) + '\n');
    }
  });
});
