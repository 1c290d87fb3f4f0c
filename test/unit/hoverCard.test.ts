import * as assert from 'assert';
import { CARD_COMMANDS, renderEntityCard, renderQuoteCard, sentenceAround, type CardContext } from '../../src/core/hoverCard';
import { commandLink, escapeMarkdown, plainText, safeText, truncate } from '../../src/core/markdown';
import type { CrossReference, DocumentAnalysis, EntitySide, QuoteMatch } from '../../src/core/model';
import { entityAt, quoteAt } from '../../src/core/query';
import { buildAnalysis, textSource } from './support/analysisBuilder';

/** Article text an attacker could write, each trying to become markup, a link, code or a command. */
const HOSTILE: readonly string[] = [
  '[click me](command:workbench.action.terminal.new)',
  '[x](command:newsLens.findAllMentions?%5B%7B%7D%5D)',
  '<command:workbench.action.reloadWindow>',
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">hi</a>',
  '`code` and ```fence```',
  '**bold** __bold__ *em* _em_ ~~strike~~',
  '![image](https://evil.example/pixel.png)',
  'https://evil.example/path and www.evil.example and mail@evil.example',
  '&lt;b&gt; &amp; &#x3C;',
  '# Heading\n- list\n1. list\n> quote\n| a | b |\n|---|---|',
  'Name\n\n[x](command:evil)\n\n',
  '\\[escaped\\](command:evil)',
  '$(alert) $(zap)',
  'left\u202Eright\u200Bzero\u0000nul',
  '[ref]: command:evil\n[ref]',
  '<!-- comment --> <?php ?> <![CDATA[x]]>',
];

/** Occurrences of `ch` not escaped by a backslash (an odd run of backslashes before it). */
function unescaped(markdown: string, ch: string): number {
  let count = 0;
  for (let i = markdown.indexOf(ch); i >= 0; i = markdown.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && markdown[j] === '\\'; j--) {
      slashes++;
    }
    if (slashes % 2 === 0) {
      count++;
    }
  }
  return count;
}

/** The card with our own command links removed: what is left must hold no live markup from the text. */
function withoutOwnLinks(card: string): string {
  return card.replace(/\[[^\]]*\]\(command:newsLens\.(?:findAllMentions|revealInPanel)\?[^)\s]*(?: "[^"]*")?\)/g, '');
}

function assertInert(card: string): void {
  const rest = withoutOwnLinks(card);
  for (const ch of ['[', ']', '<', '>', '`', '&', '!', '$', '~', '_', '#', '|']) {
    const allowed = ch === '>' ? (rest.match(/^>/gm) ?? []).length : 0;
    assert.strictEqual(unescaped(rest, ch), allowed, `unescaped ${ch} in:\n${rest}`);
  }
  assert.ok(!/command:/.test(rest.replace(/command\\:/g, '')), `a bare command: in:\n${rest}`);
  assert.ok(!/https?:\/\/|www\.|[^\\]@/.test(rest), `an autolink in:\n${rest}`);
  // eslint-disable-next-line no-control-regex -- checking that NUL was removed
  assert.ok(!/[\u202e\u200b\u0000]/.test(card), 'invisible characters kept');
  const links = card.match(/\]\(command:[^)]*\)/g) ?? [];
  for (const link of links) {
    assert.ok(CARD_COMMANDS.some(c => link.startsWith(`](command:${c}?`)), `unexpected link ${link}`);
  }
}

/** A one-article context and a cross-reference in which `other` is the compared article. */
function contextFor(text: string, analysis: DocumentAnalysis, offset: number, compared?: { xref: CrossReference; label: string }): CardContext {
  return { analysis, text: textSource(text), uri: 'file:///a.txt', offset, compared: compared && { ...compared, side: 'a' } };
}

