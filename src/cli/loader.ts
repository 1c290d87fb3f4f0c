// dist/cli.js: loads the command-line bundle (dist/cli/main.js, built from src/cli.ts) with V8's code cache
// (dist/cli/main.js.cache, written by `npm run build`), then runs the command line. Compiling the bundle's
// functions is a tenth of a short article's run; from the cache V8 reads them compiled. Node 20 has no module
// compile cache of its own. The cache starts with the SHA-256 of the bundle's bytes it was made from, since V8 checks
// only the source's length: a cache of another bundle is not used, and one V8 rejects (another Node) neither;
// the bundle then compiles as usual. The cache changes how fast the CLI starts, never what it does.
// With NEWS_LENS_WRITE_CODE_CACHE=1 (the build does this once, on a sample) the run writes the cache at exit,
// holding every function that run compiled.
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';
import { isMainThread } from 'worker_threads';

interface CliBundle {
  runCommandLine(): void;
  setWorkerEntry(file: string): void;
}

const bundle = path.join(__dirname, 'cli', 'main.js');
const cacheFile = `${bundle}.cache`;

const DIGEST_BYTES = 32;

/**
 * The digest of the bundle's bytes as read from disk: hashing the 3 MB source string instead made Node encode it
 * into a new buffer first, several times the hash's own cost at every start.
 */
function digestOf(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** V8's data for the bundle, or undefined when there is no cache or it was made from another bundle. */
function readCache(bytes: Buffer): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return cache.length > DIGEST_BYTES && cache.subarray(0, DIGEST_BYTES).equals(digestOf(bytes)) ? cache.subarray(DIGEST_BYTES) : undefined;
}

function load(): { exports: CliBundle; script: vm.Script; bytes: Buffer } {
  const bytes = fs.readFileSync(bundle);
  const source = Module.wrap(bytes.toString('utf8'));
  const script = new vm.Script(source, { filename: bundle, cachedData: readCache(bytes) });
  const loaded = new Module(bundle, module);
  loaded.filename = bundle;
  loaded.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
  loaded.loaded = true;
  const wrapper = script.runInThisContext() as (exports: unknown, req: NodeJS.Require, mod: Module, file: string, dir: string) => void;
  wrapper.call(loaded.exports, loaded.exports, Module.createRequire(bundle), loaded, bundle, path.dirname(bundle));
  return { exports: loaded.exports as CliBundle, script, bytes };
}

const { exports: cli, script, bytes } = load();
if (isMainThread) {
  cli.setWorkerEntry(__filename);
  if (process.env.NEWS_LENS_WRITE_CODE_CACHE === '1') {
    process.on('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([digestOf(bytes), script.createCachedData()])));
  }
  cli.runCommandLine();
}
