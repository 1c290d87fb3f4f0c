// Comments in src/ give invented names as examples, never the names of the people in the sample articles
// (issue "core shape"): the people are found by the engine itself, so no name is listed here. The
// gazetteers in src/core/lexicon/gazetteer/ are documented public lists, not examples, and are left out.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';

const root = path.join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return full.includes(path.join('lexicon', 'gazetteer')) ? [] : sourceFiles(full);
    }
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The comment text of a TypeScript file: line comments and block comments. */
function commentsOf(source: string): string[] {
  return source.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
}

describe('comments use invented names', () => {
  it('no comment in src/ names a person of the sample articles (full name or surname)', () => {
    const samples = fs.readdirSync(path.join(root, 'samples')).filter(file => file.endsWith('.txt'));
    const names = new Set<string>();
    for (const file of samples) {
      for (const entity of analyzeText(fs.readFileSync(path.join(root, 'samples', file), 'utf8')).entities) {
        const words = entity.name.split(/\s+/);
        if (entity.kind === 'person' && words.length > 1) {
          names.add(entity.name);
          names.add(words[words.length - 1]);
        }
      }
    }
    assert.ok(names.size > 10, 'the samples name people');
    const found: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const comments = commentsOf(fs.readFileSync(file, 'utf8')).join('\n');
      for (const name of names) {
        if (new RegExp(`(?<![\\p{L}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(comments)) {
          found.push(`${path.relative(root, file)}: ${name}`);
        }
      }
    }
    assert.deepStrictEqual(found, []);
  });
});
