// What the coverage webview and hover are given: the matrices' heat levels and click targets, shared
// quotations with their differing words, the hover section on the other articles (escaped), the
// webview message guard, and the coverage computed in the analysis worker.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { compareArticles, type Coverage } from '../../src/core/coverage';
import { renderCoverageCard } from '../../src/core/coverageCard';
import { buildCoverageView, heatOf, HEAT_LEVELS } from '../../src/core/coverageMatrix';
import { AnalysisWorkerClient } from '../../src/services/workerClient';
import { isCoverageToHostMessage } from '../../src/webview/coverageProtocol';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'coverage');
const FILES = ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt'];
const texts = FILES.map(f => fs.readFileSync(path.join(dir, f), 'utf8'));

describe('coverage view model', () => {
  let coverage: Coverage;
  before(() => {
    coverage = compareArticles(texts.map(t => analyzeText(t)));
  });

  it('gives heat 0 to empty cells and 1..HEAT_LEVELS by share of the largest count', () => {
    assert.deepStrictEqual([0, 1, 2, 3, 4, 8].map(n => heatOf(n, 8)), [0, 1, 1, 2, 2, HEAT_LEVELS]);
    assert.strictEqual(heatOf(1, 100), 1);
  });

  it('has one cell per article in each row, pointing at the first mention', () => {
    const model = buildCoverageView(coverage, FILES);
    assert.deepStrictEqual(model.articles, FILES);
    for (const row of model.entities) {
      assert.strictEqual(row.cells.length, FILES.length);
      row.cells.forEach((cell, article) => {
        assert.strictEqual(cell.heat === 0, cell.count === 0);
        const first = coverage.analyses[article].entities.find(e => e.id === row.id)?.mentions[0];
        assert.deepStrictEqual(cell.target, first && { start: first.start, end: first.end }, `${row.name} in ${FILES[article]}`);
      });
    }
    assert.ok(model.entities.some(row => row.cells.some(c => c.heat === HEAT_LEVELS)));
  });

  it('counts quoted speakers per article and points each count at a quotation', () => {
    const model = buildCoverageView(coverage, FILES);
    const okafor = model.speakers.find(s => s.name === 'Nadia Okafor')!;
    assert.deepStrictEqual(okafor.cells.map(c => c.count), [0, 0, 1]);
    const target = okafor.cells[2].target!;
    assert.match(texts[2].slice(target.start, target.end), /another winter/);
    assert.strictEqual(model.unattributed.length, 3);
  });

  it('marks the words a reworded version adds', () => {
    const model = buildCoverageView(coverage, FILES);
    const wall = model.quoteGroups.find(g => g.some(v => v.text.includes('smaller sea')))!;
    assert.strictEqual(wall[0].match, 'first');
    assert.ok(wall[1].tokens!.some(t => t.kind === 'added' && t.text.includes('forgive')));
  });

  it('hover: tells how each other article presents the entity, with file names escaped', () => {
    const article = 2;
    const index = coverage.analyses[article].entities.findIndex(e => e.name === 'Marta Ilves');
    const card = renderCoverageCard(coverage, article, index, ['a*b.txt', 'daily.txt', 'herald.txt'])!;
    assert.match(card, /In the other 2 compared articles/);
    assert.match(card, /a\\\*b\\\.txt/);
    assert.match(card, /daily\\\.txt\*: “Marta Ilves”/);
    const okafor = coverage.analyses[article].entities.findIndex(e => e.name === 'Nadia Okafor');
    assert.match(renderCoverageCard(coverage, article, okafor, FILES)!, /not named/);
  });

  it('accepts only well-formed webview messages', () => {
    const ok = [{ type: 'ready' }, { type: 'reveal', article: 2, start: 1, end: 3 }, { type: 'merge', a: 'x', b: 'y' }, { type: 'notSame', a: 'x', b: 'y' }];
    const bad = [null, [], 'ready', { type: 'reveal', article: -1, start: 0, end: 1 }, { type: 'reveal', article: 0, start: 3, end: 1 },
      { type: 'merge', a: 'x', b: 'x' }, { type: 'merge', a: 'x' }, { type: 'notSame', a: 1, b: 'y' }, { type: 'run', command: 'x' }];
    assert.ok(ok.every(isCoverageToHostMessage));
    assert.ok(!bad.some(isCoverageToHostMessage));
  });
});

describe('coverage in the analysis worker', function () {
  this.timeout(60_000);
  const client = new AnalysisWorkerClient(path.resolve(__dirname, '../../src/worker/analysisWorker.js'));
  after(() => client.dispose());

  it('gives the same coverage as compareArticles on the calling thread', async () => {
    const analyses = texts.map(t => analyzeText(t));
    const options = { distinct: [['x', 'y']] as [string, string][] };
    assert.deepStrictEqual(await client.coverage(analyses, texts, options).result, compareArticles(analyses, options));
  });
});
