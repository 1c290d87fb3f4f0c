// The Cross-Reference tree when three or more articles are compared: In all N articles / In some / Only in X
// (one group per article) / Possibly the same → entities → each article's names, roles and quotes.
import * as vscode from 'vscode';
import type { Coverage, CoverageEntity, CoverageSide, Suggestion } from '../core/coverage';
import { plainText } from '../core/markdown';
import type { CoverageService } from '../services/coverage';
import { detailTreeItem, entityTreeItem, groupTreeItem, LoadedTreeProvider, type KindFilter, type TreeRows } from '../services/loadedTree';

export interface CoverageGroupNode {
  readonly type: 'coverageGroup';
  readonly key: string;
  readonly label: string;
  readonly entities: CoverageEntityNode[];
  readonly suggestions: CoverageSuggestionNode[];
}

export interface CoverageEntityNode {
  readonly type: 'coverageEntity';
  readonly key: string;
  readonly parent: CoverageGroupNode;
  readonly entity: CoverageEntity;
}

export interface CoverageSideNode {
  readonly type: 'coverageSide';
  readonly key: string;
  readonly parent: CoverageEntityNode;
  readonly side: CoverageSide;
}

export interface CoverageDetailNode {
  readonly type: 'coverageDetail';
  readonly key: string;
  readonly parent: CoverageSideNode;
  readonly kind: 'name' | 'role' | 'quote';
  readonly label: string;
  readonly span?: { readonly start: number; readonly end: number };
}

export interface CoverageSuggestionNode {
  readonly type: 'coverageSuggestion';
  readonly key: string;
  readonly parent: CoverageGroupNode;
  readonly suggestion: Suggestion;
}

export type CoverageTreeNode = CoverageGroupNode | CoverageEntityNode | CoverageSideNode | CoverageDetailNode | CoverageSuggestionNode;

