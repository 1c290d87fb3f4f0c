import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README.md', () => {
  it('lists every contributed command', () => {
    const missing = manifest.contributes.commands.map((c: { command: string }) => c.command).filter((id: string) => !readme.includes('`' + id + '`'));
    assert.deepStrictEqual(missing, []);
  });

  it('lists every contributed setting', () => {
    const missing = Object.keys(manifest.contributes.configuration.properties).filter(id => !readme.includes('`' + id + '`'));
    assert.deepStrictEqual(missing, []);
  });

  it('has tables that match package.json (node tools/readme-tables.mjs rewrites them)', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'tools/readme-tables.mjs'), '--check'], { encoding: 'utf8' });
    assert.strictEqual(check.status, 0, check.stderr);
  });

  it('gives the run and test commands', () => {
    assert.match(readme, /npm start/);
    assert.match(readme, /code --extensionDevelopmentPath="\$PWD" samples/);
    assert.match(readme, /```sh\nnpm test\n```/);
  });
});
