import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ContextKeys } from '../../src/ids';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

interface Step { id: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }

const steps: Step[] = manifest.contributes.walkthroughs.flatMap((w: { steps: Step[] }) => w.steps);
const ourCommands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
/** Built-in commands a step may link to (they exist in every VS Code, desktop and web). */
const builtIn = new Set(['workbench.action.files.openFile']);

describe('the walkthrough', () => {
  it('covers opening an article, hovering a name, the panel and export, in that order', () => {
    assert.deepStrictEqual(steps.map(s => s.id), ['openArticle', 'hoverName', 'openPanel', 'export']);
  });

  it('has a media file for every step, shipped in media/', () => {
    for (const step of steps) {
      const file = step.media.markdown ?? step.media.image;
      assert.ok(file && file.startsWith('media/'), `${step.id}: media under media/ (only media/ is in the VSIX)`);
      assert.ok(fs.existsSync(path.join(root, file)), `${step.id}: ${file} exists`);
    }
  });

  it('links only to commands that exist', () => {
    for (const step of steps) {
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(ourCommands.has(id) || builtIn.has(id), `${step.id}: command ${id}`);
      }
      for (const event of step.completionEvents ?? []) {
        const id = /^onCommand:(.+)$/.exec(event)?.[1];
        assert.ok(!id || ourCommands.has(id), `${step.id}: completion command ${id}`);
      }
    }
  });

  it('ticks every step on an event News Lens raises: a command, or a context key its code sets', () => {
    // A context key is set only through ContextKeys (test/unit/ids.test.ts checks that every one is set by code).
    const sources = fs.readdirSync(path.join(root, 'src', 'features')).map(f => fs.readFileSync(path.join(root, 'src', 'features', f), 'utf8')).join('\n');
    const keyName = (key: string) => Object.entries(ContextKeys).find(([, value]) => value === key)?.[0];
    for (const step of steps) {
      assert.ok(step.completionEvents?.length, `${step.id}: completion events`);
      for (const event of step.completionEvents ?? []) {
        const key = /^onContext:([\w.]+)$/.exec(event)?.[1];
        if (key) {
          const name = keyName(key);
          assert.ok(name && sources.includes(`ContextKeys.${name}`), `${step.id}: no code sets the context key ${key}`);
        } else {
          assert.match(event, /^(onCommand|onView):newsLens\./, `${step.id}: ${event}`);
        }
      }
    }
  });

  it('opens two bundled sample articles from its first step, shipped in media/', () => {
    assert.match(steps[0].description, /\(command:newsLens\.openSamples\)/);
    const samples = fs.readdirSync(path.join(root, 'media', 'samples')).filter(f => f.endsWith('.txt'));
    assert.strictEqual(samples.length, 2);
  });
});
