import * as assert from 'assert';
import type { CrossReference, DocumentAnalysis, Entity, Mention, QuoteMatch } from '../../src/core/model';
import { adjacentMention, allMentions, comparisonAt, entityAt, firstFullMention, mentionAt, mentionsIn, mentionsOf, quoteAt, quoteMatchAt, quotesBy } from '../../src/core/query';
import { buildAnalysis } from './support/analysisBuilder';

const TEXT =
  'Prime Minister Jane Doe met Acme Corp on Monday. "We will not back down," Ms Doe said. ' +
  'Acme Corp declined to comment. Doe later left. "It was fine," an aide said. Jane Doe flew home.';

const analysis = buildAnalysis(
  TEXT,
  [
    { id: 'jane-doe', name: 'Jane Doe', forms: ['Jane Doe', 'Ms Doe', 'Doe'], roles: ['Prime Minister'], aliases: ['Doe', 'Ms Doe'] },
    { id: 'acme-corp', kind: 'org', name: 'Acme Corp', forms: ['Acme Corp'] },
  ],
  [
    { text: 'We will not back down,', speakerId: 'jane-doe' },
    { text: 'It was fine,', speakerId: null },
  ],
);

const at = (needle: string, delta = 0, nth = 0): number => {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = TEXT.indexOf(needle, i + 1);
  }
  assert.ok(i >= 0, needle);
  return i + delta;
};

