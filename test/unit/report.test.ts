import * as assert from 'assert';
import type { CrossReference, DocumentAnalysis, Entity, EntityComparison, EntityKind, Quote } from '../../src/core/model';
import { EXPORT_SCHEMA, toExport, type CrossReferenceExport } from '../../src/core/exportShape';
import { csvField, escapeMarkdown, isNewsLensReport, renderCrossReference, CSV_COLUMNS } from '../../src/core/report';

// ---- builders -------------------------------------------------------------------------------------

function entity(id: string, kind: EntityKind, name: string, aliases: string[] = [], roles: string[] = [], mentions = 1): Entity {
  return {
    id,
    kind,
    name,
    aliases,
    roles: roles.map((text, i) => ({ text, start: 100 + i, end: 100 + i + text.length })),
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name, entityId: id })),
  };
}

function quote(text: string, start: number, speakerId: string | null): Quote {
  return { text, start, end: start + text.length, speakerId };
}

function doc(entities: Entity[], quotes: Quote[]): DocumentAnalysis {
  return { textLength: 1000, entities, quotes };
}

function side(d: DocumentAnalysis, e: Entity) {
  return { entity: e, mentionCount: e.mentions.length, names: [e.name, ...e.aliases], roles: e.roles.map(r => r.text), quotes: d.quotes.filter(q => q.speakerId === e.id) };
}

/** A small cross-reference built by hand, with hostile text in every field article text can reach. */
function hostileXref(): CrossReference {
  const evil = 'Evil](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** `code` | pipe';
  const shared = entity('jane-doe', 'person', 'Jane Doe', ['Ms Doe'], ['=HYPERLINK("http://x.example","click")'], 3);
  const sharedB = entity('jane-doe', 'person', 'Jane Doe', ['Doe'], ['prime minister'], 2);
  const onlyA = entity('evil', 'org', evil, ['[link](http://attacker.example)'], ['+cmd|calc'], 1);
  const onlyB = entity('acme', 'org', '@Acme, "Inc"\r\nline two', [], ['-2+3'], 4);
  const qa1 = quote('We will <script>alert(1)</script> win', 200, 'jane-doe');
  const qb1 = quote('We will win', 300, 'jane-doe');
  const qa2 = quote('visit www.evil.example or mail a@b.example', 400, null);
  const qb2 = quote('=1+1', 500, 'acme');
  const a = doc([shared, onlyA], [qa1, qa2]);
  const b = doc([sharedB, onlyB], [qb1, qb2]);
  const entities: EntityComparison[] = [
    { id: 'jane-doe', kind: 'person', name: 'Jane Doe', presence: 'both', a: side(a, shared), b: side(b, sharedB) },
    { id: 'evil', kind: 'org', name: evil, presence: 'onlyA', a: side(a, onlyA) },
    { id: 'acme', kind: 'org', name: onlyB.name, presence: 'onlyB', b: side(b, onlyB) },
  ];
  return {
    a,
    b,
    entities,
    quoteMatches: [{ a: qa1, b: qb1, kind: 'reworded', similarity: 0.6, speakerMismatch: true }],
    unmatchedQuotes: { a: [qa2], b: [qb2] },
  };
}

const names = { a: 'left <b>.txt', b: 'right|[x](y).md' };

/** Removes backslash escapes, leaving only characters the Markdown parser would see as syntax. */
function unescaped(md: string): string {
  return md.replace(/\\[\s\S]/g, '');
}

