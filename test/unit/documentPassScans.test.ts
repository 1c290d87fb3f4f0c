// The document-level passes run again after every edit: none may build a pattern (and so scan the text) once per word,
// name or candidate, or its cost grows with (distinct words × text length). Counted here without timing: the patterns
// built (`new RegExp`) while an article with every paragraph cached is analysed must not grow with its distinct names.
// tools/bench.mjs times the same passes on a 256 KB and a 1 MB article.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

/** How many patterns `run` builds with the RegExp constructor (pattern literals are built once, at load). */
function patternsBuiltBy(run: () => void): number {
  const original = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      built++;
      return new target(...args);
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      built++;
      return target(...args);
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

const OPENINGS = ['Vel', 'Tor', 'Mak', 'Bren', 'Quil', 'Dass', 'Orm', 'Fen'];
const ENDINGS = ['drow', 'lino', 'vask', 'mere', 'thorpe'];

/** `count` invented surnames, each distinct ("Veldrow", "Vellino", …). */
function surnames(count: number): string[] {
  return OPENINGS.flatMap(opening => ENDINGS.map(ending => opening + ending)).slice(0, count);
}

/**
 * An article naming `count` people: each in full, then by the surname alone, speaking, with headline-like lines opened
 * by the surname and by a word named nowhere else, and the surname after an article later (the candidates the
 * document-level passes weigh).
 */
function article(count: number): string {
  return surnames(count).map((surname, i) => [
    `${surname} backs the harbour plan`,
    `${surname}ley rescued after a night on the ledge`,
    `Dana ${surname}, a director at the Kelso Harbour Trust, said the plan would cut delays. "We will not wait," ${surname} said.`,
    `The trust said in a statement that the vote was set for day ${i + 1}. Later the department said the ${surname.toLowerCase()} was late.`,
  ].join('\n\n')).join('\n\n');
}

/** Patterns built by the document-level passes alone: every paragraph is cached by a first analysis. */
function documentPassPatterns(text: string): number {
  const cache = new Map();
  analyzeText(text, {}, cache);
  return patternsBuiltBy(() => analyzeText(text, {}, cache));
}

describe('document-level passes: no pattern per name', () => {
  it('counts the patterns a run builds', () => {
    assert.strictEqual(patternsBuiltBy(() => new RegExp('a').test('a')), 1);
  });

  it('builds no more patterns for an article naming forty people than for one naming ten', () => {
    const few = documentPassPatterns(article(10));
    const many = documentPassPatterns(article(40));
    assert.ok(many <= few, `${few} patterns for 10 people, ${many} for 40`);
  });
});
