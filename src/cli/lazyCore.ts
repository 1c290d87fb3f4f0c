// The analysis core (and compromise under it), loaded on first use rather than when the CLI starts. A corpus
// run's main thread only reads the file list, links ids and writes lines: with --jobs N it never analyses, so it
// never pays for compromise's start-up (its lexicon, our plugin) or holds its model in memory; the workers and a
// one-file `analyze` load it at their first article. A require() rather than an import is what makes the
// bundler (esbuild) initialise these modules lazily; nothing else in the CLI's main graph imports them.
import type * as Analyze from '../core/analyze';

let loaded: typeof Analyze | undefined;

function analysisCore(): typeof Analyze {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: the lazy load is the point
  loaded ??= require('../core/analyze') as typeof Analyze;
  return loaded;
}

/** core/analyze's analyzeText, loading the core on the first call. */
export const analyzeText: typeof Analyze.analyzeText = (text, options, cache) => analysisCore().analyzeText(text, options, cache);