/** Minimal RFC 4180 parser (test oracle). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
    i++;
  }
  assert.strictEqual(field, '', 'CSV must end with CRLF');
  return rows;
}

// ---- tests -----------------------------------------------------------------------------------------

describe('escapeMarkdown (the one escaper, shared with the hover card)', () => {
  const cases: [string, string][] = [
    ['Donald Brant', 'Donald Brant'],
    ['[x](http://e.example)', '\\[x\\]\\(http\\:\\/\\/e\\.example\\)'],
    ['<script>', '\\<script\\>'],
    ['a|b', 'a\\|b'],
    ['*a* _b_ `c` ~d~', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~'],
    ['line\nbreak\r\n', 'line break'],
    ['&amp;', '\\&amp\\;'],
    ['www.evil.example', 'www\\.evil\\.example'],
    ['mail a@b.example', 'mail a\\@b\\.example'],
    ['![img](x)', '\\!\\[img\\]\\(x\\)'],
    ['back\\slash', 'back\\\\slash'],
    ['$x$', '\\$x\\$'],
    ['Ana \u202EPereira\u202C', 'Ana Pereira'],
    ['\u202A\u202B\u202D left-to-right embeddings and overrides', 'left\\-to\\-right embeddings and overrides'],
    ['\u2066Tomas\u2069 \u2067Okafor\u2069 \u2068isolates\u2069', 'Tomas Okafor isolates'],
  ];
  for (const [input, expected] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.strictEqual(escapeMarkdown(input), expected));
  }
});

describe('csvField', () => {
  const cases: [string | number, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("u","c")', '"\'=HYPERLINK(""u"",""c"")"'],
    [42, '42'],
    [0.5, '0.5'],
  ];
  for (const [input, expected] of cases) {
    it(`writes ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => assert.strictEqual(csvField(input), expected));
  }
});

describe('renderCrossReference', () => {
  it('JSON: has the documented shape and round-trips through JSON.parse', () => {
    const xref = hostileXref();
    const out = renderCrossReference(xref, 'json', names);
    const parsed = JSON.parse(out) as CrossReferenceExport;
    assert.deepStrictEqual(parsed, JSON.parse(JSON.stringify(toExport(xref, names))));
    assert.strictEqual(parsed.schema, EXPORT_SCHEMA);
    assert.deepStrictEqual(parsed.articles, names);
    assert.deepStrictEqual(parsed.summary, { inBoth: 1, onlyA: 1, onlyB: 1, quotesIdentical: 0, quotesReworded: 1, quotesCreditedDifferently: 1, quotesOnlyA: 1, quotesOnlyB: 1 });
    assert.deepStrictEqual(parsed.entities.map(e => [e.id, e.presence, !!e.a, !!e.b]), [['jane-doe', 'both', true, true], ['evil', 'onlyA', true, false], ['acme', 'onlyB', false, true]]);
    const jane = parsed.entities[0];
    assert.deepStrictEqual(jane.a?.names, ['Jane Doe', 'Ms Doe']);
    assert.deepStrictEqual(jane.b?.roles, ['prime minister']);
    assert.strictEqual(jane.a?.mentionCount, 3);
    assert.deepStrictEqual(jane.a?.mentions[1], { start: 10, end: 18, text: 'Jane Doe' });
    assert.strictEqual(jane.a?.quotes[0].speaker, 'Jane Doe');
    assert.strictEqual(parsed.quoteMatches[0].b.text, 'We will win');
    assert.strictEqual(parsed.unmatchedQuotes.a[0].speaker, null);
    assert.strictEqual(parsed.unmatchedQuotes.b[0].speaker, '@Acme, "Inc"\r\nline two');
  });

  it('JSON: has no cycles or Entity objects (plain data only)', () => {
    const parsed = toExport(hostileXref(), names);
    assert.strictEqual(JSON.stringify(parsed).includes('"aliases"'), false);
  });

  it("knows its own reports by their first line (Markdown title, CSV header), not an article's", () => {
    for (const format of ['markdown', 'csv'] as const) {
      const firstLine = renderCrossReference(hostileXref(), format, names).split(/\r?\n/)[0];
      assert.strictEqual(isNewsLensReport(firstLine), true, format);
    }
    for (const line of ['Cross-reference of two reports', '# Cross-reference', 'record,article', '']) {
      assert.strictEqual(isNewsLensReport(line), false, line);
    }
  });

  it('Markdown: lists the groups and the quote match with its flags', () => {
    const md = renderCrossReference(hostileXref(), 'markdown', { a: 'left.txt', b: 'right.md' });
    // File names are text too: escaped like any other ("left\\.txt" renders as "left.txt").
    assert.match(md, /^# News Lens cross-reference\n\nArticles: left\\\.txt and right\\\.md\.$/m);
    for (const heading of ['## In both articles', '## Only in left\\.txt', '## Only in right\\.md', '## Quotes in both articles', '## Quotes only in left\\.txt', '## Quotes only in right\\.md']) {
      assert.ok(md.includes('\n' + heading + '\n'), heading);
    }
    assert.match(md, /\| Jane Doe \| person \| 3 \| 2 \| Jane Doe; Ms Doe \|/);
    assert.match(md, /reworded \(60 % shared words\), \*\*credited differently\*\*/);
    assert.match(md, /_unattributed_/);
  });

  it('Markdown: no bidi override or isolate survives into the export', () => {
    const md = renderCrossReference(hostileXref(), 'markdown', { a: 'l\u202Eeft.txt', b: '\u2066right\u2069.md' });
    assert.ok(md.includes('left\\.txt') && md.includes('right\\.md'), 'the names are still there, reordered by nothing');
    assert.doesNotMatch(md, /[\u202A-\u202E\u2066-\u2069]/);
  });

  it('Markdown: article text cannot create links, images, HTML or extra table cells', () => {
    const md = renderCrossReference(hostileXref(), 'markdown', names);
    const syntax = unescaped(md);
    assert.ok(!/<[a-z/!]/i.test(syntax), 'no raw HTML tag openers');
    assert.ok(!syntax.includes(']('), 'no inline links');
    assert.ok(!/https?:\/\//.test(syntax), 'no bare URLs');
    assert.ok(!/javascript:/.test(syntax), 'no javascript: scheme');
    assert.ok(!/www\./.test(syntax), 'no www. autolinks');
    assert.ok(!/`/.test(syntax), 'no code spans');
    // Every table row keeps its column count: a header row's pipes equal each of its body rows'.
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].startsWith('| ') && lines[i + 1]?.startsWith('| ---')) {
        const cols = unescaped(lines[i]).split('|').length;
        for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) {
          assert.strictEqual(unescaped(lines[j]).split('|').length, cols, lines[j]);
        }
      }
    }
    // Article text never starts a line (no headings, lists or block HTML from the text).
    assert.ok(!lines.some(l => l.startsWith('line two')));
  });

  it('CSV: parses back to the documented columns, one row per entity-side and per quote', () => {
    const rows = parseCsv(renderCrossReference(hostileXref(), 'csv', names));
    assert.deepStrictEqual(rows[0], [...CSV_COLUMNS]);
    const body = rows.slice(1).map(r => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    assert.ok(rows.every(r => r.length === CSV_COLUMNS.length));
    const entityRows = body.filter(r => r.record === 'entity');
    assert.deepStrictEqual(entityRows.map(r => [r.entity_id, r.article]), [['jane-doe', 'A'], ['jane-doe', 'B'], ['evil', 'A'], ['acme', 'B']]);
    assert.strictEqual(entityRows[3].entity, "'@Acme, \"Inc\"\r\nline two");
    const quoteRows = body.filter(r => r.record === 'quote');
    assert.deepStrictEqual(quoteRows.map(r => [r.article, r.match, r.credited_differently]), [['A', 'reworded', 'yes'], ['B', 'reworded', 'yes'], ['A', 'unmatched', ''], ['B', 'unmatched', '']]);
    assert.strictEqual(quoteRows[0].counterpart, 'We will win');
  });

  it('CSV: no cell starts with a formula character', () => {
    const rows = parseCsv(renderCrossReference(hostileXref(), 'csv', { a: '=a.txt', b: '-b.txt' }));
    for (const row of rows) {
      for (const field of row) {
        assert.ok(!/^[=+\-@\t\r]/.test(field), JSON.stringify(field));
      }
    }
  });

  it('renders an empty cross-reference in every format', () => {
    const empty: CrossReference = { a: doc([], []), b: doc([], []), entities: [], quoteMatches: [], unmatchedQuotes: { a: [], b: [] } };
    assert.match(renderCrossReference(empty, 'markdown', names), /_None\._/);
    assert.strictEqual(parseCsv(renderCrossReference(empty, 'csv', names)).length, 1);
    assert.deepStrictEqual(JSON.parse(renderCrossReference(empty, 'json', names)).entities, []);
  });
});
