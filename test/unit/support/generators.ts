// Generators of hostile and news-like text for the fuzz tests. Every input is a pure function of a seed.
import * as fs from 'fs';
import * as path from 'path';
import type { AnalyzeOptions } from '../../../src/core/model';
import { createRng, type Rng } from './prng';

export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '〝', '〞', '＂'];

const WORDS = ['the', 'a', 'of', 'and', 'said', 'told', 'according', 'to', 'in', 'on', 'he', 'she', 'they', 'it',
  'was', 'minister', 'president', 'spokeswoman', 'statement', 'talks', 'ceasefire', 'deal', 'week', 'on', 'Monday',
  'wrote', 'posted', 'added', 'by', 'with', 'who', 'that', 'is', 'not', 'will', 'would', 'for', 'from', 'at',
  // Names of Object.prototype members: a lookup table keyed by words of the text must not find these.
  'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const CAPITALS = ['Angela', 'Markwart', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Sen.', 'Sir', 'President', 'Prime', 'Minister',
  'Secretary', 'NATO', 'Nato', 'BBC', 'EU', 'UN', 'Reuters', 'Commission', 'European', 'Supreme', 'Court', 'von',
  'der', 'Hoven', 'arap', 'Kiptoo', 'Jean-Luc', 'O’Brien', "D'Souza", 'McDonald', 'Qu', 'Hanming', 'Vaid', 'Li',
  'Ng', 'Ali', 'Amara', 'Okafor', 'Ivanova', 'Kowalski', 'Nakamura', 'García', 'Ærø', 'Łukasz', 'Øyvind', 'Ünal',
  'I', 'A', 'The', 'He', 'She', 'It', 'Its', 'Ukraine', 'Washington', 'Kyiv', 'Moscow', 'Monday', 'Brant’s', "Smith's"];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '&', '*', '_', '#', '`', '<', '>'];
const EXOTIC = ['👍', '🇺🇦', '👩‍👩‍👧', '😀', '𝐀𝐁', '𠜎', '🏳️‍🌈', 'e\u0301', 'a\u0308\u0330\u0351', 'n\u0303', 'שלום', 'مرحبا',
  '\u202e', '\u200e', '\u200f', '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff',
  '\u200b', '\u00a0', '\ud800', '\udc00', '\ufffd', '\t', '\u000b', '\u000c', 'ǅ', 'ß', 'İ', 'ﬁ', 'Ⅻ', '١٢٣', '漢字', 'ㅎ'];
const NAMES = ['Amara Okafor', 'Lena Ivanova', 'Piotr Kowalski', 'Hiro Nakamura', 'Marta García', 'Joel Smithers',
  'Annika von der Hoven', 'Jean-Luc Moreau', 'Aoife O’Brien', 'Ravi D\'Souza', 'Ana Lima', 'Kofi Mensah'];
const ORGS = ['NATO', 'the European Commission', 'the Supreme Court', 'Reuters', 'the BBC', 'Acme Holdings',
  'the Senate Intelligence Committee', 'the World Health Organization (WHO)', 'the UN'];
const CUES = ['said', 'told reporters', 'told CNN', 'wrote on X', 'posted', 'said in a statement', 'added'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r'];

const repoRoot = path.resolve(__dirname, '../../../..');

function listTexts(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(d => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? listTexts(full) : /\.(txt|md)$/i.test(d.name) ? [full] : [];
  });
}

/** The sample articles and every text fixture under test/fixtures, read once. */
export function loadFixtureArticles(): readonly string[] {
  const files = [...listTexts(path.join(repoRoot, 'samples')), ...listTexts(path.join(repoRoot, 'test', 'fixtures'))].sort();
  return files.map(f => fs.readFileSync(f, 'utf8')).filter(t => t.length > 0);
}

function token(rng: Rng): string {
  const r = rng.next();
  if (r < 0.4) {
    return rng.pick(WORDS);
  }
  if (r < 0.65) {
    return rng.pick(CAPITALS);
  }
  if (r < 0.78) {
    return rng.pick(QUOTE_MARKS);
  }
  if (r < 0.88) {
    return rng.pick(PUNCT);
  }
  if (r < 0.97) {
    return rng.pick(EXOTIC);
  }
  return String.fromCharCode(rng.int(0, 0xffff));
}

function separator(rng: Rng): string {
  const r = rng.next();
  return r < 0.75 ? ' ' : r < 0.85 ? '' : r < 0.95 ? rng.pick(BREAKS) : rng.pick(['\t', '  ', '\u00a0', '\u3000']);
}

function tokens(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += token(rng) + separator(rng);
  }
  return out;
}

function quoted(rng: Rng, words: string): string {
  const pairs = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['‘', '’'], ["'", "'"], ['« ', ' »']];
  const [open, close] = rng.pick(pairs);
  const r = rng.next();
  return r < 0.8 ? open + words + close : r < 0.9 ? open + words : words + close;
}

