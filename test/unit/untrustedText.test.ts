// Article text is untrusted. Read through the same Markdown parser VS Code uses, every renderer of our
// own (hover cards, the Markdown export) must show hostile text as text: no HTML, images, code or links
// beyond our allow-listed commands, the same structure as for harmless text, and the words visible.
// CSV and JSON exports must carry the text back unchanged.
import * as assert from 'assert';
import { CARD_COMMANDS, renderEntityCard, renderQuoteCard, type CardContext } from '../../src/core/hoverCard';
import { plainText } from '../../src/core/markdown';
import type { CrossReference, DocumentAnalysis, EntitySide } from '../../src/core/model';
import { entityAt } from '../../src/core/query';
import { renderCrossReference } from '../../src/core/report';
import { buildAnalysis, textSource } from './support/analysisBuilder';
import { BENIGN_TEXT, HOSTILE_TEXTS } from './support/hostile';
import { readMarkdown, visible } from './support/markdownInert';

/** A pair of analyses and their cross-reference with `payload` in every field article text reaches. */
function fixture(payload: string) {
  const text = `${payload} Jane Doe, ${payload}, said "${payload}". Then Jane Doe left. Acme Corp agreed.`;
  const a = buildAnalysis(text, [
    { id: 'jane-doe', name: `Jane Doe ${payload}`, forms: ['Jane Doe'], roles: [payload], aliases: [payload, `Doe ${payload}`] },
    { id: 'acme', kind: 'org', name: payload, forms: ['Acme Corp'] },
  ], [{ text: payload, speakerId: 'jane-doe', nth: 2 }]);
  const otherText = `${payload} Jane Doe said "${payload}".`;
  const b = buildAnalysis(otherText, [{ id: 'jane-doe', name: payload, forms: ['Jane Doe'], roles: [payload] }], [{ text: payload, speakerId: 'jane-doe', nth: 1 }]);
  const side = (d: DocumentAnalysis): EntitySide => ({ entity: d.entities[0], mentionCount: d.entities[0].mentions.length, names: [payload, `Ms ${payload}`], roles: [payload], quotes: d.quotes });
  const xref: CrossReference = {
    a, b,
    entities: [
      { id: 'jane-doe', kind: 'person', name: payload, presence: 'both', a: side(a), b: side(b) },
      { id: 'acme', kind: 'org', name: payload, presence: 'onlyA', a: { entity: a.entities[1], mentionCount: 1, names: [payload], roles: [payload], quotes: [] } },
    ],
    quoteMatches: [{ a: a.quotes[0], b: b.quotes[0], kind: 'reworded', similarity: 0.5, speakerMismatch: true }],
    unmatchedQuotes: { a: [], b: [] },
  };
  const ctx = (offset: number): CardContext => ({
    analysis: a, text: textSource(text), uri: `file:///${encodeURIComponent(payload)}.txt`, offset, compared: { xref, side: 'a', label: `${payload}.txt` },
  });
  const nameAt = text.indexOf('Jane Doe') + 2;
  return {
    entityCard: renderEntityCard(entityAt(a, nameAt)!.entity, ctx(nameAt)),
    quoteCard: renderQuoteCard(a.quotes[0], ctx(a.quotes[0].start + 1)),
    markdown: renderCrossReference(xref, 'markdown', { a: `${payload}.txt`, b: 'b.txt' }),
    csv: renderCrossReference(xref, 'csv', { a: `${payload}.txt`, b: 'b.txt' }),
    json: renderCrossReference(xref, 'json', { a: `${payload}.txt`, b: 'b.txt' }),
  };
}

/** RFC 4180 reader, enough for our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  return rows;
}

/** The first visible characters of a payload as a renderer shows them (one line, invisible characters gone). */
function visiblePrefix(payload: string): string {
  return visible(plainText(payload)).slice(0, 12);
}

describe('untrusted article text in our renderers (read by the Markdown parser VS Code uses)', () => {
  const reference = fixture(BENIGN_TEXT);
  for (const payload of HOSTILE_TEXTS) {
    describe(JSON.stringify(payload).slice(0, 60), () => {
      const rendered = fixture(payload);
      const renderings = [
        ['the hover card of a name', rendered.entityCard, reference.entityCard, CARD_COMMANDS],
        ['the hover card of a quote', rendered.quoteCard, reference.quoteCard, CARD_COMMANDS],
        ['the Markdown export', rendered.markdown, reference.markdown, []],
      ] as const;
      for (const [where, markdown, harmless, commands] of renderings) {
        it(`stays text in ${where}`, () => {
          const reading = readMarkdown(markdown, commands);
          assert.deepStrictEqual(reading.problems, [], markdown);
          assert.strictEqual(reading.shape, readMarkdown(harmless, commands).shape, `the text changed the structure:\n${markdown}`);
          assert.ok(visible(reading.displayed).includes(visiblePrefix(payload)), `the words are not shown as written:\n${reading.displayed}`);
        });
      }

      it('comes back unchanged from the CSV export (formulas defused with a leading apostrophe)', () => {
        const cells = parseCsv(rendered.csv).flat();
        const expected = /^[=+\-@\t\r]/.test(payload) ? `'${payload}` : payload;
        assert.ok(cells.includes(expected), `${JSON.stringify(expected)} not among the cells`);
        assert.ok(!cells.some(c => /^[=+\-@\t\r]/.test(c)), 'a cell starts with a formula character');
      });

      it('comes back unchanged from the JSON export', () => {
        const strings: string[] = [];
        JSON.parse(rendered.json, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
        assert.ok(strings.includes(payload));
      });
    });
  }
});