describe('markdown escaping', () => {
  const cases: [string, string][] = [
    ['plain words', 'plain words'],
    ['a*b_c', 'a\\*b\\_c'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['<b>', '\\<b\\>'],
    ['back\\slash', 'back\\\\slash'],
    ['line\n\nbreaks\r\n here', 'line breaks here'],
    ['Koravsky\u2019s', 'Koravsky\u2019s'],
    ['\u00e9migr\u00e9 \ud83d\ude00', '\u00e9migr\u00e9 \ud83d\ude00'],
  ];
  for (const [input, expected] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => {
      assert.strictEqual(escapeMarkdown(input), expected);
    });
  }

  it('drops bidi overrides, zero-width and control characters', () => {
    assert.strictEqual(plainText('a\u202Eb\u200Bc\u0007d\u2066e'), 'abcde');
  });

  it('truncates without splitting a surrogate pair', () => {
    const t = truncate('ab\ud83d\ude00cd', 4);
    assert.ok(!/[\ud800-\udbff]$/.test(t.slice(0, -1)), t);
    assert.ok(t.endsWith('\u2026'));
    assert.strictEqual(truncate('short', 10), 'short');
  });

  for (const hostile of HOSTILE) {
    it(`makes ${JSON.stringify(hostile).slice(0, 50)} inert`, () => {
      assertInert(safeText(hostile, 1000));
    });
  }

  it('builds command links whose arguments cannot close the link early', () => {
    const link = commandLink('Go', 'newsLens.findAllMentions', { uri: 'file:///a (1).txt', offset: 3 });
    assert.match(link, /^\[Go\]\(command:newsLens\.findAllMentions\?[^()\s]+\)$/);
    const query = link.slice(link.indexOf('?') + 1, -1);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(query)), [{ uri: 'file:///a (1).txt', offset: 3 }]);
  });
});

describe('sentenceAround', () => {
  const text = 'First sentence here. The envoy, Jane Doe, arrived. "Quoted." Last line\nNext paragraph.';
  const cases: [string, string][] = [
    ['envoy', 'The envoy, Jane Doe, arrived.'],
    ['First', 'First sentence here.'],
    ['Last', 'Last line'],
    ['Next', 'Next paragraph.'],
  ];
  for (const [word, expected] of cases) {
    it(`finds the sentence of "${word}"`, () => {
      const start = text.indexOf(word);
      assert.strictEqual(sentenceAround(textSource(text), { start, end: start + word.length }), expected);
    });
  }

  // Old Mac files break lines with a lone CR; Word and web exports use U+2028/U+2029. None may run lines together.
  for (const [name, br] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r'], ['U+2028', '\u2028'], ['U+2029', '\u2029']]) {
    it(`ends a sentence at a ${name} line break, before and after the span`, () => {
      const lines = `Headline without a stop${br}The envoy, Jane Doe, arrived${br}Byline here${br}${br}Next paragraph.`;
      const start = lines.indexOf('envoy');
      assert.strictEqual(sentenceAround(textSource(lines), { start, end: start + 5 }), 'The envoy, Jane Doe, arrived');
      const next = lines.indexOf('Next');
      assert.strictEqual(sentenceAround(textSource(lines), { start: next, end: next + 4 }), 'Next paragraph.');
      const first = lines.indexOf('Headline');
      assert.strictEqual(sentenceAround(textSource(lines), { start: first, end: first + 8 }), 'Headline without a stop');
    });
  }

  it('reads only a bounded window of a long text', () => {
    const long = 'x'.repeat(100_000) + ' the role ' + 'y'.repeat(100_000);
    const start = long.indexOf('the role');
    assert.ok(sentenceAround(textSource(long), { start, end: start + 8 }).length < 1000);
  });
});