const QUOTE_LABEL_MAX = 80;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function shorten(text: string, max: number): string {
  const flat = plainText(text);
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** The groups of a coverage: in all, in some, only in each article, then the suggestions. */
export function coverageGroups(coverage: Coverage, names: readonly string[], filter: KindFilter): CoverageGroupNode[] {
  const n = coverage.analyses.length;
  const groups: CoverageGroupNode[] = [
    { type: 'coverageGroup', key: 'coverage:all', label: `In all ${n} articles`, entities: [], suggestions: [] },
    { type: 'coverageGroup', key: 'coverage:some', label: 'In some articles', entities: [], suggestions: [] },
    ...names.map((name, i): CoverageGroupNode => ({ type: 'coverageGroup', key: `coverage:one:${i}`, label: `Only in ${name}`, entities: [], suggestions: [] })),
  ];
  for (const entity of coverage.entities) {
    if (filter !== 'all' && entity.kind !== filter) {
      continue;
    }
    const group = entity.presence === 'all' ? groups[0] : entity.presence === 'some' ? groups[1] : groups[2 + entity.presentIn[0]];
    group.entities.push({ type: 'coverageEntity', key: `coverage:entity:${entity.id}`, parent: group, entity });
  }
  const suggested: CoverageGroupNode = { type: 'coverageGroup', key: 'coverage:suggestions', label: 'Possibly the same', entities: [], suggestions: [] };
  coverage.suggestions.forEach(suggestion => {
    suggested.suggestions.push({ type: 'coverageSuggestion', key: `coverage:suggestion:${suggestion.a.id}|${suggestion.b.id}`, parent: suggested, suggestion });
  });
  return suggested.suggestions.length ? [...groups, suggested] : groups;
}

function detailsOf(coverage: Coverage, parent: CoverageSideNode): CoverageDetailNode[] {
  const { side } = parent;
  const doc = coverage.analyses[side.article];
  const entity = doc.entities[side.entity];
  const out: CoverageDetailNode[] = [];
  side.names.forEach((name, i) => {
    const lower = name.toLowerCase();
    const mention = entity.mentions.find(m => m.text.toLowerCase() === lower) ?? entity.mentions[0];
    out.push({ type: 'coverageDetail', key: `${parent.key}/name:${i}`, parent, kind: 'name', label: plainText(name), span: mention && { start: mention.start, end: mention.end } });
  });
  side.roles.forEach((role, i) => {
    const found = entity.roles.find(r => r.text === role);
    out.push({ type: 'coverageDetail', key: `${parent.key}/role:${i}`, parent, kind: 'role', label: plainText(role), span: found && { start: found.start, end: found.end } });
  });
  side.quotes.forEach((index, i) => {
    const q = doc.quotes[index];
    out.push({ type: 'coverageDetail', key: `${parent.key}/quote:${i}`, parent, kind: 'quote', label: `“${shorten(q.text, QUOTE_LABEL_MAX)}”`, span: { start: q.start, end: q.end } });
  });
  return out;
}

/** What the coverage tree shows: the coverage, with the article names and URIs it was computed for. */
interface ShownCoverage {
  readonly coverage: Coverage;
  readonly names: readonly string[];
  readonly uris: readonly vscode.Uri[];
}

/** Tree data for the coverage of the compared set; the Cross-Reference view shows it while a set is chosen. */
export class CoverageTreeProvider extends LoadedTreeProvider<ShownCoverage, CoverageTreeNode, CoverageGroupNode, CoverageEntityNode>
  implements vscode.TreeDataProvider<CoverageTreeNode> {
  constructor(private readonly service: CoverageService) {
    super('coverage', service.onDidChange);
    void this.refresh();
  }

  protected loader(): (() => Promise<ShownCoverage | undefined>) | undefined {
    const uris = this.service.articles;
    return this.service.active ? async () => {
      const coverage = await this.service.coverage();
      return coverage && { coverage, names: this.service.names(), uris };
    } : undefined;
  }

  protected rowsOf(shown: ShownCoverage, filter: KindFilter): TreeRows<CoverageGroupNode, CoverageEntityNode> {
    const roots = coverageGroups(shown.coverage, shown.names, filter);
    return { roots, byEntityId: new Map(roots.flatMap(group => group.entities.map(row => [row.entity.id, row] as const))) };
  }

  getChildren(node?: CoverageTreeNode): CoverageTreeNode[] {
    if (!node) {
      return [...this.roots];
    }
    switch (node.type) {
      case 'coverageGroup':
        return [...node.entities, ...node.suggestions];
      case 'coverageEntity':
        return node.entity.sides.map(side => ({ type: 'coverageSide', key: `${node.key}/article:${side.article}`, parent: node, side }));
      case 'coverageSide':
        return this.latest.shown ? detailsOf(this.latest.shown.coverage, node) : [];
      default:
        return [];
    }
  }

  getParent(node: CoverageTreeNode): CoverageTreeNode | undefined {
    return node.type === 'coverageGroup' ? undefined : node.parent;
  }

  getTreeItem(node: CoverageTreeNode): vscode.TreeItem {
    const names = this.latest.shown?.names ?? [];
    switch (node.type) {
      case 'coverageGroup': {
        const count = node.entities.length + node.suggestions.length;
        return groupTreeItem(node.label, node.key, count, node.key === 'coverage:suggestions' ? 'suggestions' : 'group');
      }
      case 'coverageEntity': {
        const e = node.entity;
        const item = entityTreeItem(node.key, plainText(e.name), e.kind, 'coverageEntity');
        const where = e.sides.map(s => `${names[s.article]} ${s.mentionCount}`);
        item.description = e.presence === 'some' ? `${e.presentIn.length} of ${names.length}: ${e.presentIn.map(i => names[i]).join(', ')}` : plural(e.sides.reduce((n, s) => n + s.mentionCount, 0), 'mention');
        item.tooltip = `${e.kind === 'person' ? 'Person' : 'Organisation'}: mentions ${where.join(' · ')}`;
        item.accessibilityInformation = { label: `${e.name}, ${item.tooltip}` };
        return item;
      }
      case 'coverageSide': {
        const item = new vscode.TreeItem(names[node.side.article] ?? `#${node.side.article + 1}`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.key;
        item.iconPath = new vscode.ThemeIcon('file');
        item.description = [plural(node.side.mentionCount, 'mention'), node.side.quotes.length ? plural(node.side.quotes.length, 'quote') : ''].filter(Boolean).join(' · ');
        item.contextValue = 'side';
        return item;
      }
      case 'coverageSuggestion':
        return this.suggestionItem(node, names);
      default:
        return this.detailItem(node, names);
    }
  }

  private suggestionItem(node: CoverageSuggestionNode, names: readonly string[]): vscode.TreeItem {
    const { a, b, explanation } = node.suggestion;
    const files = (articles: readonly number[]): string => articles.map(i => names[i]).join(', ');
    const item = new vscode.TreeItem(`${plainText(a.name)} ≟ ${plainText(b.name)}`, vscode.TreeItemCollapsibleState.None);
    item.id = node.key;
    item.iconPath = new vscode.ThemeIcon('question');
    item.description = `${files(a.articles)} / ${files(b.articles)}`;
    item.tooltip = `${plainText(a.name)} in ${files(a.articles)} and ${plainText(b.name)} in ${files(b.articles)} may be one ${a.kind === 'person' ? 'person' : 'organisation'}: ${explanation}. Merge, or mark them as not the same.`;
    item.contextValue = 'suggestion';
    return item;
  }

  private detailItem(node: CoverageDetailNode, names: readonly string[]): vscode.TreeItem {
    const article = node.parent.side.article;
    return detailTreeItem({
      key: node.key, label: node.label, kind: node.kind, description: node.kind,
      tooltip: `${node.label} — ${names[article] ?? ''}`, uri: this.latest.shown?.uris[article], span: node.span,
    });
  }
}
