import * as assert from 'assert';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { AnalysisCancelledError, changedLength, IncrementalAnalyzer, SLICE_CHARS } from '../../src/core/incremental';
import type { AnalyzeOptions } from '../../src/core/model';
import { buildArticle, loadFixtureArticles } from '../bench/articleBuilder';

const repo = path.resolve(__dirname, '../../..');
const articles = loadFixtureArticles(repo);
const sample = articles.find(a => a.includes('Marco Rocha')) ?? articles[0];

type Edit = readonly [name: string, apply: (text: string) => string];

/** Replaces the n-th occurrence (0-based) of `find`; fails the test when it is not there. */
function replaceNth(text: string, find: string | RegExp, replacement: string, n = 0): string {
  const re = new RegExp(typeof find === 'string' ? find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : find.source, 'g');
  let count = 0;
  let hit = false;
  const out = text.replace(re, match => (count++ === n ? ((hit = true), replacement) : match));
  assert.ok(hit, `edit target ${String(find)} #${n} not in the text`);
  return out;
}

function middleParagraphBreak(text: string): number {
  const at = text.indexOf('\n\n', Math.floor(text.length / 2));
  assert.ok(at > 0);
  return at;
}

const edits: readonly Edit[] = [
  ['insert one letter inside a word', t => replaceNth(t, /\bpeace\b/, 'peaace', 1)],
  ['delete one character', t => t.slice(0, 100) + t.slice(101)],
  ['insert a new person with a role in the middle', t => {
    const at = middleParagraphBreak(t);
    return `${t.slice(0, at)} Amara Okafor, a spokeswoman for the Lagos Chamber of Commerce, said the talks would resume.${t.slice(at)}`;
  }],
  ['delete the full name that later surname mentions refer to', t => replaceNth(t, 'Marco Rocha', 'an official')],
  ['rename a person everywhere but once', t => replaceNth(t, /Koravsky/, 'Koravskyy', 2)],
  ['split a paragraph in two', t => replaceNth(t, ', ', ',\n\n', 2)],
  ['join two paragraphs', t => {
    const at = middleParagraphBreak(t);
    return t.slice(0, at) + ' ' + t.slice(at + 2);
  }],
  ['open a quote that is never closed', t => replaceNth(t, 'Mr Brant is leaning', '“Mr Brant is leaning')],
  ['close a quote early', t => replaceNth(t, ' people will continue', '” people will continue')],
  ['remove an opening quotation mark', t => replaceNth(t, '“', '', 1)],
  ['add a speaker to an unattributed quote', t => replaceNth(t, '“Russia agrees with that.', 'Mr Ulitkin added: “Russia agrees with that.')],
  ['turn blank lines into single line breaks', t => t.replace(/\n\n/g, '\n')],
  ['switch to CRLF line endings', t => t.replace(/\n/g, '\r\n')],
  ['empty the document', () => ''],
];

function assertSameAsFull(inc: IncrementalAnalyzer, key: string, text: string, options: AnalyzeOptions = {}): void {
  assert.deepStrictEqual(inc.analyze(key, text, options), analyzeText(text, options));
}

describe('changedLength', () => {
  const cases: [string, string, number][] = [
    ['abc', 'abc', 0],
    ['abc', 'abxc', 1],
    ['abc', 'ac', 0],
    ['', 'hello', 5],
    ['hello', '', 0],
    ['aaaa', 'aaaaa', 1],
    ['one two three', 'one 2 three', 1],
    ['abc', 'xyz', 3],
  ];
  for (const [previous, text, expected] of cases) {
    it(`${JSON.stringify(previous)} → ${JSON.stringify(text)}: ${expected}`, () => {
      assert.strictEqual(changedLength(previous, text), expected);
    });
  }

  /** The same measure one character at a time, to check the chunked comparison of long texts against. */
  function charByChar(previous: string, text: string): number {
    const max = Math.min(previous.length, text.length);
    let prefix = 0;
    while (prefix < max && previous[prefix] === text[prefix]) {
      prefix++;
    }
    let suffix = 0;
    while (suffix < max - prefix && previous[previous.length - 1 - suffix] === text[text.length - 1 - suffix]) {
      suffix++;
    }
    return text.length - prefix - suffix;
  }

  it('measures edits in long texts (compared in chunks) exactly as character by character', () => {
    const long = 'Dana Kelso spoke to the council in Marwick. '.repeat(300);
    const edits: string[] = [];
    for (const at of [0, 1, 255, 256, 257, 4000, long.length - 257, long.length - 256, long.length - 1, long.length]) {
      edits.push(long.slice(0, at) + 'e' + long.slice(at), long.slice(0, at) + long.slice(at + 1), long.slice(0, at) + 'Tarrow' + long.slice(at + 3));
    }
    edits.push(long + long, long.slice(700), long.slice(0, -700), '');
    for (const edited of edits) {
      assert.strictEqual(changedLength(long, edited), charByChar(long, edited));
      assert.strictEqual(changedLength(edited, long), charByChar(edited, long));
    }
  });
});