describe('hover cards', () => {
  const TEXT = 'Acme Corp chief executive Jane Doe spoke on Monday. "Prices will fall," Ms Doe said. "No comment," a spokesman said.';
  const analysis = buildAnalysis(
    TEXT,
    [
      { id: 'jane-doe', name: 'Jane Doe', forms: ['Jane Doe', 'Ms Doe'], roles: ['chief executive'], aliases: ['Ms Doe'] },
      { id: 'acme-corp', kind: 'org', name: 'Acme Corp', forms: ['Acme Corp'] },
    ],
    [{ text: 'Prices will fall,', speakerId: 'jane-doe' }, { text: 'No comment,', speakerId: null }],
  );
  const OTHER = 'Doe, the boss, said "prices are going to fall". Rival Bob Roe said "No comment".';
  const other = buildAnalysis(OTHER, [
    { id: 'jane-doe', name: 'Doe', forms: ['Doe'], roles: ['the boss'] },
    { id: 'bob-roe', name: 'Bob Roe', forms: ['Bob Roe'] },
  ], [{ text: 'prices are going to fall', speakerId: 'jane-doe' }, { text: 'No comment', speakerId: 'bob-roe' }]);
  const side = (d: DocumentAnalysis, id: string, names: string[], roles: string[]): EntitySide => {
    const entity = d.entities.find(e => e.id === id)!;
    return { entity, mentionCount: entity.mentions.length, names, roles, quotes: d.quotes.filter(q => q.speakerId === id) };
  };
  const reworded: QuoteMatch = { a: analysis.quotes[0], b: other.quotes[0], kind: 'reworded', similarity: 0.5, speakerMismatch: false };
  const misattributed: QuoteMatch = { a: analysis.quotes[1], b: other.quotes[1], kind: 'identical', similarity: 1, speakerMismatch: false };
  const xref: CrossReference = {
    a: analysis, b: other, quoteMatches: [reworded, misattributed], unmatchedQuotes: { a: [], b: [] },
    entities: [
      { id: 'jane-doe', kind: 'person', name: 'Jane Doe', presence: 'both', a: side(analysis, 'jane-doe', ['Jane Doe', 'Ms Doe'], ['chief executive']), b: side(other, 'jane-doe', ['Doe'], ['the boss']) },
      { id: 'acme-corp', kind: 'org', name: 'Acme Corp', presence: 'onlyA', a: side(analysis, 'acme-corp', ['Acme Corp'], []) },
    ],
  };
  const compared = { xref, label: 'other-outlet.txt' };
  const doeAt = TEXT.indexOf('Ms Doe') + 1;

  it('shows a person: name, kind, count, role with its sentence, other names, quotes, links', () => {
    const hit = entityAt(analysis, doeAt)!;
    const card = renderEntityCard(hit.entity, contextFor(TEXT, analysis, doeAt));
    assert.match(card, /^\*\*Jane Doe\*\* · person · 2 mentions in this article/);
    assert.match(card, /\*chief executive\* — Acme Corp chief executive Jane Doe spoke on Monday\\\./);
    assert.match(card, /Also called: Ms Doe/);
    assert.match(card, /1 quote:\n\n> “Prices will fall\\,”/);
    assert.match(card, /\[Find all mentions\]\(command:newsLens\.findAllMentions\?/);
    assert.match(card, /\[Reveal in cross\\-reference\]\(command:newsLens\.revealInPanel\?/);
    assert.ok(!card.includes('**In '), 'no comparison without a pair');
    assertInert(card);
  });

  it('passes the hovered position and entity to the links', () => {
    const hit = entityAt(analysis, doeAt)!;
    const card = renderEntityCard(hit.entity, contextFor(TEXT, analysis, doeAt));
    const query = /findAllMentions\?([^ )]+)/.exec(card)![1];
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(query)), [{ uri: 'file:///a.txt', offset: doeAt, entityId: 'jane-doe' }]);
  });

  it('passes the cross-reference id to the panel link', () => {
    // The cross-reference carries its own copy of the analysis, with the unified ids.
    const unifiedA = buildAnalysis(TEXT, [{ id: 'unified-doe', name: 'Jane Doe', forms: ['Jane Doe', 'Ms Doe'] }]);
    const unified: CrossReference = { ...xref, a: unifiedA, entities: xref.entities.map(e => (e.id === 'jane-doe' ? { ...e, id: 'unified-doe' } : e)) };
    const card = renderEntityCard(entityAt(analysis, doeAt)!.entity, contextFor(TEXT, analysis, doeAt, { xref: unified, label: 'b.txt' }));
    const query = /revealInPanel\?([^ )]+)/.exec(card)![1];
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(query)), [{ uri: 'file:///a.txt', offset: doeAt, id: 'unified-doe' }]);
  });

  it('shows how the compared article presents the person', () => {
    const hit = entityAt(analysis, doeAt)!;
    const card = renderEntityCard(hit.entity, contextFor(TEXT, analysis, doeAt, compared));
    assert.match(card, /\*\*In other\\-outlet\\\.txt:\*\* present, 1 mention · named Doe · roles: the boss · 1 quote\./);
  });

  it('says the comparison is pending while the other article is analysed', () => {
    const ctx: CardContext = { ...contextFor(TEXT, analysis, doeAt), compared: { label: 'other.txt', side: 'a' } };
    assert.match(renderEntityCard(entityAt(analysis, doeAt)!.entity, ctx), /\*\*In other\\\.txt:\*\* still being analysed/);
    const at = TEXT.indexOf('No comment');
    assert.match(renderQuoteCard(quoteAt(analysis, at)!, { ...ctx, offset: at }), /still being analysed/);
  });

  it('says when the compared article does not mention the entity', () => {
    const at = TEXT.indexOf('Acme');
    const card = renderEntityCard(entityAt(analysis, at)!.entity, contextFor(TEXT, analysis, at, compared));
    assert.match(card, /^\*\*Acme Corp\*\* · organisation · 1 mention/);
    assert.match(card, /\*\*In other\\-outlet\\\.txt:\*\* not mentioned\./);
    assert.ok(!card.includes('No role found'), 'organisations are not expected to have roles');
  });

  it('shows a quote with its speaker and a reworded version in the other article', () => {
    const at = TEXT.indexOf('will fall');
    const card = renderQuoteCard(quoteAt(analysis, at)!, contextFor(TEXT, analysis, at, compared));
    assert.match(card, /^\*\*Quote\*\* · said by \*\*Jane Doe\*\*/);
    assert.match(card, /reworded \(50% of words in common\), said by Doe\./);
    assert.match(card, /> “prices are going to fall”/);
    assertInert(card);
  });

  it('shows an unattributed quote credited to someone in the other article', () => {
    const at = TEXT.indexOf('No comment');
    const card = renderQuoteCard(quoteAt(analysis, at)!, contextFor(TEXT, analysis, at, compared));
    assert.match(card, /^\*\*Quote\*\* · \*unattributed\*/);
    assert.match(card, /the same quote, said by Bob Roe\./);
    assert.ok(!card.includes('Find all mentions'), 'no speaker, so nothing to find');
  });

  it('flags a quote credited to someone else', () => {
    const flipped: CrossReference = { ...xref, quoteMatches: [{ ...reworded, kind: 'identical', similarity: 1, speakerMismatch: true, b: other.quotes[1] }] };
    const at = TEXT.indexOf('will fall');
    const card = renderQuoteCard(quoteAt(analysis, at)!, contextFor(TEXT, analysis, at, { xref: flipped, label: 'b.txt' }));
    assert.match(card, /the same quote, \*\*credited differently\*\*: to Bob Roe\./);
  });

  it('says when the other article credits the organisation named in the speaker\'s role: the same source', () => {
    const firm = 'Acme Corp said "Prices will fall".';
    const firmAnalysis = buildAnalysis(firm, [{ id: 'acme-corp', kind: 'org', name: 'Acme Corp', forms: ['Acme Corp'] }], [{ text: 'Prices will fall', speakerId: 'acme-corp' }]);
    const sameSource: CrossReference = { ...xref, b: firmAnalysis, quoteMatches: [{ ...reworded, b: firmAnalysis.quotes[0], sameSource: true }] };
    const at = TEXT.indexOf('will fall');
    const card = renderQuoteCard(quoteAt(analysis, at)!, contextFor(TEXT, analysis, at, { xref: sameSource, label: 'b.txt' }));
    assert.match(card, /said by Acme Corp: the same source \(a person and the organisation named in their role\)/);
    assert.ok(!card.includes('credited differently'));
  });

  describe('credits a reader can check', () => {
    const CUES = 'Rana Okafor, a senior analyst, spoke first. "Rates will hold," she said. "We expect no cut," Ms Okafor told reporters.';
    const cued = buildAnalysis(CUES, [{ id: 'rana-okafor', name: 'Rana Okafor', forms: ['Rana Okafor', 'Ms Okafor'] }], [
      { text: 'Rates will hold,', speakerId: 'rana-okafor', attribution: 'she said', basis: 'pronoun' },
      { text: 'We expect no cut,', speakerId: 'rana-okafor', attribution: 'Ms Okafor told reporters', basis: 'cue' },
    ]);
    const cardAt = (words: string): string => {
      const at = CUES.indexOf(words);
      return renderQuoteCard(quoteAt(cued, at)!, contextFor(CUES, cued, at));
    };

    it('shows the words that credit the quotation, as written', () => {
      assert.match(cardAt('no cut'), /Credited by: “Ms Okafor told reporters”/);
      assert.ok(!cardAt('no cut').includes('Check this credit'), 'a cue naming the speaker is not weak');
    });

    it('marks a credit that rests on a pronoun as one to check', () => {
      const card = cardAt('will hold');
      assert.match(card, /Credited by: “she said”/);
      assert.match(card, /⚠ \*\*Check this credit:\*\* a pronoun/);
      assertInert(card);
    });
  });

  it('says when the quote is not in the other article', () => {
    const lonely: CrossReference = { ...xref, quoteMatches: [] };
    const at = TEXT.indexOf('No comment');
    const card = renderQuoteCard(quoteAt(analysis, at)!, contextFor(TEXT, analysis, at, { xref: lonely, label: 'b.txt' }));
    assert.match(card, /\*\*In b\\\.txt:\*\* not found\./);
  });

  describe('with hostile article text everywhere', () => {
    for (const hostile of HOSTILE) {
      it(`keeps ${JSON.stringify(hostile).slice(0, 40)} inert`, () => {
        const text = `${hostile} Jane Doe, ${hostile}, said "${hostile}". Then Jane Doe left.`;
        const a = buildAnalysis(text, [
          { id: 'jane-doe', name: `Jane Doe ${hostile}`, forms: ['Jane Doe'], roles: [hostile], aliases: [hostile, `Doe ${hostile}`] },
        ], [{ text: hostile, speakerId: 'jane-doe', nth: 2 }]);
        const o = buildAnalysis(`${hostile} Jane Doe`, [{ id: 'jane-doe', name: hostile, forms: ['Jane Doe'] }], [{ text: hostile, speakerId: 'jane-doe' }]);
        const cmpSide = (d: DocumentAnalysis): EntitySide => ({ entity: d.entities[0], mentionCount: 1, names: [hostile, hostile], roles: [hostile], quotes: d.quotes });
        const x: CrossReference = {
          a, b: o, unmatchedQuotes: { a: [], b: [] },
          quoteMatches: [{ a: a.quotes[0], b: o.quotes[0], kind: 'reworded', similarity: 0.4, speakerMismatch: true }],
          entities: [{ id: 'jane-doe', kind: 'person', name: hostile, presence: 'both', a: cmpSide(a), b: cmpSide(o) }],
        };
        const ctx = (offset: number): CardContext => ({
          analysis: a, text: textSource(text), uri: `file:///${hostile}`, offset, compared: { xref: x, side: 'a', label: hostile },
        });
        const nameAt = text.indexOf('Jane Doe') + 2;
        assertInert(renderEntityCard(entityAt(a, nameAt)!.entity, ctx(nameAt)));
        const quote = a.quotes[0];
        assertInert(renderQuoteCard(quote, ctx(quote.start + 1)));
      });
    }
  });
});