describe('query', () => {
  describe('mentionAt / entityAt', () => {
    const cases: [string, number, string | undefined][] = [
      ['first letter of a name', at('Jane Doe'), 'Jane Doe'],
      ['inside a name', at('Jane Doe', 6), 'Jane Doe'],
      ['the end offset is outside', at('Jane Doe', 8), undefined],
      ['an organisation', at('Acme Corp', 3), 'Acme Corp'],
      ['plain words', at('Monday'), undefined],
      ['a title before a name is not the name', at('Prime'), undefined],
      ['offset 0 of the text', 0, undefined],
      ['past the end of the text', TEXT.length + 10, undefined],
      ['negative offset', -5, undefined],
    ];
    for (const [what, offset, expected] of cases) {
      it(`finds ${expected ?? 'nothing'} at ${what}`, () => {
        assert.strictEqual(mentionAt(analysis, offset)?.text, expected);
      });
    }

    it('counts a cursor just after a name as on it only when asked', () => {
      const end = at('Ms Doe', 6);
      assert.strictEqual(mentionAt(analysis, end), undefined);
      assert.strictEqual(mentionAt(analysis, end, true)?.text, 'Ms Doe');
    });

    it('prefers the mention containing the offset to the one ending there', () => {
      const tight = buildAnalysis('AB', [{ id: 'a', name: 'A', forms: ['A'] }, { id: 'b', name: 'B', forms: ['B'] }]);
      assert.strictEqual(mentionAt(tight, 1, true)?.entityId, 'b');
    });

    it('resolves the entity of a short form', () => {
      const hit = entityAt(analysis, at('Ms Doe', 4));
      assert.strictEqual(hit?.entity.id, 'jane-doe');
      assert.strictEqual(hit?.mention.text, 'Ms Doe');
    });

    it('answers "is the cursor on a name" as a scan of every mention would, from the index alone', () => {
      // The editor's onEntity context key asks this on every cursor move: it must not walk the mentions.
      let entityReads = 0;
      const counted: DocumentAnalysis = {
        ...analysis,
        get entities() {
          entityReads++;
          return analysis.entities;
        },
      };
      mentionAt(counted, 0, true);
      const readsToIndex = entityReads;
      for (let offset = -1; offset <= TEXT.length + 1; offset++) {
        const scanned = analysis.entities.some(e => e.mentions.some(m => m.start <= offset && offset <= m.end));
        assert.strictEqual(mentionAt(counted, offset, true) !== undefined, scanned, `offset ${offset}`);
      }
      assert.strictEqual(entityReads, readsToIndex, 'lookups after the first read only the index');
    });

    it('handles an empty analysis', () => {
      const empty: DocumentAnalysis = { textLength: 0, entities: [], quotes: [] };
      assert.strictEqual(mentionAt(empty, 0, true), undefined);
      assert.strictEqual(quoteAt(empty, 0), undefined);
      assert.strictEqual(adjacentMention(empty, 0, 1), undefined);
    });
  });

  describe('quoteAt', () => {
    const cases: [string, number, string | undefined][] = [
      ['inside the words', at('not back'), 'We will not back down,'],
      ['on the opening mark', at('"We'), 'We will not back down,'],
      ['on the closing mark', at('," Ms', 1), 'We will not back down,'],
      ['outside any quote', at('Monday'), undefined],
      ['an unattributed quote', at('was fine'), 'It was fine,'],
    ];
    for (const [what, offset, expected] of cases) {
      it(`finds ${expected === undefined ? 'nothing' : JSON.stringify(expected)} ${what}`, () => {
        assert.strictEqual(quoteAt(analysis, offset)?.text, expected);
      });
    }
  });

  describe('mentions and quotes of an entity', () => {
    it('lists every mention in document order', () => {
      assert.deepStrictEqual(mentionsOf(analysis, 'jane-doe').map(m => m.text), ['Jane Doe', 'Ms Doe', 'Doe', 'Jane Doe']);
      assert.deepStrictEqual(mentionsOf(analysis, 'nobody'), []);
    });

    it('lists the quotes a speaker is credited with', () => {
      assert.deepStrictEqual(quotesBy(analysis, 'jane-doe').map(q => q.text), ['We will not back down,']);
      assert.deepStrictEqual(quotesBy(analysis, 'acme-corp'), []);
    });

    it('lists the mentions inside a span', () => {
      const from = at('Ms Doe');
      assert.deepStrictEqual(mentionsIn(analysis, { start: from, end: at('Doe later') + 3 }).map(m => m.text), ['Ms Doe', 'Acme Corp', 'Doe']);
      assert.deepStrictEqual(mentionsIn(analysis, { start: from + 1, end: at('Doe later') + 2 }).map(m => m.text), ['Acme Corp']);
      assert.deepStrictEqual(mentionsIn(analysis, { start: 0, end: 0 }), []);
    });

    it('sorts all mentions by position', () => {
      const starts = allMentions(analysis).map(m => m.start);
      assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
      assert.strictEqual(starts.length, 6);
    });
  });

  describe('adjacentMention', () => {
    const starts = mentionsOf(analysis, 'jane-doe').map(m => m.start);
    const cases: [string, number, 1 | -1, number | undefined][] = [
      ['next from the first', starts[0] + 1, 1, starts[1]],
      ['next from the last wraps to the first', starts[3], 1, starts[0]],
      ['previous from the second', starts[1] + 2, -1, starts[0]],
      ['previous from the first wraps to the last', starts[0], -1, starts[3]],
      ['cursor right after a mention counts as on it', starts[1] + 'Ms Doe'.length, 1, starts[2]],
      ['nothing from plain text', at('Monday'), 1, undefined],
    ];
    for (const [what, offset, dir, expected] of cases) {
      it(what, () => {
        assert.strictEqual(adjacentMention(analysis, offset, dir)?.start, expected);
      });
    }

    it('returns nothing for an entity mentioned once', () => {
      const once = buildAnalysis('Only Solo here.', [{ id: 's', name: 'Solo', forms: ['Solo'] }]);
      assert.strictEqual(adjacentMention(once, 6, 1), undefined);
    });
  });

  describe('firstFullMention', () => {
    const entity = (name: string, texts: string[]): Entity => ({
      id: 'x', kind: 'person', name, aliases: [], roles: [],
      mentions: texts.map((text, i): Mention => ({ start: i * 100, end: i * 100 + text.length, text, entityId: 'x' })),
    });
    const cases: [string, Entity, number | undefined][] = [
      ['the canonical name even when a short form comes first', entity('Jane Doe', ['Doe', 'Jane Doe', 'Jane Doe']), 100],
      ['ignoring case, spacing and apostrophe style', entity('Dara O\u2019Neill', ['O\'Neill', 'dara  o\'neill']), 100],
      ['the longest form when the canonical name never appears', entity('Jane Q. Doe', ['Doe', 'Jane Doe', 'Ms Doe']), 100],
      ['nothing for an entity without mentions', entity('Nobody', []), undefined],
    ];
    for (const [what, e, expected] of cases) {
      it(`finds ${what}`, () => {
        assert.strictEqual(firstFullMention(e)?.start, expected);
      });
    }
  });

  describe('cross-reference lookups', () => {
    const other = buildAnalysis('Doe spoke. "We will not back down," said Doe.', [{ id: 'jane-doe', name: 'Jane Doe', forms: ['Doe'] }], [
      { text: 'We will not back down,', speakerId: 'jane-doe' },
    ]);
    const match: QuoteMatch = { a: analysis.quotes[0], b: other.quotes[0], kind: 'identical', similarity: 1, speakerMismatch: false };
    const xref: CrossReference = {
      a: analysis, b: other, quoteMatches: [match], unmatchedQuotes: { a: [analysis.quotes[1]], b: [] },
      entities: [
        { id: 'jane-doe', kind: 'person', name: 'Jane Doe', presence: 'both' },
        { id: 'acme-corp', kind: 'org', name: 'Acme Corp', presence: 'onlyA' },
      ],
    };

    it('finds the comparison of the entity at a position on either side', () => {
      assert.strictEqual(comparisonAt(xref, 'a', at('Acme'))?.presence, 'onlyA');
      assert.strictEqual(comparisonAt(xref, 'b', 1)?.presence, 'both');
      assert.strictEqual(comparisonAt(xref, 'a', at('Monday')), undefined);
    });

    it('finds the match of the quote at a position on either side', () => {
      assert.strictEqual(quoteMatchAt(xref, 'a', at('back down'))?.match, match);
      assert.strictEqual(quoteMatchAt(xref, 'b', other.quotes[0].start + 3)?.match, match);
      const unmatched = quoteMatchAt(xref, 'a', at('was fine'));
      assert.strictEqual(unmatched?.quote.text, 'It was fine,');
      assert.strictEqual(unmatched?.match, undefined);
    });
  });

  describe('speed on a 1 MB article', function () {
    this.timeout(20000);
    // ~1 MB of text with ~40,000 mentions of 200 entities and 4,000 quotes.
    const entities: Entity[] = [];
    const mentionsBy = new Map<string, Mention[]>();
    const quotes = [];
    const chunk = 25;
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      const id = `e${i % 200}`;
      const start = i * chunk;
      const list = mentionsBy.get(id) ?? [];
      list.push({ start, end: start + 8, text: 'Somebody', entityId: id });
      mentionsBy.set(id, list);
      if (i % 10 === 0) {
        quotes.push({ start: start + 10, end: start + 20, text: 'quoted wor', speakerId: id });
      }
    }
    for (const [id, mentions] of mentionsBy) {
      entities.push({ id, kind: 'person', name: 'Somebody', aliases: [], roles: [], mentions });
    }
    const big: DocumentAnalysis = { textLength: n * chunk, entities, quotes };

    it('answers hover and reference lookups in well under 1 ms each from the cached index', () => {
      mentionAt(big, 0);
      const times: number[] = [];
      for (let k = 0; k < 200; k++) {
        const offset = Math.floor((k * 7919 * chunk) % big.textLength) + 3;
        const t0 = performance.now();
        const hit = entityAt(big, offset);
        quoteAt(big, offset + 12);
        mentionsOf(big, hit?.entity.id ?? 'e0');
        adjacentMention(big, offset, 1);
        adjacentMention(big, offset, -1);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const median = times[times.length >> 1];
      assert.ok(median < 1, `median lookup ${median.toFixed(3)} ms`);
    });
  });
});
