// Bad input that reaches analyzeText from real files: empty and blank files, binary files opened as text,
// invalid UTF-8, other line endings, astral characters next to names, stray quotation marks. The engine must
// return a valid analysis for all of them with offsets that stay exact.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { segmentText } from '../../src/core/paragraphs';
import type { DocumentAnalysis, Mention } from '../../src/core/model';
import { checkAnalysis } from './support/invariants';
import { createRng } from './support/prng';

const root = path.resolve(__dirname, '../../..');

function analyzeValid(text: string): DocumentAnalysis {
  const analysis = analyzeText(text);
  assert.deepStrictEqual(checkAnalysis(text, analysis), [], 'the analysis breaks the model contract');
  return analysis;
}

function mentions(a: DocumentAnalysis): Mention[] {
  return a.entities.flatMap(e => e.mentions).sort((x, y) => x.start - y.start);
}

function hasMention(a: DocumentAnalysis, name: string, start: number): boolean {
  return mentions(a).some(m => m.start === start && m.text === name);
}

function samples(): { name: string; text: string }[] {
  const dir = path.join(root, 'samples');
  return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Spans of an analysis as comparable tuples, offsets passed through `map`. */
function spanTable(a: DocumentAnalysis, map: (offset: number) => number) {
  const nameOf = new Map(a.entities.map(e => [e.id, e.name]));
  return {
    mentions: mentions(a).map(m => [map(m.start), map(m.end), nameOf.get(m.entityId)]),
    quotes: a.quotes.map(q => [map(q.start), map(q.end), q.speakerId === null ? null : nameOf.get(q.speakerId)]),
  };
}

describe('analyzeText on bad input', () => {
  describe('empty and blank text', () => {
    const blanks: [string, string][] = [
      ['empty', ''],
      ['one space', ' '],
      ['newlines', '\n\n\n'],
      ['a thousand CRLFs', '\r\n'.repeat(1000)],
      ['CRs', '\r\r\r'],
      ['exotic spaces', '\t \u00a0\u3000\u2028\u2029\u200b\ufeff\u000b\u000c'],
      ['NULs', '\u0000'.repeat(64)],
    ];
    for (const [label, text] of blanks) {
      it(`finds nothing in ${label}`, () => {
        const a = analyzeValid(text);
        assert.strictEqual(a.textLength, text.length);
        assert.deepStrictEqual([a.entities.length, a.quotes.length], [0, 0]);
      });
    }
  });

  describe('binary data decoded as text', () => {
    it('analyses seeded random bytes decoded as UTF-8 (replacement characters) and as Latin-1', () => {
      const rng = createRng(0xb1a5);
      const bytes = Buffer.from(Array.from({ length: 16_384 }, () => rng.int(0, 255)));
      analyzeValid(bytes.toString('utf8'));
      analyzeValid(bytes.toString('latin1'));
    });

    it('analyses the start of a real executable opened as text', () => {
      const fd = fs.openSync(process.execPath, 'r');
      const buffer = Buffer.alloc(32_768);
      const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
      fs.closeSync(fd);
      analyzeValid(buffer.subarray(0, read).toString('utf8'));
    });

    it('keeps offsets exact around invalid UTF-8 (U+FFFD) and NUL characters', () => {
      const text = Buffer.concat([
        Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' Angela Markwart said on Monday.\u0000 '),
        Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' Emmanuel Dorval\u0000 said.'),
      ]).toString('utf8');
      assert.ok(text.includes('\ufffd'));
      const a = analyzeValid(text);
      assert.ok(hasMention(a, 'Angela Markwart', text.indexOf('Angela Markwart')), 'Angela Markwart at her exact offset');
      assert.ok(hasMention(a, 'Emmanuel Dorval', text.indexOf('Emmanuel Dorval')), 'Emmanuel Dorval at his exact offset');
    });

    it('survives lone surrogates', () => {
      analyzeValid('\ud800 Angela Markwart \udc00 said “\udbff” and \ud83d.');
    });
  });

  describe('line endings', () => {
    // A quote left open at the end of its paragraph and an appositive before a paragraph break: both
    // stop at the break only if the break is recognised in every line-ending style.
    const crossing = [
      'Jane Doe, the chief executive of Acme Holdings, said “the deal is done.',
      'John Roe, a spokesman for the ministry, disagreed.',
      '“We have not signed anything,” Mr Roe said.',
      'Ms Doe said she would travel to Paris.',
    ].join('\n\n') + '\n';
    for (const { name, text } of [...samples(), { name: 'an open quote before a paragraph break', text: crossing }]) {
      const lf = text.replace(/\r\n?/g, '\n');
      it(`${name}: CRLF, CR and U+2028 give the same analysis as LF, at exactly shifted offsets`, function () {
        this.timeout(60_000);
        const ofLf = analyzeValid(lf);
        const newlinesBefore: number[] = [0];
        for (let i = 0; i < lf.length; i++) {
          newlinesBefore.push(newlinesBefore[i] + (lf[i] === '\n' ? 1 : 0));
        }
        const crlf = lf.replace(/\n/g, '\r\n');
        assert.deepStrictEqual(spanTable(analyzeValid(crlf), o => o), spanTable(ofLf, o => o + newlinesBefore[o]), 'CRLF');
        assert.deepStrictEqual(spanTable(analyzeValid(lf.replace(/\n/g, '\r')), o => o), spanTable(ofLf, o => o), 'CR');
        assert.deepStrictEqual(spanTable(analyzeValid(lf.replace(/\n/g, '\u2028')), o => o), spanTable(ofLf, o => o), 'U+2028');
      });
    }
  });

  describe('astral characters and marks around names', () => {
    const table: [string, string][] = [
      ['👍 Angela Markwart said the talks were useful.', 'Angela Markwart'],
      ['Angela Markwart 👍 said the talks were useful.', 'Angela Markwart'],
      ['🇺🇦🇺🇦 Emmanuel Dorval met the press in Paris on Monday.', 'Emmanuel Dorval'],
      ['👩‍👩‍👧 “We will talk,” Angela Markwart said.', 'Angela Markwart'],
      ['𝄞𝄞 Emmanuel Dorval said on Monday that 𠜎 was a character.', 'Emmanuel Dorval'],
      ['Hello\u0301 Angela Markwart said on Monday.', 'Angela Markwart'],
      ['\u202eAngela Markwart\u202c said on Monday.', 'Angela Markwart'],
      ['“👍👍👍,” Angela Markwart said.', 'Angela Markwart'],
    ];
    for (const [text, name] of table) {
      it(`finds ${name} at its exact offset in ${JSON.stringify(text)}`, () => {
        const a = analyzeValid(text);
        assert.ok(hasMention(a, name, text.indexOf(name)), `mentions: ${JSON.stringify(mentions(a))}`);
      });
    }

    it('keeps quote offsets exact when the quote holds astral characters', () => {
      const text = '🇺🇦 “We stand with 🇺🇦 Ukraine 👍,” Angela Markwart said.';
      const a = analyzeValid(text);
      const open = text.indexOf('“') + 1;
      assert.ok(a.quotes.some(q => q.start === open && q.end === text.indexOf('”')), JSON.stringify(a.quotes));
    });
  });

  describe('paragraphs the parser cannot split', () => {
    // compromise's tagging is super-linear in a sentence it cannot split (160,000 characters took over a
    // minute): such a paragraph reaches it in pieces, cut at clause ends, then spaces, then anywhere.
    const long: [string, string][] = [
      ['clauses joined by semicolons', 'Angela Markwart said we would talk to NATO on Monday; '.repeat(2000)],
      ['words without punctuation', 'word '.repeat(20_000)],
      ['one unbroken word with astral characters', '𝐀b'.repeat(20_000)],
    ];
    for (const [label, text] of long) {
      it(`cuts a long paragraph of ${label} into exact pieces of at most 10,000 characters`, () => {
        const segments = segmentText(text);
        assert.ok(segments.length > 1);
        for (const g of segments) {
          assert.ok(g.text.length <= 10_000, `a piece of ${g.text.length} characters`);
          assert.strictEqual(text.slice(g.start, g.start + g.text.length), g.text);
          assert.ok(!/^[\udc00-\udfff]/.test(g.text), 'a piece starts inside an astral character');
        }
        assert.strictEqual(segments.map(g => g.text).join('').replace(/\s/g, ''), text.replace(/\s/g, ''), 'no text lost');
      });
    }
  });

  describe('quotation marks alone', () => {
    const marks: [string, string][] = [
      ['a pair of straight quotes', '""'],
      ['curly pairs', '“”“”“”'],
      ['guillemets', '«»‹›'],
      ['low-9 and single', '„“‚‘'],
      ['a thousand straight quotes', '"'.repeat(1001)],
      ['ten thousand mixed marks', Array.from({ length: 10_000 }, (_, i) => '"“”«»„‘’\''[i % 9]).join('')],
      ['marks and spaces', '" " “ ” « » \' \''.repeat(50)],
    ];
    for (const [label, text] of marks) {
      it(`reports no quote for ${label}`, () => {
        const a = analyzeValid(text);
        assert.deepStrictEqual(a.quotes.filter(q => !/[\p{L}\p{N}]/u.test(q.text)), [], 'a quote with no word in it');
        assert.strictEqual(a.entities.length, 0);
      });
    }
  });
});
