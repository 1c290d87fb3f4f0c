// The hover section over a name when its article is one of three or more compared articles: how each
// other article presents the entity (names, roles, mentions, quotes) or that it does not name it. Every
// piece of article text, file names included, goes through safeText().
import type { Coverage } from './coverage';
import { safeText } from './markdown';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Markdown for the entity at `entityIndex` of article `article` (its index in that article's analysis,
 * the same in the linked analysis the coverage holds), or undefined when the coverage does not know it.
 */
export function renderCoverageCard(coverage: Coverage, article: number, entityIndex: number, names: readonly string[]): string | undefined {
  const id = coverage.analyses[article]?.entities[entityIndex]?.id;
  const entity = id === undefined ? undefined : coverage.entities.find(covered => covered.id === id);
  if (!entity) {
    return undefined;
  }
  const others = coverage.analyses.map((_analysis, i) => i).filter(i => i !== article);
  const lines = [`**In the other ${plural(others.length, 'compared article')}** (named in ${entity.presentIn.length} of ${coverage.analyses.length})`, ''];
  for (const other of others) {
    const side = entity.sides.find(candidate => candidate.article === other);
    const file = `*${safeText(names[other] ?? `article ${other + 1}`, 80)}*`;
    if (!side) {
      lines.push(`- ${file}: not named`);
      continue;
    }
    const parts = [side.names.slice(0, 3).map(name => `“${safeText(name, 60)}”`).join(', ')];
    if (side.roles.length) {
      parts.push(side.roles.slice(0, 2).map(role => safeText(role, 60)).join('; '));
    }
    parts.push(plural(side.mentionCount, 'mention'));
    if (side.quotes.length) {
      parts.push(plural(side.quotes.length, 'quote'));
    }
    lines.push(`- ${file}: ${parts.join(' · ')}`);
  }
  return lines.join('\n');
}