describe('IncrementalAnalyzer', function () {
  this.timeout(120_000);

  it('gives the same analysis as a full run on its first run', () => {
    assertSameAsFull(new IncrementalAnalyzer(), 'a', sample);
  });

  for (const [name, apply] of edits) {
    it(`gives the same analysis as a full run after an edit: ${name}`, () => {
      const inc = new IncrementalAnalyzer();
      inc.analyze('a', sample, {});
      const edited = apply(sample);
      assert.notStrictEqual(edited, sample);
      assertSameAsFull(inc, 'a', edited);
    });
  }

  it('stays exact over a sequence of edits that each build on the last', () => {
    const inc = new IncrementalAnalyzer();
    let text = sample;
    inc.analyze('a', text, {});
    let applied = 0;
    for (const [, apply] of edits.slice(0, -1)) {
      let next: string;
      try {
        next = apply(text);
      } catch {
        continue; // an earlier edit removed this one's target
      }
      text = next;
      applied++;
      assertSameAsFull(inc, 'a', text);
    }
    assert.ok(applied >= 8, `${applied} edits applied`);
  });

  it('stays exact when the settings change between runs (aliases and ignored names)', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze('a', sample, {});
    assertSameAsFull(inc, 'a', sample, { aliases: { 'the Kremlin chief': 'Vladimir Kazlov', Rocha: 'Marco Rocha' } });
    assertSameAsFull(inc, 'a', sample, { ignore: ['Donbas', 'NATO'] });
    assertSameAsFull(inc, 'a', sample, {});
  });

  it('keeps documents apart: the same paragraphs in two documents, different edits', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze('a', sample, {});
    inc.analyze('b', sample, {});
    assertSameAsFull(inc, 'a', edits[2][1](sample));
    assertSameAsFull(inc, 'b', edits[3][1](sample));
  });

  it('analyses a long article in slices with the same result as a full run, and after an edit', () => {
    const long = buildArticle(articles, SLICE_CHARS * 6, 7);
    const inc = new IncrementalAnalyzer();
    const progress: number[] = [];
    assert.deepStrictEqual(inc.analyze('long', long, {}, { onProgress: f => progress.push(f) }), analyzeText(long, {}));
    assert.ok(progress.length >= 4, `progress reported per slice (${progress.length} reports)`);
    assert.ok(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1])), 'progress rises from 0 to 1');
    assert.strictEqual(progress[progress.length - 1], 1);
    const edited = replaceNth(long, /\bsaid\b/, 'says', 5);
    assertSameAsFull(inc, 'long', edited);
  });

  it('stops between slices when asked, and the next run is still exact', () => {
    const long = buildArticle(articles, SLICE_CHARS * 4, 11);
    const inc = new IncrementalAnalyzer();
    let asked = 0;
    assert.throws(() => inc.analyze('long', long, {}, { shouldStop: () => ++asked > 2 }), AnalysisCancelledError);
    assertSameAsFull(inc, 'long', long);
  });

  it('analyses in slices that yield to the event loop', async () => {
    const long = buildArticle(articles, SLICE_CHARS * 3, 13);
    const inc = new IncrementalAnalyzer();
    let pauses = 0;
    const result = await inc.analyzeInSlices('long', long, {}, () => {
      pauses++;
      return new Promise(resolve => setImmediate(resolve));
    });
    assert.ok(pauses >= 2, `paused ${pauses} times`);
    assert.deepStrictEqual(result, analyzeText(long, {}));
  });

  it('parses only the paragraphs an edit touched, and keeps one version of the document cached', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze('a', sample, {});
    const paragraphs = inc.lastRun.paragraphs;
    assert.strictEqual(inc.lastRun.parsed, inc.lastRun.paragraphs, 'a first run parses everything');
    const typed = edits[0][1](sample);
    inc.analyze('a', typed, {});
    assert.deepStrictEqual(inc.lastRun, { paragraphs, parsed: 1 });
    inc.analyze('a', edits[5][1](typed), {});
    assert.strictEqual(inc.lastRun.paragraphs, paragraphs + 1, 'the split adds a paragraph');
    assert.ok(inc.lastRun.parsed <= 2, `a split paragraph parses its two halves (${inc.lastRun.parsed} parsed)`);
    let text = sample;
    for (let i = 0; i < 10; i++) {
      text = replaceNth(text, /\bthe\b/, 'teh', i);
      inc.analyze('a', text, {});
    }
    assert.ok(inc.cachedParagraphs('a') <= inc.lastRun.paragraphs, `${inc.cachedParagraphs('a')} cached for ${inc.lastRun.paragraphs} paragraphs`);
  });

  it('forgets a document entirely', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze('a', sample, {});
    inc.analyze('b', sample, {});
    assert.strictEqual(inc.size, 2);
    inc.forget('a');
    inc.forget('b');
    inc.forget('never-seen');
    assert.strictEqual(inc.size, 0);
  });
});
