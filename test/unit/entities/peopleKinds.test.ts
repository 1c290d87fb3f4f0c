// Person recognition on invented agency copy of 1996 style (test/fixtures/peopleKinds): headlines and datelines
// in capitals, results lists, scoreboards, match reports, world news and business briefs, with names of many
// languages. The floors stand just below the figures reached; NEWS_LENS_PEOPLE_KINDS_REPORT=1 prints the figures
// and every miss and false find.
import * as assert from 'assert';
import * as path from 'path';
import { precision, recall, scoreMarkedFolder, type Counts, type MarkedKind } from './markedFixture';

const dir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'peopleKinds');

describe('people on invented agency copy (test/fixtures/peopleKinds)', () => {
  const { counts, errors } = scoreMarkedFolder(dir);
  if (process.env.NEWS_LENS_PEOPLE_KINDS_REPORT) {
    for (const kind of ['person', 'org'] as const) {
      const c = counts[kind];
      console.log(`${kind}: P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
    }
    console.log(errors.join('\n'));
  }
  const floors: [MarkedKind, 'precision' | 'recall', number, (c: Counts) => number][] = [
    ['person', 'precision', 0.93, precision], ['person', 'recall', 0.82, recall],
  ];
  for (const [kind, measure, floor, of] of floors) {
    it(`${kind} ${measure} stays at ${floor} or above`, () => {
      assert.ok(of(counts[kind]) >= floor, `${kind} ${measure} ${of(counts[kind]).toFixed(3)} < ${floor}\n${errors.join('\n')}`);
    });
  }
  it('the marks cover a fixture of every kind', () => {
    assert.ok(counts.person.tp + counts.person.fn > 60);
  });
});
