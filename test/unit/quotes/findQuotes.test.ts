import * as assert from 'assert';
import { findQuotes, type QuoteSpan } from '../../../src/core/quotes';

function speech(text: string): string[] {
  return findQuotes(text).filter(s => s.kind === 'speech').map(s => text.slice(s.start, s.end));
}

function assertValid(text: string, spans: readonly QuoteSpan[]): void {
  let last = -1;
  for (const s of spans) {
    assert.ok(s.start < s.end && s.start >= 0 && s.end <= text.length, `bad span ${s.start}-${s.end}`);
    assert.ok(s.outerStart <= s.start && s.end <= s.outerEnd, 'marks outside the content');
    assert.ok(s.start >= last, 'spans in order and not overlapping');
    last = s.end;
  }
}

describe('findQuotes', () => {
  describe('quotation mark styles', () => {
    const rows: readonly (readonly [string, readonly string[]])[] = [
      ['\u201cHello there,\u201d he said.', ['Hello there,']],
      ['"Hello there," he said.', ['Hello there,']],
      ['\u00abHello there\u00bb, he said.', ['Hello there']],
      ['\u00ab Bonjour \u00e0 tous \u00bb, a-t-il dit.', ['Bonjour \u00e0 tous']],
      ['\u00bbWir schaffen das\u00ab, sagte sie.', ['Wir schaffen das']],
      ['\u201eWir schaffen das\u201c, sagte sie.', ['Wir schaffen das']],
      ['\u201aWir schaffen das\u2018, sagte sie.', ['Wir schaffen das']],
      ['\u2018We will win,\u2019 he said.', ['We will win,']],
      ['He said it wasn\u2019t \u2018a big deal\u2019 at all.', ['a big deal']],
      ['The leaders\u2019 meeting was \u2018a success\u2019, she said.', ['a success']],
      ["'We will win,' he said.", ['We will win,']],
      ['\u201dSwedish style\u201d, sade hon.', ['Swedish style']],
      ['" We will win, " he said.', ['We will win,']],
      ['\u300c\u6211\u4eec\u4f1a\u8d62\u300d', ['\u6211\u4eec\u4f1a\u8d62']],
    ];
    for (const [text, want] of rows) {
      it(`finds ${JSON.stringify(want)} in ${JSON.stringify(text)}`, () => assert.deepStrictEqual(speech(text), want));
    }
  });

  describe('quotations across sentences and paragraphs', () => {
    it('keeps a multi-sentence quotation whole', () => {
      assert.deepStrictEqual(speech('\u201cRussia agrees. But it has rights. Moscow too.\u201d'), ['Russia agrees. But it has rights. Moscow too.']);
    });

    it('splits a quotation interrupted by its attribution', () => {
      assert.deepStrictEqual(speech('\u201cFirst part,\u201d he said. \u201cSecond part.\u201d'), ['First part,', 'Second part.']);
      assert.deepStrictEqual(speech('"First part," he said, "second part."'), ['First part,', 'second part.']);
    });

    it('gives one span per paragraph to a quotation reopened in the next paragraph', () => {
      const text = 'She said: \u201cPara one ends open.\n\n\u201cPara two closes.\u201d\n\nNarration.';
      const spans = findQuotes(text);
      assert.deepStrictEqual(spans.map(s => text.slice(s.start, s.end)), ['Para one ends open.', 'Para two closes.']);
      assert.deepStrictEqual(spans.map(s => [s.continuesNext, s.continued, s.closeMissing]), [[true, false, false], [false, true, false]]);
    });

    it('gives one span per paragraph to a quotation in single marks reopened in the next paragraph (British style)', () => {
      const text = "Tom Reed spoke to reporters.\n\n'We were poor and we know it. The fans deserve better.\n\n'We will put it right on Saturday.'\n\nNarration.";
      const spans = findQuotes(text);
      assert.deepStrictEqual(spans.map(s => text.slice(s.start, s.end)), ['We were poor and we know it. The fans deserve better.', 'We will put it right on Saturday.']);
      assert.deepStrictEqual(spans.map(s => [s.continuesNext, s.continued, s.closeMissing]), [[true, false, false], [false, true, false]]);
      // Also after a closed quotation in the same paragraph, with the mark after a space.
      const mid = "Reed spoke. 'We were poor,' he said. 'The fans deserve better.\n\n'We will put it right.'";
      assert.deepStrictEqual(speech(mid), ['We were poor,', 'The fans deserve better.', 'We will put it right.']);
    });

    it('leaves a single mark unopened when the next paragraph does not reopen it, or it is an elision', () => {
      assert.deepStrictEqual(speech("Reed spoke.\n\n'We were poor and we know it. The fans deserve better.\n\nNarration goes on."), []);
      assert.deepStrictEqual(speech("Reed spoke.\n\n'Tis the season, the old saying goes.\n\n'Tis the reason for it all, he said."), []);
    });

    it('ends an unclosed quotation at its paragraph when the next does not reopen it', () => {
      const text = 'He said \u201cthis is the end\n\nNext paragraph.';
      const [s] = findQuotes(text);
      assert.strictEqual(text.slice(s.start, s.end), 'this is the end');
      assert.ok(s.closeMissing);
    });

    it('joins the lines of hard-wrapped copy into paragraphs', () => {
      const line = 'word '.repeat(14);
      const text = `"${line}\n${line}\n${line}\n${line}\n${line}end," he said.\n\nNext.`;
      assert.strictEqual(speech(text).length, 1);
    });
  });

  describe('missing and mistyped marks', () => {
    it('reads a closing mark stuck to the next word as an opening mark', () => {
      assert.deepStrictEqual(speech('He said \u201csupport\u201d at the meeting.\u201dEveryone agrees on that.\u201d'), ['support', 'Everyone agrees on that.']);
    });

    it('recovers a quotation whose opening mark is missing when an attribution follows', () => {
      const [s] = findQuotes('Everyone agrees on this point,\u201d she said.');
      assert.ok(s.openMissing);
      assert.deepStrictEqual(speech('Everyone agrees on this point,\u201d she said.'), ['Everyone agrees on this point,']);
    });

    it('ignores a stray closing mark without an attribution', () => {
      assert.deepStrictEqual(speech('The plan was good\u201d and then they left.'), []);
    });

    it('keeps nested quotation marks inside the outer quotation', () => {
      assert.deepStrictEqual(speech('\u201cHe said \u2018no\u2019 twice,\u201d she recalled.'), ['He said \u2018no\u2019 twice,']);
      assert.deepStrictEqual(speech('\u201cHe called it "madness",\u201d she said.'), ['He called it "madness",']);
    });

    it('does not take inch marks, apostrophes or elisions for quotations', () => {
      assert.deepStrictEqual(speech('He is 6\'2" tall and 5\u201911\u201d wide.'), []);
      assert.deepStrictEqual(speech('It wasn\u2019t the Joneses\u2019 fault in the \u201990s, rock \u2019n\u2019 roll.'), []);
    });
  });

  describe('titles, nicknames and terms', () => {
    const rows: readonly (readonly [string, string, string])[] = [
      ['Mr Rocha told CBS\u2019 \u201cFace the Nation.\u201d', 'Face the Nation.', 'title'],
      ['Holbrook told CNN\u2019s \u201cState of the Union\u201d on Sunday.', 'State of the Union', 'title'],
      ['He appeared on "Meet the Press" on Sunday.', 'Meet the Press', 'title'],
      ['Her book "The Art of Diplomacy" sold well.', 'The Art of Diplomacy', 'title'],
      // A quotation filling a line after a link label is the linked story's headline, in sentence case too.
      ['The theatre will close.\n\nRead more: "Why our small stages matter"\n\nThe board met.', 'Why our small stages matter', 'title'],
      ['Related: \u201cCouncil cuts arts grants by a third\u201d', 'Council cuts arts grants by a third', 'title'],
      ['Dana Kelso said more: \u201cWe will reopen in June, whatever the council does.\u201d', 'We will reopen in June, whatever the council does.', 'speech'],
      ['Read more: \u201cWe will reopen in June,\u201d Dana Kelso said.', 'We will reopen in June,', 'speech'],
      ['Joaqu\u00edn "El Chapo" Guzm\u00e1n was extradited.', 'El Chapo', 'nickname'],
      ['The so-called \u201ccoalition of the willing\u201d met.', 'coalition of the willing', 'term'],
      ['Mr Brant promised \u201cBIG PROGRESS ON RUSSIA\u201d in a post.', 'BIG PROGRESS ON RUSSIA', 'speech'],
      ['Brant\u2019s \u201cgreat deal\u201d was criticised.', 'great deal', 'speech'],
    ];
    for (const [text, content, kind] of rows) {
      it(`marks ${JSON.stringify(content)} as ${kind}`, () => {
        const s = findQuotes(text).find(x => text.slice(x.start, x.end) === content);
        assert.ok(s, 'span found');
        assert.strictEqual(s.kind, kind);
      });
    }
  });

  describe('hostile input', () => {
    const hostile: readonly (readonly [string, string])[] = [
      ['a hundred thousand straight quotes', '"'.repeat(100_000)],
      ['alternating curly marks without text', '\u201c\u201d'.repeat(50_000)],
      ['opening marks before words', '\u201cword '.repeat(30_000)],
      ['single marks before words', '\u2018word '.repeat(30_000)],
      ['closing marks after words', 'word\u201d '.repeat(30_000)],
      ['guillemets that never close', '\u00ab text '.repeat(30_000)],
      ['every mark mixed with newlines', '"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\'\n'.repeat(10_000)],
    ];
    for (const [name, text] of hostile) {
      it(`stays valid and fast on ${name}`, () => {
        const t0 = process.cpuUsage();
        const spans = findQuotes(text);
        const used = process.cpuUsage(t0);
        assertValid(text, spans);
        const ms = (used.user + used.system) / 1000;
        assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms of CPU`);
      });
    }

    it('grows linearly with the number of stray marks', () => {
      // CPU time, best of three: wall-clock time on a shared machine says more about the neighbours.
      const time = (n: number): number => {
        const text = 'He said \u2018it and \u201cthen '.repeat(n);
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const t0 = process.cpuUsage();
          findQuotes(text);
          const used = process.cpuUsage(t0);
          best = Math.min(best, used.user + used.system);
        }
        return best;
      };
      time(2000);
      const small = time(5000);
      const big = time(40_000);
      assert.ok(big / small < 24, `8x the input took ${(big / small).toFixed(1)}x the time`);
    });

    it('handles empty and mark-only text', () => {
      for (const text of ['', ' ', '"', '\u201c', '\u201d', '\u2019', '\n\n', '""', '\u201c\u201d']) {
        assert.deepStrictEqual(speech(text), []);
      }
    });
  });
});
