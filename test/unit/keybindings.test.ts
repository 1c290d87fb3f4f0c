// News Lens's keys must take nothing away from VS Code: no key we bind may be one VS Code binds by default
// (whatever its `when`: ours apply in every article editor, where most of VS Code's editor keys apply too).
// The default list is VS Code's own "Default Keyboard Shortcuts (JSON)", stored by
// tools/dump-default-keybindings.mjs in test/fixtures/vscodeDefaultKeybindings.json.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

interface Binding {
  readonly key: string;
  readonly command: string;
  readonly when?: string;
  readonly mac?: string;
}

const MODIFIER_ORDER = ['ctrl', 'shift', 'alt', 'meta', 'cmd', 'win'];

/** One press written one way: lower case, modifiers in a fixed order ("Alt+Shift+F8" = "shift+alt+f8"). */
function normalPress(press: string): string {
  const parts = press.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts.sort((a, b) => MODIFIER_ORDER.indexOf(a) - MODIFIER_ORDER.indexOf(b));
  return [...modifiers, key].join('+');
}

/** A binding's presses (one, or two for a chord such as "ctrl+k ctrl+c"). */
function pressesOf(key: string): string[] {
  return key.trim().split(/\s+/).map(normalPress);
}

/**
 * Why `ours` would shadow a default binding, or undefined: the same key, or a chord of ours starting
 * with a key VS Code binds alone, or a single key of ours that starts one of VS Code's chords.
 */
function shadowing(ours: string, defaults: readonly Binding[]): string | undefined {
  const mine = pressesOf(ours);
  for (const binding of defaults) {
    const theirs = pressesOf(binding.key);
    if (mine.join(' ') === theirs.join(' ')) {
      return `${ours} is VS Code's ${binding.command}`;
    }
    if (mine.length !== theirs.length && mine[0] === theirs[0]) {
      return `${ours} and VS Code's ${binding.key} (${binding.command}) start with the same key`;
    }
  }
  return undefined;
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { keybindings?: Binding[] } };
const defaults = (JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/vscodeDefaultKeybindings.json'), 'utf8')) as { bindings: Binding[] }).bindings;

describe('package.json keybindings', () => {
  it('checks against a real list of VS Code default keybindings', () => {
    assert.ok(defaults.length > 500, `the fixture holds ${defaults.length} bindings`);
    assert.ok(!defaults.some(b => b.command.startsWith('newsLens.')), 'the fixture must hold VS Code\'s bindings only');
  });

  it('recognises a key VS Code uses, written in any modifier order', () => {
    assert.match(shadowing('Alt+F8', defaults) ?? '', /editor\.action\.marker\.next/);
    assert.match(shadowing('alt+shift+f8', defaults) ?? '', /editor\.action\.marker\.prev/);
    assert.match(shadowing('ctrl+k', defaults) ?? '', /start with the same key/);
    assert.strictEqual(shadowing('ctrl+shift+alt+f12 x', []), undefined);
  });

  for (const binding of manifest.contributes.keybindings ?? []) {
    it(`${binding.command} (${binding.key}) shadows no default VS Code binding`, () => {
      for (const key of [binding.key, binding.mac].filter((k): k is string => typeof k === 'string')) {
        assert.strictEqual(shadowing(key, defaults), undefined);
      }
    });
  }
});
