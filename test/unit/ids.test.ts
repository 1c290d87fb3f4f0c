import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, Settings, Views, Colors } from '../../src/ids';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('ids.ts', () => {
  it('lists exactly the commands contributed in package.json', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(Object.values(Commands).sort(), contributed);
  });

  it('lists exactly the settings contributed in package.json', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    const ours = Object.entries(Settings).filter(([k]) => k !== 'section').map(([, v]) => v).sort();
    assert.deepStrictEqual(ours, contributed);
  });

  it('lists exactly the views and colours contributed in package.json', () => {
    const views = manifest.contributes.views[Views.container].map((v: { id: string }) => v.id).sort();
    assert.deepStrictEqual([Views.crossReference, Views.quotes].sort(), views);
    const colors = manifest.contributes.colors.map((c: { id: string }) => c.id).sort();
    assert.deepStrictEqual(Object.values(Colors).sort(), colors);
  });

  it('gives every command the News Lens category', () => {
    for (const c of manifest.contributes.commands) {
      assert.strictEqual(c.category, 'News Lens', c.command);
    }
  });
});
