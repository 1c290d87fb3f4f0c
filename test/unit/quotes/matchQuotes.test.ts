import * as assert from 'assert';
import type { Quote } from '../../../src/core/model';
import { diffWords, matchQuotes } from '../../../src/core/quotes/matchQuotes';

function quote(text: string, speakerId: string | null = null, start = 0): Quote {
  return { start, end: start + text.length, text, speakerId };
}

const sameId = (x: Quote, y: Quote): boolean => x.speakerId === y.speakerId;

describe('matchQuotes', () => {
  const pairs: readonly (readonly [string, string, 'identical' | 'reworded' | null])[] = [
    ['We will win.', 'we will win', 'identical'],
    ['“Nato’s door is open,”', 'NATO\u2019s door is open', 'identical'],
    ['Le président a dit', 'le president a dit', 'identical'],
    ['BIG PROGRESS ON RUSSIA', 'BIG PROGRESS ON RUSSIA. STAY TUNED!', 'reworded'],
    ['can live with it', 'We think the Ukrainians can live with it, frankly', 'reworded'],
    ['We were able to win the following concession, that the United States could offer Article 5-like protection,',
      'We were able to win the following concession: that the United States could offer Article 5-like protection, which is one of the real reasons', 'reworded'],
    ['We are working day and night to revive the stalled talks', 'we\u2019re working day and night to revive the talks', 'reworded'],
    ['absolutely crazy', 'He has gone absolutely crazy', 'reworded'],
    ['We will win the war', 'They will lose the war badly', null],
    ['the people', 'for the people of Ukraine', null],
    ['a very good meeting', 'a very bad idea for everyone involved', null],
  ];
  for (const [a, b, kind] of pairs) {
    it(`${kind ?? 'does not match'}: ${JSON.stringify(a)} / ${JSON.stringify(b)}`, () => {
      const r = matchQuotes([quote(a)], [quote(b)], sameId);
      assert.strictEqual(r.matches[0]?.kind ?? null, kind);
      assert.strictEqual(r.unmatchedA.length + r.matches.length, 1);
      assert.strictEqual(r.unmatchedB.length + r.matches.length, 1);
    });
  }

  it('scores similarity as the share of words in common', () => {
    const r = matchQuotes([quote('BIG PROGRESS ON RUSSIA')], [quote('BIG PROGRESS ON RUSSIA. STAY TUNED!')], sameId);
    assert.strictEqual(r.matches[0].similarity, 0.667);
    assert.strictEqual(matchQuotes([quote('We will win.')], [quote('we will win')], sameId).matches[0].similarity, 1);
  });

  it('flags different speakers only when both quotes have one', () => {
    const a = [quote('We will never give up our land', 'kyiv-leader'), quote('The talks are going very well indeed', null)];
    const b = [quote('We will never give up our land', 'someone-else', 10), quote('The talks are going very well indeed', 'x', 50)];
    const r = matchQuotes(a, b, sameId);
    assert.deepStrictEqual(r.matches.map(m => m.speakerMismatch), [true, false]);
  });

  it('pairs each quote once, best pairs first, in A\u2019s order', () => {
    const a = [quote('security guarantees for Ukraine must be robust', null, 0), quote('security guarantees for Ukraine', null, 100)];
    const b = [quote('security guarantees for Ukraine', null, 0), quote('security guarantees for Ukraine must be robust and real', null, 100)];
    const r = matchQuotes(a, b, sameId);
    assert.deepStrictEqual(r.matches.map(m => [m.a.start, m.b.start, m.kind]), [[0, 100, 'reworded'], [100, 0, 'identical']]);
  });

  it('pairs repeated identical quotes one to one', () => {
    const a = [quote('Stay tuned', null, 0), quote('Stay tuned', null, 10), quote('Stay tuned', null, 20)];
    const b = [quote('stay tuned!', null, 0), quote('Stay tuned.', null, 30)];
    const r = matchQuotes(a, b, sameId);
    assert.strictEqual(r.matches.length, 2);
    assert.strictEqual(r.unmatchedA.length, 1);
  });

  it('compares two articles with thousands of quotes quickly', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const make = (n: number): Quote[] => Array.from({ length: n }, (_, i) => quote(Array.from({ length: 5 + Math.floor(rnd() * 40) }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]).join(' '), null, i * 400));
    const a = make(3000);
    const b = [...make(2900), ...a.slice(0, 100).map(q => quote(q.text.toUpperCase() + ' and more words', null, q.start))];
    const t0 = Date.now();
    const r = matchQuotes(a, b, sameId);
    assert.ok(r.matches.length >= 100);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
});

describe('diffWords', () => {
  const rows: readonly (readonly [string, string])[] = [
    ['BIG PROGRESS ON RUSSIA', 'BIG PROGRESS ON RUSSIA. STAY TUNED!'],
    ['We were able to win the following concession, that the United States could', 'We were able to win the following concession: that the United States could offer more'],
    ['the first time we had heard', 'the first time we have ever heard'],
    ['', 'all new'],
    ['all gone', ''],
    ['  spaced   out  ', 'spaced out'],
  ];
  for (const [a, b] of rows) {
    it(`rebuilds both sides of ${JSON.stringify(a)} / ${JSON.stringify(b)}`, () => {
      const tokens = diffWords(a, b);
      assert.strictEqual(tokens.filter(t => t.kind !== 'added').map(t => t.text).join(''), a);
      assert.strictEqual(tokens.filter(t => t.kind !== 'removed').map(t => (t.kind === 'same' ? t.textB ?? t.text : t.text)).join(''), b);
    });
  }

  it('marks the words only one side has', () => {
    const tokens = diffWords('the first time we had heard', 'the first time we have ever heard');
    assert.deepStrictEqual(tokens.filter(t => t.kind !== 'same').map(t => [t.kind, t.text.trim()]), [['added', 'have ever'], ['removed', 'had']]);
  });

  it('treats punctuation and case as the same word', () => {
    assert.deepStrictEqual(diffWords('Concession, that', 'concession: that').map(t => t.kind), ['same']);
  });

  it('stays bounded on very long, very different texts', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const t0 = Date.now();
    const tokens = diffWords(a, b);
    assert.ok(Date.now() - t0 < 2000);
    assert.strictEqual(tokens.filter(t => t.kind !== 'added').map(t => t.text).join(''), a);
  });
});
