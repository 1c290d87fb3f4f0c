// Organisation and person recognition on invented articles of several outlets' styles (test/fixtures/orgKinds):
// every mention the engine reports as a person or an organisation is scored against the fixture's marks, by exact
// span and kind. The floors stand just below the figures reached; NEWS_LENS_ORG_KINDS_REPORT=1 prints the figures
// and every miss and false find.
import * as assert from 'assert';
import * as path from 'path';
import { scoreMarkedFolder, precision, recall, type Counts, type MarkedKind as Kind } from './markedFixture';

const dir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'orgKinds');

describe('organisations and people on invented articles (test/fixtures/orgKinds)', () => {
  const { counts, errors } = scoreMarkedFolder(dir);
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
