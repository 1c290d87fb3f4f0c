// compareDocuments on the two sample articles: entities in both / only in one, per-side details, and the
// quotes the two articles share.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { compareDocuments } from '../../src/core/compare';
import type { CrossReference } from '../../src/core/model';
import { buildAnalysis } from './support/analysisBuilder';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const read = (f: string) => fs.readFileSync(path.join(samples, f), 'utf8');

describe('compareDocuments', () => {
  let xref: CrossReference;
  before(() => {
    xref = compareDocuments(analyzeText(read('000_e9c3a88e7f0cde5b.txt')), analyzeText(read('004_4d10fd835b947f25.txt')));
  });

  it('lists entities in both articles first, then only A, then only B', () => {
    const order = { both: 0, onlyA: 1, onlyB: 2 };
    const groups = xref.entities.map(e => order[e.presence]);
    assert.deepStrictEqual(groups, [...groups].sort((x, y) => x - y));
    const both = xref.entities.filter(e => e.presence === 'both').map(e => e.id);
    for (const id of ['donald-brant', 'yaroslav-koravsky', 'vladimir-kazlov', 'marco-rocha', 'steve-holbrook', 'owen-hawkins', 'nato', 'cnn', 'cbs']) {
      assert.ok(both.includes(id), `${id} is in both articles`);
    }
    assert.ok(xref.entities.some(e => e.id === 'mikhail-ulitkin' && e.presence === 'onlyA'));
    assert.ok(xref.entities.some(e => e.id === 'mark-hulst' && e.presence === 'onlyB'));
  });

  it('sorts each group by total mentions, most first', () => {
    for (const presence of ['both', 'onlyA', 'onlyB'] as const) {
      const totals = xref.entities.filter(e => e.presence === presence).map(e => (e.a?.mentionCount ?? 0) + (e.b?.mentionCount ?? 0));
      assert.deepStrictEqual(totals, [...totals].sort((x, y) => y - x));
    }
  });

  it('describes how each article presents an entity: names used, roles, quotes', () => {
    const brant = xref.entities.find(e => e.id === 'donald-brant')!;
    assert.ok(brant.a!.names.includes('Mr Brant'));
    assert.ok(!brant.b!.names.includes('Mr Brant'));
    assert.deepStrictEqual(brant.a!.roles, ['US President']);
    assert.strictEqual(brant.a!.mentionCount, brant.a!.entity.mentions.length);
    assert.ok(brant.b!.quotes.every(q => q.speakerId === 'donald-brant'));
  });

  it('matches both quotes the articles share, truncated or extended', () => {
    const pairs = xref.quoteMatches.map(m => [m.a.text, m.b.text]);
    assert.ok(pairs.some(([a, b]) => a === 'BIG PROGRESS ON RUSSIA' && b === 'BIG PROGRESS ON RUSSIA. STAY TUNED!'), JSON.stringify(pairs));
    assert.ok(pairs.some(([a, b]) => a.startsWith('We were able to win the following concession') && b.startsWith('We were able to win the following concession')), JSON.stringify(pairs));
    for (const m of xref.quoteMatches) {
      const differentIds = m.a.speakerId !== null && m.b.speakerId !== null && m.a.speakerId !== m.b.speakerId;
      assert.strictEqual(m.speakerMismatch || m.sameSource === true, differentIds);
      assert.ok(!(m.speakerMismatch && m.sameSource));
    }
  });

  it('accounts for every quote exactly once: matched or unmatched', () => {
    for (const side of ['a', 'b'] as const) {
      const matched = xref.quoteMatches.map(m => m[side]);
      assert.strictEqual(matched.length + xref.unmatchedQuotes[side].length, xref[side].quotes.length);
    }
  });

  it('works on analyses whose ids were not linked beforehand, and is symmetric in presence', () => {
    const a = analyzeText('Mr Hessel said no.'), b = analyzeText('German Chancellor Olaf Hessel agreed.');
    const ab = compareDocuments(a, b), ba = compareDocuments(b, a);
    assert.deepStrictEqual(ab.entities.map(e => [e.id, e.presence]), [['olaf-hessel', 'both']]);
    assert.deepStrictEqual(ba.entities.map(e => [e.id, e.presence]), [['olaf-hessel', 'both']]);
  });

  describe('credits of one quotation to two speakers', () => {
    const QUOTE = 'Freight rates will double by spring';
    const ANALYST = `"${QUOTE}," said Tomas Reyval, an analyst at Orrin Maritime Research.`;
    const analyst = buildAnalysis(ANALYST, [
      { id: 'tomas-reyval', name: 'Tomas Reyval', forms: ['Tomas Reyval'], roles: ['an analyst at Orrin Maritime Research'] },
      { id: 'orrin-maritime-research', kind: 'org', name: 'Orrin Maritime Research', forms: ['Orrin Maritime Research'] },
    ], [{ text: QUOTE, speakerId: 'tomas-reyval' }]);
    const credit = (speaker: { id: string; kind: 'person' | 'org'; name: string }): CrossReference => {
      const text = `${speaker.name} said: "${QUOTE}".`;
      return compareDocuments(analyst, buildAnalysis(text, [{ ...speaker, forms: [speaker.name] }], [{ text: QUOTE, speakerId: speaker.id }]));
    };

    it('a person and the organisation named in their role are one source, not credited differently', () => {
      const [match] = credit({ id: 'orrin-maritime-research', kind: 'org', name: 'Orrin Maritime Research' }).quoteMatches;
      assert.deepStrictEqual([match.speakerMismatch, match.sameSource], [false, true]);
    });

    it('two different people are credited differently', () => {
      const [match] = credit({ id: 'lena-morcott', kind: 'person', name: 'Lena Morcott' }).quoteMatches;
      assert.deepStrictEqual([match.speakerMismatch, match.sameSource], [true, undefined]);
    });

    it('an organisation not named in the role is a different source', () => {
      const [match] = credit({ id: 'dalby-freight', kind: 'org', name: 'Dalby Freight' }).quoteMatches;
      assert.deepStrictEqual([match.speakerMismatch, match.sameSource], [true, undefined]);
    });
  });
});