/** News-like sentences: names, titles, quotes with attributions before, after and inside, paragraphs. */
function newsLike(rng: Rng): string {
  const paragraphs: string[] = [];
  const nl = rng.pick(['\n\n', '\r\n\r\n', '\r\r', '\n']);
  for (let p = rng.int(1, 2); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = rng.int(1, 3); s > 0; s--) {
      const name = rng.pick(NAMES), org = rng.pick(ORGS), cue = rng.pick(CUES);
      const words = tokens(rng, rng.int(2, 12)).trim();
      const forms = [
        () => `${quoted(rng, words + ',')} ${name} ${cue}.`,
        () => `${quoted(rng, words + ',')} ${cue} ${name}, ${rng.pick(['a spokeswoman for', 'the head of', 'who chairs'])} ${org}.`,
        () => `${name} ${cue}: ${quoted(rng, words + '.')}`,
        () => `According to ${org}, ${quoted(rng, words)}.`,
        () => `${quoted(rng, words + ',')} ${rng.pick(['he', 'she', 'they'])} said. ${quoted(rng, tokens(rng, 4).trim() + '.')}`,
        () => `${rng.pick(['Prime Minister', 'Secretary of State', 'Mr', 'Ms', 'Dr.'])} ${name.split(' ').pop()} met ${name} and ${org} on ${rng.pick(['Monday', 'Friday'])}.`,
        () => words,
      ];
      sentences.push(rng.pick(forms)());
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join(nl);
}

function mutate(rng: Rng, text: string): string {
  const at = () => rng.int(0, text.length);
  switch (rng.int(0, 9)) {
    case 0: {
      const i = at();
      return text.slice(0, i) + tokens(rng, rng.int(1, 6)) + text.slice(i);
    }
    case 1: {
      const i = at(), j = Math.min(text.length, i + rng.int(1, 80));
      return text.slice(0, i) + text.slice(j);
    }
    case 2: {
      const from = rng.pick(QUOTE_MARKS), to = rng.pick(QUOTE_MARKS);
      return text.split(from).join(to);
    }
    case 3: {
      const i = at();
      return text.slice(0, i) + rng.pick(QUOTE_MARKS) + text.slice(i);
    }
    case 4:
      return text.replace(/\b[a-z]\w*/g, w => (rng.chance(0.1) ? w[0].toUpperCase() + w.slice(1) : w));
    case 5:
      return text.replace(/\b[A-Z]\w*/g, w => (rng.chance(0.2) ? (rng.chance(0.5) ? w.toLowerCase() : w.toUpperCase()) : w));
    case 6: {
      const eol = rng.pick(['\r\n', '\r', '\n', '\u2028']);
      return text.replace(/\r\n|\r|\n/g, eol);
    }
    case 7: {
      const i = at(), j = Math.min(text.length, i + rng.int(1, 200));
      return text.slice(0, j) + text.slice(i, j) + text.slice(j);
    }
    case 8:
      return text.replace(/\b[A-Z][a-z]+/g, w => (rng.chance(0.15) ? rng.pick(EXOTIC) + w + (rng.chance(0.5) ? rng.pick(EXOTIC) : '') : w));
    default:
      return text.slice(0, at());
  }
}

function fromFixture(rng: Rng, fixtures: readonly string[]): string {
  if (fixtures.length === 0) {
    return newsLike(rng);
  }
  const article = rng.pick(fixtures);
  let text = article;
  // Mostly short windows of an article: the engine's cost grows with the text, and most faults are local.
  if (rng.chance(0.99)) {
    const start = rng.int(0, article.length - 1);
    text = article.slice(start, start + rng.int(30, 300));
  }
  for (let n = rng.int(1, 4); n > 0; n--) {
    text = mutate(rng, text);
  }
  return text;
}

function longLine(rng: Rng): string {
  const chunk = rng.chance(0.5) ? tokens(rng, 200).replace(/[\r\n\u2028\u2029]/g, ' ') : newsLike(rng).replace(/[\r\n]/g, ' ');
  return chunk.repeat(Math.ceil(rng.int(5_000, 15_000) / Math.max(1, chunk.length)));
}

function options(rng: Rng, text: string): AnalyzeOptions | undefined {
  if (!rng.chance(0.15)) {
    return undefined;
  }
  const words = text.match(/\p{Lu}[\p{L}’'.-]*/gu) ?? [];
  const some = () => (words.length && rng.chance(0.7) ? rng.pick(words) : tokens(rng, rng.int(1, 3)));
  const entries: [string, string][] = [];
  for (let n = rng.int(0, 3); n > 0; n--) {
    const key = rng.chance(0.9) ? some() : rng.pick(['__proto__', 'constructor', 'toString']);
    entries.push([key, rng.chance(0.7) ? some() : rng.pick(['(', '.*', '\\', '$&', '__proto__', 'constructor'])]);
  }
  // fromEntries makes "__proto__" an own key, as JSON.parse of a settings file does.
  const aliases: Record<string, string> = Object.fromEntries(entries);
  const ignore = Array.from({ length: rng.int(0, 3) }, () => (rng.chance(0.8) ? some() : rng.pick(['[', '+', '?', '(?<', '^$'])));
  return { aliases, ignore };
}

export interface FuzzCase {
  readonly seed: number;
  readonly kind: string;
  readonly text: string;
  readonly options?: AnalyzeOptions;
}

/** One input, fully determined by its seed. */
export function generateCase(seed: number, fixtures: readonly string[]): FuzzCase {
  const rng = createRng(seed);
  const r = rng.next();
  let kind: string, text: string;
  if (r < 0.0015) {
    kind = 'long line';
    text = longLine(rng);
  } else if (r < 0.3) {
    kind = 'random tokens';
    text = tokens(rng, rng.int(0, 40));
  } else if (r < 0.6) {
    kind = 'news-like';
    text = newsLike(rng);
  } else {
    kind = 'mutated fixture';
    text = fromFixture(rng, fixtures);
  }
  return { seed, kind, text, options: options(rng, text) };
}
