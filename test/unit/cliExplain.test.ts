// `analyze --explain`: the rules that decided each entity's kind, each role and each quote's speaker, in the
// table and in JSON, and nothing of it without the flag.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';

const ARTICLE = [
  'Finance Minister Dana Whitlock said on Monday that the Kelso Harbour Commission would review the port deal.',
  '',
  '"We will not be rushed," Whitlock told reporters in Marwick. Sarah Ostrander, an analyst at Brenmoor, said the review could take months.',
  '',
  'The KVR, a private company, declined to comment.',
].join('\n');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(args, { out: text => { out += text; }, err: text => { err += text; } });
  return { code, out, err };
}

interface WhyJson { table: string; rule: string; outcome?: string; count: number }
interface EntityJson { name: string; why?: WhyJson[]; roles: { why?: WhyJson[] }[] }

describe('news-lens analyze --explain', function () {
  this.timeout(60_000);
  let file: string;
  before(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-explain-')), 'article.txt');
    fs.writeFileSync(file, ARTICLE);
  });

  it('gives each entity in JSON the rules that made its kind first, then the evidence, with the reasons of the rules used', () => {
    const { code, out, err } = run(['analyze', file, '--format', 'json', '--explain']);
    assert.strictEqual(err, '');
    assert.strictEqual(code, 0);
    const json = JSON.parse(out) as { documents: { entities: EntityJson[] }[]; rules: Record<string, string> };
    const byName = new Map(json.documents[0].entities.map(entity => [entity.name, entity]));
    assert.deepStrictEqual(byName.get('Dana Whitlock')?.why?.[0], { table: 'kind-of-name', rule: 'title-before-name', outcome: 'person', count: 1 });
    assert.deepStrictEqual(byName.get('Sarah Ostrander')?.why?.[0], { table: 'kind-of-name', rule: 'role-appositive', outcome: 'person', count: 1 });
    assert.deepStrictEqual(byName.get('Kelso Harbour Commission')?.why?.[0], { table: 'kind-of-name', rule: 'organisation-head', outcome: 'org', count: 1 });
    const brenmoor = byName.get('Brenmoor')?.why?.map(why => `${why.table}/${why.rule}`);
    assert.deepStrictEqual(brenmoor?.slice(0, 2), ['kind-of-name/organisation-evidence', 'name-evidence/workplace-after-occupation']);
    assert.ok(byName.get('KVR')?.why?.some(why => why.rule === 'abbreviation' && why.table === 'name-evidence'));
    assert.match(json.rules['kind-of-name/title-before-name'], /title right before it/);
    assert.match(json.rules['name-evidence/workplace-after-occupation'], /occupation/);
  });

  it('changes nothing but the added `why` fields and rule reasons', () => {
    const plain = run(['analyze', file, '--format', 'json']).out;
    assert.ok(!plain.includes('"why"'));
    const explained = JSON.parse(run(['analyze', file, '--format', 'json', '--explain']).out, (key, value) => (key === 'why' ? undefined : value));
    delete explained.rules;
    assert.deepStrictEqual(explained, JSON.parse(plain));
  });

  it('prints the rules under the tables in the text format', () => {
    const plain = run(['analyze', file]).out;
    const { code, out } = run(['analyze', file, '--explain']);
    assert.strictEqual(code, 0);
    assert.ok(out.startsWith(plain.trimEnd()), 'the tables come first, unchanged');
    assert.match(out, /\n {2}Dana Whitlock \(person\)\n {4}kind-of-name\/title-before-name → person\n/);
    assert.match(out, /\n {2}Brenmoor \(org\)\n {4}kind-of-name\/organisation-evidence → org\n {4}name-evidence\/workplace-after-occupation → org-tag\n/);
    assert.ok(!plain.includes('WHY'));
  });

  it('is an option of analyze only', () => {
    assert.strictEqual(run(['compare', file, file, '--explain']).code, 2);
  });
});
