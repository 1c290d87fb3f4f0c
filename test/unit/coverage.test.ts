// compareArticles over three invented reports of one event (test/fixtures/coverage/): presence in all, some
// or one article, quotations several carry grouped with their variants, "possibly the same" suggestions,
// and the news-lens/coverage@1 export.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { compareDocuments } from '../../src/core/compare';
import { compareArticles, quotedSpeakers, unattributedCounts, type Coverage } from '../../src/core/coverage';
import { COVERAGE_SCHEMA, distinctFileNames, toCoverageExport } from '../../src/core/coverageExport';
import { renderCoverage } from '../../src/core/coverageReport';
import { toExport } from '../../src/core/exportShape';
import { escapeMarkdown } from '../../src/core/markdown';
import { renderCrossReference } from '../../src/core/report';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'coverage');
const FILES = ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt'];
const read = (f: string): string => fs.readFileSync(path.join(dir, f), 'utf8');

function entity(coverage: Coverage, name: string) {
  const found = coverage.entities.find(e => e.name === name);
  assert.ok(found, `${name} is among ${coverage.entities.map(e => e.name).join(', ')}`);
  return found;
}

describe('compareArticles (N articles)', () => {
  let coverage: Coverage;
  before(() => {
    coverage = compareArticles(FILES.map(f => analyzeText(read(f))));
  });

  it('says which articles name each entity: all, some, or one', () => {
    assert.deepStrictEqual(entity(coverage, 'Marta Ilves').presentIn, [0, 1, 2]);
    assert.strictEqual(entity(coverage, 'Marta Ilves').presence, 'all');
    assert.deepStrictEqual(entity(coverage, 'Coastal Safety Agency').presentIn, [0, 1, 2]);
    assert.deepStrictEqual(entity(coverage, 'Nadia Okafor').presentIn, [2]);
    assert.strictEqual(entity(coverage, 'Nadia Okafor').presence, 'one');
    assert.deepStrictEqual(entity(coverage, 'Tomas Brandt').presentIn, [1, 2]);
    assert.strictEqual(entity(coverage, 'Tomas Brandt').presence, 'some');
  });

  it('sorts entities by how many articles name them, most first', () => {
    const counts = coverage.entities.map(e => e.presentIn.length);
    assert.deepStrictEqual(counts, [...counts].sort((x, y) => y - x));
  });

  it('keeps, per article, the names, roles, mention count and quotes of the entity', () => {
    const ilves = entity(coverage, 'Marta Ilves');
    for (const side of ilves.sides) {
      const e = coverage.analyses[side.article].entities[side.entity];
      assert.strictEqual(e.id, ilves.id);
      assert.strictEqual(side.mentionCount, e.mentions.length);
      assert.deepStrictEqual(side.names, [e.name, ...e.aliases]);
      assert.ok(side.quotes.every(i => coverage.analyses[side.article].quotes[i].speakerId === ilves.id));
    }
    assert.ok(ilves.sides.find(s => s.article === 0)!.roles.some(r => /spokeswoman/.test(r)));
  });

  it('groups a quotation two articles carry, and marks how the second version differs', () => {
    const wall = coverage.quoteGroups.find(g => g.variants.some(v => coverage.analyses[v.article].quotes[v.quote].text.includes('smaller sea')));
    assert.ok(wall, 'the sea-wall quotation is shared');
    assert.deepStrictEqual(wall.variants.map(v => v.article), [0, 1]);
    assert.strictEqual(wall.variants[0].match, 'first');
    assert.strictEqual(wall.variants[1].match, 'reworded');
    assert.ok(wall.variants[1].diff!.some(t => t.kind === 'added' && /forgive/.test(t.text)));
    const street = coverage.quoteGroups.find(g => g.variants.some(v => coverage.analyses[v.article].quotes[v.quote].text.includes('second street')));
    assert.ok(street);
    assert.strictEqual(street.variants[1].match, 'identical');
    // The two articles credit the same words to the two Hales, which the analysis has not linked.
    assert.strictEqual(street.variants[1].creditedDifferently, true);
  });

  it('suggests an unlinked near-name pair, and leaves it out once marked distinct', () => {
    const hale = coverage.suggestions.find(s => [s.a.name, s.b.name].sort().join('|') === 'Ed Hale|Robert J. Hale');
    assert.ok(hale, JSON.stringify(coverage.suggestions));
    assert.strictEqual(hale.reason, 'surname');
    assert.deepStrictEqual([...hale.a.articles, ...hale.b.articles].sort(), [0, 1]);
    const again = compareArticles(FILES.map(f => analyzeText(read(f))), { distinct: [[hale.b.id, hale.a.id]] });
    assert.ok(!again.suggestions.some(s => s.a.id === hale.a.id && s.b.id === hale.b.id));
  });

  it('counts who is quoted by which article', () => {
    const speakers = quotedSpeakers(coverage);
    const okafor = speakers.find(s => s.name === 'Nadia Okafor');
    assert.deepStrictEqual(okafor?.counts, [0, 0, 1]);
    assert.strictEqual(unattributedCounts(coverage).length, 3);
  });

  it('is the pair cross-reference when N = 2', () => {
    const [a, b] = FILES.slice(0, 2).map(f => analyzeText(read(f)));
    const pair = compareArticles([a, b]);
    const xref = compareDocuments(a, b);
    const presence = { both: 'all', onlyA: 'one', onlyB: 'one' } as const;
    assert.deepStrictEqual(
      pair.entities.map(e => `${e.id}:${e.presence}`).sort(),
      xref.entities.map(e => `${e.id}:${presence[e.presence]}`).sort(),
    );
    assert.strictEqual(pair.quoteGroups.length, xref.quoteMatches.length);
  });

  it('exports news-lens/coverage@1: articles in order, presentIn and per-file details by file name', () => {
    const data = toCoverageExport(coverage, FILES);
    assert.strictEqual(data.schema, COVERAGE_SCHEMA);
    assert.deepStrictEqual(data.articles.map(a => a.file), FILES);
    const ilves = data.entities.find(e => e.name === 'Marta Ilves')!;
    assert.deepStrictEqual(ilves.presentIn, FILES);
    assert.ok(ilves.perFile['harbour-daily.txt'].mentions.every(m => read('harbour-daily.txt').slice(m.start, m.end) === m.text));
    const group = data.quotes.find(g => g.variants.some(v => v.text.includes('smaller sea')))!;
    assert.deepStrictEqual(group.files, ['harbour-wire.txt', 'harbour-daily.txt']);
    assert.ok(group.variants.every(v => read(v.file).slice(v.start, v.end) === v.text));
    assert.ok(data.suggestions.some(s => s.reason === 'surname' && s.a.files.length === 1));
  });

  it('renders Markdown with article text escaped and CSV with one row per entity and article', () => {
    const md = renderCoverage(coverage, 'markdown', FILES);
    assert.match(md, /^# Coverage: 3 articles/);
    assert.match(md, /## Possibly the same/);
    const csv = renderCoverage(coverage, 'csv', FILES).trimEnd().split('\r\n');
    const ilvesRows = csv.filter(line => line.startsWith('entity,') && line.includes('Marta Ilves'));
    assert.strictEqual(ilvesRows.length, 3);
    assert.ok(csv.some(line => line.startsWith('suggestion,')));
  });

  it('adds suggestions to the pair export (news-lens/cross-reference@1)', () => {
    const [a, b] = [analyzeText(read('harbour-wire.txt')), analyzeText(read('harbour-daily.txt'))];
    const data = toExport(compareDocuments(a, b), { a: 'wire', b: 'daily' });
    assert.ok(data.suggestions.some(s => s.reason === 'surname' && s.a.files.length === 1 && s.b.files.length === 1), JSON.stringify(data.suggestions));
  });

  it("lists the pair's suggestions in its Markdown and CSV exports too", () => {
    const xref = compareDocuments(analyzeText(read('harbour-wire.txt')), analyzeText(read('harbour-daily.txt')));
    const suggestion = toExport(xref, { a: 'wire', b: 'daily' }).suggestions.find(s => s.reason === 'surname');
    assert.ok(suggestion);
    const md = renderCrossReference(xref, 'markdown', { a: 'wire', b: 'daily' });
    const section = md.slice(md.indexOf('## Possibly the same'));
    assert.ok(section.includes(escapeMarkdown(suggestion.a.name)) && section.includes(escapeMarkdown(suggestion.b.name)), section);
    const header = renderCrossReference(xref, 'csv', { a: 'wire', b: 'daily' }).split('\r\n')[0].split(',');
    const rows = renderCrossReference(xref, 'csv', { a: 'wire', b: 'daily' }).split('\r\n').filter(line => line.startsWith('suggestion,'));
    const cells = rows.map(line => Object.fromEntries(line.split(',').map((value, i) => [header[i], value])));
    assert.ok(cells.some(row => row.entity_id === suggestion.a.id && row.other_id === suggestion.b.id && row.reason === 'surname'), rows.join('\n'));
  });

  it('names files by base name, by path where base names collide', () => {
    assert.deepStrictEqual(distinctFileNames(['a/x.txt', 'b/y.txt']), ['x.txt', 'y.txt']);
    assert.deepStrictEqual(distinctFileNames(['a/x.txt', 'b/x.txt']), ['a/x.txt', 'b/x.txt']);
    assert.deepStrictEqual(distinctFileNames(['x.txt', 'x.txt']), ['x.txt (1)', 'x.txt (2)']);
  });
});
