// The TextMate grammars' shape and each rule's regular expression. The rules are Oniguruma patterns;
// the ones used here (\p{..}, lookbehind, lazy groups) mean the same in JavaScript with the u flag, so
// each rule is checked on its own here. How the rules combine in VS Code is checked on screen by
// test/ui/grammar-screenshot.mjs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

interface Rule { match: string; name: string; comment?: string }

const injection = read('syntaxes/newslens.injection.tmLanguage.json') as {
  scopeName: string; injectionSelector: string;
  repository: { dateline: Rule; quotes: { patterns: Rule[] } };
};
const quoteRules = injection.repository.quotes.patterns;
const dateline = new RegExp(injection.repository.dateline.match, 'u');

/** The quotation the quote rules find in a line, trying them in order at each position (as TextMate does). */
function firstQuote(line: string): string | undefined {
  const regexes = quoteRules.map(r => new RegExp(r.match, 'gu'));
  for (let at = 0; at < line.length; at++) {
    for (const re of regexes) {
      re.lastIndex = at;
      const m = re.exec(line);
      if (m && m.index === at) {
        return m[0];
      }
    }
  }
  return undefined;
}

describe('grammars', () => {
  it('contributes a plain-text grammar with the text.plain scope and an injection into it and Markdown', () => {
    const manifest = read('package.json') as { contributes: { grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[] } };
    const grammars = manifest.contributes.grammars;
    const plain = grammars.find(g => g.language === 'plaintext');
    assert.strictEqual(plain?.scopeName, 'text.plain');
    assert.strictEqual(read(plain.path).scopeName, 'text.plain');
    const inj = grammars.find(g => g.scopeName === injection.scopeName);
    assert.deepStrictEqual(inj?.injectTo?.sort(), ['text.html.markdown', 'text.plain']);
    assert.match(injection.injectionSelector, /text\.plain/);
    assert.match(injection.injectionSelector, /-markup\.inline\.raw/);
  });

  it('scopes every quote rule as a string', () => {
    for (const rule of quoteRules) {
      assert.match(rule.name, /^string\.quoted\.\w+\.newslens$/);
    }
  });

  const quotes: [string, string | undefined][] = [
    ['He said “we will win” today.', '“we will win”'],
    ['‘It’s a deal’ he said', '‘It’s a deal’'],
    ['„Wir schaffen das“, sagte sie.', '„Wir schaffen das“'],
    ['„Nie wiem” – powiedział.', '„Nie wiem”'],
    ['Er sagte ‚ja‘ leise.', '‚ja‘'],
    ['« Bonjour » dit-il', '« Bonjour »'],
    ['Han sa »hej« igen', '»hej«'],
    ['”Hej”, sa hon.', '”Hej”'],
    ['「日本語」と言った', '「日本語」'],
    ['『二重』', '『二重』'],
    ['＂全角＂', '＂全角＂'],
    ['He said "straight" here.', '"straight"'],
    ["'It's fine,' she said.", "'It's fine,'"],
    ['“A quote running on into the next paragraph', '“A quote running on into the next paragraph'],
    ["The students' books and the teachers' pens", undefined],
    ['No quotation here.', undefined],
    ['It’s Koravsky’s plan', undefined],
  ];
  for (const [line, expected] of quotes) {
    it(`finds ${expected ?? 'no quotation'} in ${JSON.stringify(line)}`, () => {
      assert.strictEqual(firstQuote(line), expected);
    });
  }

  const datelines: [string, string | undefined][] = [
    ['KYIV, Ukraine (AP) — The president said', 'KYIV, Ukraine (AP) —'],
    ['LONDON (Reuters) - Shares fell', 'LONDON (Reuters) -'],
    ['NEW YORK, Jan 5 (Reuters) -- Stocks rose', 'NEW YORK, Jan 5 (Reuters) --'],
    ['WASHINGTON — Lawmakers met', 'WASHINGTON —'],
    ['SÃO PAULO (AFP) – Markets', 'SÃO PAULO (AFP) –'],
    ['US - Russia talks resume', undefined],
    ['The mayor — a lawyer — spoke', undefined],
    ['In LONDON (Reuters) - mid-line', undefined],
  ];
  for (const [line, expected] of datelines) {
    it(`finds dateline ${expected ?? 'none'} in ${JSON.stringify(line)}`, () => {
      assert.strictEqual(dateline.exec(line)?.[0].trim(), expected);
    });
  }
});
