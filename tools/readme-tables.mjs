#!/usr/bin/env node
// Regenerates the Commands, Settings, Keybindings and Colours tables of README.md from package.json,
// so the documentation cannot drift from what the extension contributes.
//   node tools/readme-tables.mjs          rewrite the tables in place
//   node tools/readme-tables.mjs --check  exit 1 when README.md is out of date (no write)
// Each table sits between <!-- generated:NAME --> and <!-- /generated:NAME --> in README.md.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = manifest.contributes;

const cell = s => String(s ?? '').replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
const code = s => '`' + String(s).replace(/`/g, "'") + '`';
const table = (head, rows) => [
  '| ' + head.join(' | ') + ' |',
  '|' + head.map(() => '---').join('|') + '|',
  ...rows.map(r => '| ' + r.map(cell).join(' | ') + ' |'),
].join('\n');

const menuPlaces = {
  'view/title': 'panel toolbar', 'view/item/context': 'panel item menu', 'editor/context': 'editor menu',
  'explorer/context': 'Explorer menu', 'editor/title': 'editor toolbar',
  'newsLens.editorContext': 'editor menu (News Lens)', 'newsLens.explorerContext': 'Explorer menu (News Lens)',
};

/** Where a person finds a command: the palette (unless hidden there), menus, keys. */
function placesOf(id) {
  const menus = c.menus || {};
  const hidden = (menus.commandPalette || []).some(m => m.command === id && m.when === 'false');
  const places = hidden ? [] : ['Command Palette'];
  for (const [menu, label] of Object.entries(menuPlaces)) {
    if ((menus[menu] || []).some(m => m.command === id)) { places.push(label); }
  }
  return places.length ? places.join(', ') : 'hover cards and the panel (takes arguments)';
}

const keyOf = id => (c.keybindings || []).filter(k => k.command === id).map(k => code(k.key)).join(', ');

function defaultOf(p) {
  if (p.default === undefined) { return ''; }
  return code(JSON.stringify(p.default));
}

export function renderTables() {
  return {
    commands: table(['Command', 'Id', 'Where', 'Key'],
      c.commands.map(x => [`${x.category ? x.category + ': ' : ''}${x.title}`, code(x.command), placesOf(x.command), keyOf(x.command)])),
    settings: table(['Setting', 'Type', 'Default', 'Description'],
      Object.entries(c.configuration.properties).map(([id, p]) => [code(id), p.type, defaultOf(p), p.markdownDescription || p.description])),
    keybindings: table(['Key', 'Command', 'When'],
      (c.keybindings || []).map(k => [code(k.key) + (k.mac ? ` (macOS ${code(k.mac)})` : ''), code(k.command), k.when ? code(k.when) : 'always'])),
    colors: table(['Colour', 'Description', 'Dark', 'Light', 'High contrast'],
      c.colors.map(x => [code(x.id), x.description, code(x.defaults.dark), code(x.defaults.light), code(x.defaults.highContrast)])),
  };
}

export function updateReadme(text) {
  let out = text;
  for (const [name, body] of Object.entries(renderTables())) {
    const re = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) { throw new Error(`README.md has no <!-- generated:${name} --> block`); }
    out = out.replace(re, (_m, open, close) => `${open}\n${body}\n${close}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.join(root, 'README.md');
  const before = fs.readFileSync(file, 'utf8');
  const after = updateReadme(before);
  if (process.argv.includes('--check')) {
    if (before !== after) { console.error('README.md tables are out of date: run node tools/readme-tables.mjs'); process.exit(1); }
  } else if (before !== after) {
    fs.writeFileSync(file, after);
    console.log('README.md tables updated');
  }
}
