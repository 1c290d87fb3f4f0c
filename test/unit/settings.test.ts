import * as assert from 'assert';
import { DEFAULT_SETTINGS, readAnalysisOptions, readSettings } from '../../src/services/settingsSchema';

/** A reader over a plain object, keyed as vscode's configuration.get is (without the "newsLens." prefix). */
function read(values: Record<string, unknown>) {
  return readSettings(key => (Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined));
}

describe('readSettings', () => {
  it('excludes project documents and dependencies by default, and an empty list excludes nothing', () => {
    assert.deepStrictEqual(read({}).settings.exclude, ['**/README*', '**/CHANGELOG*', '**/LICENSE*', '**/node_modules/**']);
    assert.deepStrictEqual(read({ exclude: [] }).settings.exclude, []);
  });

  it('gives the defaults when nothing is set', () => {
    const { settings, problems } = read({});
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assert.deepStrictEqual(problems, []);
  });

  it('reads valid values', () => {
    const { settings, problems } = read({
      'highlight.people': false, 'highlight.organizations': true, 'highlight.quotes': false, 'highlight.uniqueClaims': true,
      aliases: { ' the Kremlin chief ': 'Vladimir Kazlov' }, ignore: [' Truth Social ', 'X'], maxFileSize: 1234.9,
      exclude: [' **/drafts/** '],
    });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, {
      highlight: { people: false, organizations: true, quotes: false, uniqueClaims: true },
      aliases: { 'the Kremlin chief': 'Vladimir Kazlov' }, ignore: ['Truth Social', 'X'], maxFileSize: 1234,
      distinct: [],
      exclude: ['**/drafts/**'],
    });
  });

  it('reads newsLens.distinct as [id, id] pairs, dropping anything else', () => {
    assert.deepStrictEqual(read({ distinct: [['ed-hale', ' robert-j-hale ']] }).settings.distinct, [['ed-hale', 'robert-j-hale']]);
    const { settings, problems } = read({ distinct: [['a', 'b'], ['c'], 'd', ['e', 3]] });
    assert.deepStrictEqual(settings.distinct, [['a', 'b']]);
    assert.match(problems.join('\n'), /newsLens\.distinct must be a list of \[id, id\] pairs/);
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['a string for a boolean', { 'highlight.people': 'yes' }, /newsLens\.highlight\.people must be true or false/],
    ['null for a boolean', { 'highlight.quotes': null }, /newsLens\.highlight\.quotes/],
    ['a number for a boolean', { 'highlight.organizations': 1 }, /newsLens\.highlight\.organizations/],
    ['a list for aliases', { aliases: ['Kazlov'] }, /newsLens\.aliases must be an object/],
    ['a string for aliases', { aliases: 'Kazlov' }, /newsLens\.aliases must be an object/],
    ['a number for ignore', { ignore: 3 }, /newsLens\.ignore must be a list/],
    ['an object for ignore', { ignore: { a: 1 } }, /newsLens\.ignore must be a list/],
    ['a string for distinct', { distinct: 'ed-hale' }, /newsLens\.distinct/],
    ['a negative size', { maxFileSize: -1 }, /newsLens\.maxFileSize/],
    ['NaN for the size', { maxFileSize: NaN }, /newsLens\.maxFileSize/],
    ['Infinity for the size', { maxFileSize: Infinity }, /newsLens\.maxFileSize/],
    ['a numeric string for the size', { maxFileSize: '1000' }, /newsLens\.maxFileSize/],
    ['null for the size', { maxFileSize: null }, /newsLens\.maxFileSize/],
    ['a string for exclude', { exclude: '**/README*' }, /newsLens\.exclude must be a list of glob patterns/],
    ['a number among exclude patterns', { exclude: ['**/README*', 3] }, /newsLens\.exclude/],
  ];
  for (const [label, values, message] of invalid) {
    it(`falls back to the default for ${label}, with one problem line`, () => {
      const { settings, problems } = read(values);
      assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
      assert.strictEqual(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], message);
      assert.ok(!problems[0].includes('\n'), 'a problem is one line');
    });
  }

  it('keeps the valid entries of aliases and ignore and reports the others', () => {
    const { settings, problems } = read({
      aliases: { Kazlov: 'Vladimir Kazlov', '': 'x', empty: '  ', number: 3, nested: { a: 'b' } },
      ignore: ['X', 3, '', null, '  ', 'Nato-like'],
    });
    assert.deepStrictEqual(settings.aliases, { Kazlov: 'Vladimir Kazlov' });
    assert.deepStrictEqual(settings.ignore, ['X', 'Nato-like']);
    assert.strictEqual(problems.length, 5, problems.join('\n'));
  });

  it('treats "__proto__" and other Object.prototype names as ordinary alias keys', () => {
    const aliases = JSON.parse('{"__proto__": "A", "constructor": "B", "toString": "C"}');
    const { settings, problems } = read({ aliases });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(Object.keys(settings.aliases).sort(), ['__proto__', 'constructor', 'toString']);
    assert.strictEqual(Object.getPrototypeOf(settings.aliases), Object.prototype, 'the prototype is untouched');
  });

  it('keeps a problem line short when the user typed a very long key', () => {
    const { problems } = read({ aliases: { ['x'.repeat(10_000)]: 5 } });
    assert.strictEqual(problems.length, 1);
    assert.ok(problems[0].length < 200, problems[0]);
  });

  it('returns frozen settings', () => {
    const { settings } = read({ aliases: { a: 'b' }, ignore: ['c'] });
    assert.ok(Object.isFrozen(settings) && Object.isFrozen(settings.highlight) && Object.isFrozen(settings.aliases) && Object.isFrozen(settings.ignore));
  });

  it('never throws, whatever the configuration holds', () => {
    const odd: unknown[] = [undefined, null, 0, -0, 1e308, '', 'x', [], [null], {}, { a: null }, Symbol('s'), () => 1, new Date(0), /re/, Object.create(null)];
    odd.forEach((value, i) => {
      for (const key of ['highlight.people', 'aliases', 'ignore', 'maxFileSize', 'distinct']) {
        assert.doesNotThrow(() => read({ [key]: value }), `${key} = odd value #${i}`);
      }
    });
  });
});

describe('readAnalysisOptions', () => {
  it('reads only the aliases and the ignore list (the settings read per document), coerced as readSettings does', () => {
    const asked: string[] = [];
    const values: Record<string, unknown> = { aliases: { ' the mayor ': 'Ana Pereira' }, ignore: ['Harbour Street', 7], maxFileSize: -1 };
    const { options, problems } = readAnalysisOptions(key => {
      asked.push(key);
      return values[key];
    });
    assert.deepStrictEqual(options, { aliases: { 'the mayor': 'Ana Pereira' }, ignore: ['Harbour Street'] });
    assert.deepStrictEqual(asked.sort(), ['aliases', 'ignore']);
    assert.deepStrictEqual(problems, ['newsLens.ignore must be a list of names']);
  });
});
