// Builds long articles of a chosen size from real fixture articles, for the benchmark, the incremental
// tests and the large-file integration test. Every paragraph of the result is distinct: a paragraph
// cache must not get a free ride from repeated text, which real long documents do not have.
import * as fs from 'fs';
import * as path from 'path';

/**
 * The fixture folders the benchmark builds its texts from: a fixed list, so a new annotated set (a round adds
 * several, some name-dense: team sheets, results tables) does not change the benchmark's text and move its
 * ratios with no change of code. These are the folders of round 14; change the list only on purpose, and say
 * in the CHANGELOG that the benchmark's figures moved with it.
 */
export const BENCH_FIXTURE_FOLDERS: readonly string[] = [
  'articles', 'claims', 'coverage', 'domains', 'expected', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15',
  'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'gold', 'gold2', 'golden', 'links', 'orgKinds',
  'peopleKinds', 'quotes',
];

/**
 * Fixture articles (test/fixtures/**, samples/) as texts, in a stable order; with `folders`, only those
 * folders of test/fixtures (and samples/).
 */
export function loadFixtureArticles(repoRoot: string, folders?: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) {
      return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (/\.(txt|md)$/i.test(entry.name)) {
        files.push(full);
      }
    }
  };
  const fixtures = path.join(repoRoot, 'test', 'fixtures');
  if (folders) {
    folders.forEach(folder => walk(path.join(fixtures, folder)));
  } else {
    walk(fixtures);
  }
  walk(path.join(repoRoot, 'samples'));
  return files.map(f => fs.readFileSync(f, 'utf8').replace(/\r\n?/g, '\n')).filter(t => t.trim().length > 200);
}

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map(p => p.trim()).filter(p => p.length > 0);
}

/** Sentences without quotation marks, so appending one never unbalances a quote. */
function plainSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map(s => s.trim())
    .filter(s => s.length > 30 && s.length < 300 && !/["“”‘’«»]/.test(s) && /[.!?]$/.test(s) && !s.includes('\n'));
}

/**
 * An article of about `size` characters: whole source articles one after another (their paragraphs in
 * order, so quotes, attributions and surname references work as in the sources), each paragraph
 * followed by one quote-free sentence drawn from elsewhere in the sources so that no paragraph repeats.
 */
export function buildArticle(sources: readonly string[], size: number, seed = 1): string {
  if (sources.length === 0) {
    throw new Error('no source articles');
  }
  const random = rng(seed);
  const sentences = sources.flatMap(plainSentences);
  const used = new Set<string>();
  const out: string[] = [];
  let length = 0;
  let next = Math.floor(random() * sources.length);
  while (length < size) {
    for (const paragraph of paragraphs(sources[next % sources.length])) {
      let candidate = paragraph;
      for (let tries = 0; tries < 50 && (tries === 0 || used.has(candidate)); tries++) {
        candidate = sentences.length ? `${paragraph} ${sentences[Math.floor(random() * sentences.length)]}` : `${paragraph} (${out.length})`;
      }
      if (used.has(candidate)) {
        candidate = `${paragraph} (${out.length})`;
      }
      used.add(candidate);
      out.push(candidate);
      length += candidate.length + 2;
      if (length >= size) {
        break;
      }
    }
    next += 1 + Math.floor(random() * 3);
  }
  return out.join('\n\n') + '\n';
}
