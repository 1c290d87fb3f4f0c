// Organisation and person recognition on invented articles of several outlets' styles (test/fixtures/orgKinds):
// every mention the engine reports as a person or an organisation is scored against the fixture's marks, by exact
// span and kind. The floors stand just below the figures reached; NEWS_LENS_ORG_KINDS_REPORT=1 prints the figures
// and every miss and false find.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../../src/core/analyze';

type Kind = 'person' | 'org';

interface Marked {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
}

const dir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'orgKinds');
const MARK = /\[\[([^\]|]+)\|([po])\]\]/g;

/** The article without its marks, and the marked spans in it. */
export function unmark(marked: string): { readonly text: string; readonly gold: Marked[] } {
  const gold: Marked[] = [];
  let text = '', from = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(from, match.index);
    gold.push({ start: text.length, end: text.length + match[1].length, kind: match[2] === 'p' ? 'person' : 'org' });
    text += match[1];
    from = match.index! + match[0].length;
  }
  return { text: text + marked.slice(from), gold };
}

interface Counts { tp: number; fp: number; fn: number }

function score(): { readonly counts: Record<Kind, Counts>; readonly errors: string[] } {
  const counts: Record<Kind, Counts> = { person: { tp: 0, fp: 0, fn: 0 }, org: { tp: 0, fp: 0, fn: 0 } };
  const errors: string[] = [];
  for (const file of fs.readdirSync(dir).filter(name => name.endsWith('.txt')).sort()) {
    const { text, gold } = unmark(fs.readFileSync(path.join(dir, file), 'utf8'));
    const found = analyzeText(text).entities.filter(entity => entity.kind === 'person' || entity.kind === 'org')
      .flatMap(entity => entity.mentions.map(mention => ({ start: mention.start, end: mention.end, kind: entity.kind as Kind })));
    const key = (span: Marked) => `${span.start}:${span.end}:${span.kind}`;
    const goldKeys = new Set(gold.map(key)), foundKeys = new Set(found.map(key));
    for (const span of gold) {
      const hit = foundKeys.has(key(span));
      counts[span.kind][hit ? 'tp' : 'fn']++;
      if (!hit) {
        errors.push(`${file}: missed ${span.kind} "${text.slice(span.start, span.end)}"`);
      }
    }
    for (const span of found.filter(one => !goldKeys.has(key(one)))) {
      counts[span.kind].fp++;
      errors.push(`${file}: false ${span.kind} "${text.slice(span.start, span.end)}"`);
    }
  }
  return { counts, errors };
}

const precision = ({ tp, fp }: Counts) => tp / Math.max(1, tp + fp);
const recall = ({ tp, fn }: Counts) => tp / Math.max(1, tp + fn);

describe('organisations and people on invented articles (test/fixtures/orgKinds)', () => {
  const { counts, errors } = score();
  if (process.env.NEWS_LENS_ORG_KINDS_REPORT) {
    for (const kind of ['person', 'org'] as const) {
      const c = counts[kind];
      console.log(`${kind}: P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
    }
    console.log(errors.join('\n'));
  }
  const floors: [Kind, 'precision' | 'recall', number, (c: Counts) => number][] = [
    ['org', 'precision', 0.96, precision], ['org', 'recall', 0.92, recall],
    ['person', 'precision', 0.93, precision], ['person', 'recall', 0.97, recall],
  ];
  for (const [kind, measure, floor, of] of floors) {
    it(`${kind} ${measure} stays at ${floor} or above`, () => {
      assert.ok(of(counts[kind]) >= floor, `${kind} ${measure} ${of(counts[kind]).toFixed(3)} < ${floor}\n${errors.join('\n')}`);
    });
  }
  it('the marks cover a fixture of every kind', () => {
    assert.ok(counts.org.tp + counts.org.fn > 100 && counts.person.tp + counts.person.fn > 35);
  });
});
