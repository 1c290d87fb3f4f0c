// What each bundle contains, from esbuild's metafile of the real build configuration (esbuild.js):
// compromise loads in the analysis worker only, and the web build has no Node built-ins.
import * as assert from 'assert';
import * as path from 'path';
import type { BuildOptions, Metafile } from 'esbuild';

const repo = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild.js is a CommonJS script, not a module with types
const { builds, main } = require(path.join(repo, 'esbuild.js')) as { builds: (BuildOptions & { outfile: string })[]; main: () => Promise<void> };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only this test needs the bundler
const esbuild = require('esbuild') as typeof import('esbuild');

async function inputsOf(outfile: string): Promise<{ inputs: string[]; imports: string[] }> {
  const config = builds.find(b => b.outfile === outfile);
  assert.ok(config, `esbuild.js builds ${outfile}`);
  const result = await esbuild.build({
    ...config,
    absWorkingDir: repo,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: (config.plugins ?? []).filter(p => p.name !== 'problem-matcher'),
  });
  const metafile = result.metafile as Metafile;
  const output = Object.values(metafile.outputs).find(o => o.entryPoint);
  return { inputs: Object.keys(metafile.inputs), imports: (output?.imports ?? []).map(i => i.path) };
}

describe('bundles', function () {
  this.timeout(60_000);

  it('fails the build on a missing entry point instead of skipping its bundle', async () => {
    builds.push({ entryPoints: ['src/no-such-entry.ts'], outfile: 'dist/no-such-entry.js' });
    try {
      await assert.rejects(main(), /missing entry point\(s\): src\/no-such-entry\.ts/);
    } finally {
      builds.pop();
    }
  });

  it('keeps compromise out of the desktop extension host: analysis runs in the worker', async () => {
    const { inputs } = await inputsOf('dist/extension.js');
    assert.deepStrictEqual(inputs.filter(f => f.includes('node_modules/compromise')), []);
    assert.ok(!inputs.includes('src/core/analyze.ts'), 'the engine entry is not bundled into the extension host');
  });

  it('puts the engine and compromise in the worker bundle', async () => {
    const { inputs } = await inputsOf('dist/analysisWorker.js');
    assert.ok(inputs.includes('src/core/analyze.ts'));
    assert.ok(inputs.some(f => f.includes('node_modules/compromise')));
  });

  it('builds the web extension without Node built-ins or the worker_threads analyzer', async () => {
    const { inputs, imports } = await inputsOf('dist/web/extension.js');
    assert.deepStrictEqual(imports.filter(i => i !== 'vscode'), [], 'only vscode stays external');
    assert.ok(inputs.includes('src/services/createAnalyzer.web.ts'));
    assert.ok(!inputs.includes('src/services/workerClient.ts'));
  });
});