describe('hover card speed on a 1 MB article', () => {
  it('renders a card in well under 1 ms from the cached analysis', () => {
    const sentence = 'The minister, Jane Doe, said "we will act" on Monday. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const analysis = buildAnalysis(text.slice(0, 200_000), [{ id: 'jane-doe', name: 'Jane Doe', forms: ['Jane Doe'], roles: ['minister'] }], [{ text: 'we will act', speakerId: 'jane-doe' }]);
    // Scale the hand-made analysis to the whole text: one mention and one quote per sentence.
    const mentions = [];
    const quotes = [];
    for (let at = text.indexOf('Jane Doe'); at >= 0; at = text.indexOf('Jane Doe', at + 1)) {
      mentions.push({ start: at, end: at + 8, text: 'Jane Doe', entityId: 'jane-doe' });
      const q = text.indexOf('we will act', at);
      quotes.push({ start: q, end: q + 11, text: 'we will act', speakerId: 'jane-doe' });
    }
    const big: DocumentAnalysis = { textLength: text.length, entities: [{ ...analysis.entities[0], mentions }], quotes };
    const ctx = (offset: number): CardContext => ({ analysis: big, text: textSource(text), uri: 'file:///big.txt', offset });
    renderEntityCard(big.entities[0], ctx(mentions[0].start));
    const times: number[] = [];
    for (let k = 0; k < 100; k++) {
      const m = mentions[(k * 7919) % mentions.length];
      const t0 = performance.now();
      const hit = entityAt(big, m.start + 2)!;
      renderEntityCard(hit.entity, ctx(m.start + 2));
      renderQuoteCard(quoteAt(big, m.start + 20) ?? big.quotes[0], ctx(m.start + 20));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    assert.ok(mentions.length > 15_000, `${mentions.length} mentions`);
    assert.ok(times[times.length >> 1] < 1, `median ${times[times.length >> 1].toFixed(3)} ms`);
  });
});
