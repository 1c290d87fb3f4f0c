import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CARD_COMMAND_IDS } from '../../src/core/hoverCard';
import { Commands, ContextKeys, Settings, Views, Colors } from '../../src/ids';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every `when` clause and `onContext:` completion event in the manifest, wherever it sits. */
function whenClauses(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(whenClauses);
  }
  if (typeof node === 'string') {
    return node.startsWith('onContext:') ? [node.slice('onContext:'.length)] : [];
  }
  if (typeof node !== 'object' || node === null) {
    return [];
  }
  return Object.entries(node).flatMap(([key, value]) => (key === 'when' && typeof value === 'string' ? [value] : whenClauses(value)));
}

/** The newsLens.* context keys a clause reads (view ids appear as `view == newsLens.x`, not as keys). */
function contextKeysIn(clause: string): string[] {
  const viewIds = new Set<string>(Object.values(Views));
  return [...clause.matchAll(/newsLens\.[A-Za-z]+/g)].map(match => match[0]).filter(key => !viewIds.has(key));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

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

  it('lists exactly the context keys that package.json\'s when clauses read', () => {
    const read = [...new Set(whenClauses(manifest.contributes).flatMap(contextKeysIn))].sort();
    assert.deepStrictEqual(Object.values(ContextKeys).sort(), read);
  });

  it('sets context keys only through ContextKeys, so none is set that no when clause reads', () => {
    const literalSets: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const call of text.matchAll(/'setContext',\s*([^,]+),/g)) {
        if (!call[1].startsWith('ContextKeys.')) {
          literalSets.push(`${path.relative(root, file)}: ${call[1]}`);
        }
      }
    }
    assert.deepStrictEqual(literalSets, []);
  });

  it('agrees with the command ids the core\'s hover card links to', () => {
    for (const [name, id] of Object.entries(CARD_COMMAND_IDS)) {
      assert.strictEqual(Commands[name as keyof typeof CARD_COMMAND_IDS], id, name);
    }
  });
});
