// The data behind the Cross-Reference tree: groups (in both / only in A / only in B) → entities →
// per-article sides → the names, roles and quotes that article uses, each revealing its span.
import * as vscode from 'vscode';
import { plainText } from '../core/markdown';
import { capitalised, countOf, kindWord } from '../core/vocabulary';
import type { CrossReference, EntityComparison, EntitySide, Side } from '../core/model';
import type { ComparisonPair, ComparisonService } from '../services/comparison';
import { detailTreeItem, entityTreeItem, groupTreeItem, LoadedTreeProvider, type KindFilter, type TreeRows } from '../services/loadedTree';

export type { KindFilter } from '../services/loadedTree';
export type Presence = EntityComparison['presence'];
export type { TreeStatus } from '../services/latestLoad';

export interface GroupNode {
  readonly type: 'group';
  readonly key: string;
  readonly presence: Presence;
  readonly entities: EntityNode[];
}

export interface EntityNode {
  readonly type: 'entity';
  readonly key: string;
  readonly parent: GroupNode;
  readonly entity: EntityComparison;
}

export interface SideNode {
  readonly type: 'side';
  readonly key: string;
  readonly parent: EntityNode;
  readonly side: Side;
  readonly data: EntitySide;
}

export interface DetailNode {
  readonly type: 'name' | 'role' | 'quote';
  readonly key: string;
  readonly parent: EntityNode | SideNode;
  readonly label: string;
  readonly description: string;
  readonly side: Side;
  readonly span?: { readonly start: number; readonly end: number };
}

export type TreeNode = GroupNode | EntityNode | SideNode | DetailNode;

const QUOTE_LABEL_MAX = 80;

function shorten(text: string, max: number): string {
  const flat = plainText(text);
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

const plural = countOf;

/** An article's name short enough for a row's description ("port-strike-reuters.txt" → "port-strike-reu…"). */
const ROW_NAME_MAX = 16;

function rowName(name: string): string {
  const stem = name.replace(/\.(txt|md|markdown)$/i, '');
  return stem.length > ROW_NAME_MAX ? stem.slice(0, ROW_NAME_MAX - 1) + '…' : stem;
}

/** Details of one article's view of an entity: each name (with its first mention), role and quote. */
function details(parent: EntityNode | SideNode, side: Side, data: EntitySide): DetailNode[] {
  const out: DetailNode[] = [];
  const mentions = data.entity.mentions;
  data.names.forEach((name, i) => {
    const lower = name.toLowerCase();
    const exact = mentions.filter(m => m.text.toLowerCase() === lower);
    const near = exact[0] ?? mentions.find(m => lower.includes(m.text.toLowerCase()) || m.text.toLowerCase().includes(lower)) ?? mentions[0];
    out.push({ type: 'name', key: `${parent.key}/name:${i}`, parent, side, label: plainText(name), description: exact.length ? `name · ${exact.length}×` : 'name', span: near && { start: near.start, end: near.end } });
  });
  data.roles.forEach((role, i) => {
    const span = data.entity.roles.find(r => r.text === role);
    out.push({ type: 'role', key: `${parent.key}/role:${i}`, parent, side, label: plainText(role), description: 'role', span: span && { start: span.start, end: span.end } });
  });
  data.quotes.forEach((q, i) => {
    out.push({ type: 'quote', key: `${parent.key}/quote:${i}`, parent, side, label: `“${shorten(q.text, QUOTE_LABEL_MAX)}”`, description: 'quote', span: { start: q.start, end: q.end } });
  });
  return out;
}

/** What the Cross-Reference tree shows: the pair, the articles' names, their cross-reference. */
interface ShownPair {
  readonly pair: ComparisonPair;
  readonly names: { a: string; b: string };
  readonly xref: CrossReference;
}

/** Tree data provider over the comparison service's current cross-reference. */
export class CrossReferenceTreeProvider extends LoadedTreeProvider<ShownPair, TreeNode, GroupNode, EntityNode> implements vscode.TreeDataProvider<TreeNode> {
  constructor(private readonly comparison: ComparisonService) {
    super('cross-reference', comparison.onDidChange);
    void this.refresh();
  }

  protected loader(): (() => Promise<ShownPair | undefined>) | undefined {
    const pair = this.comparison.pair;
    return pair && (async () => {
      const xref = await this.comparison.crossReference();
      return xref && { pair, names: this.comparison.names(pair), xref };
    });
  }

  protected rowsOf(shown: ShownPair, filter: KindFilter): TreeRows<GroupNode, EntityNode> {
    const byEntityId = new Map<string, EntityNode>();
    const roots = (['both', 'onlyA', 'onlyB'] as const).map(presence => {
      const group: GroupNode = { type: 'group', key: `group:${presence}`, presence, entities: [] };
      for (const entity of shown.xref.entities) {
        if (entity.presence === presence && (filter === 'all' || entity.kind === filter)) {
          const node: EntityNode = { type: 'entity', key: `entity:${entity.id}`, parent: group, entity };
          group.entities.push(node);
          byEntityId.set(entity.id, node);
        }
      }
      return group;
    });
    return { roots, byEntityId };
  }

  uriOf(side: Side): vscode.Uri | undefined {
    return this.latest.shown?.pair[side];
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      return [...this.roots];
    }
    switch (node.type) {
      case 'group':
        return node.entities;
      case 'entity': {
        const e = node.entity;
        if (e.presence === 'both' && e.a && e.b) {
          return (['a', 'b'] as const).map(side => ({ type: 'side', key: `${node.key}/side:${side}`, parent: node, side, data: e[side] as EntitySide }));
        }
        const side: Side = e.a ? 'a' : 'b';
        const data = e[side];
        return data ? details(node, side, data) : [];
      }
      case 'side':
        return details(node, node.side, node.data);
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.type === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const names = this.latest.shown?.names ?? { a: 'A', b: 'B' };
    const expanded = vscode.TreeItemCollapsibleState.Expanded;
    switch (node.type) {
      case 'group': {
        const label = node.presence === 'both' ? 'In both articles' : `Only in ${node.presence === 'onlyA' ? names.a : names.b}`;
        // A new pair gets new group ids, so its groups open expanded (VS Code remembers expansion by id).
        return groupTreeItem(label, `${node.key}@${this.pairKey()}`, node.entities.length, 'group');
      }
      case 'entity': {
        const e = node.entity;
        // Article text: one line of visible characters (no line breaks, bidi overrides or control characters).
        const item = entityTreeItem(node.key, plainText(e.name), e.kind, 'entity');
        const ca = e.a?.mentionCount ?? 0;
        const cb = e.b?.mentionCount ?? 0;
        const kind = capitalised(kindWord(e.kind));
        if (e.presence === 'both') {
          // The articles by the names the groups use, so "7 · 6" never needs a legend.
          item.description = `${ca} in ${rowName(names.a)} · ${cb} in ${rowName(names.b)}`;
          item.tooltip = `${kind}: ${plural(ca, 'mention')} in ${names.a}, ${plural(cb, 'mention')} in ${names.b}`;
        } else {
          const n = e.presence === 'onlyA' ? ca : cb;
          item.description = plural(n, 'mention');
          item.tooltip = `${kind}: ${plural(n, 'mention')} in ${e.presence === 'onlyA' ? names.a : names.b} only`;
        }
        item.accessibilityInformation = { label: `${plainText(e.name)}, ${item.tooltip}` };
        return item;
      }
      case 'side': {
        const item = new vscode.TreeItem(node.side === 'a' ? names.a : names.b, expanded);
        item.id = node.key;
        item.iconPath = new vscode.ThemeIcon('file');
        item.description = plural(node.data.mentionCount, 'mention');
        item.contextValue = 'side';
        return item;
      }
      default:
        return this.detailItem(node, names);
    }
  }

  private detailItem(node: DetailNode, names: { a: string; b: string }): vscode.TreeItem {
    const article = node.side === 'a' ? names.a : names.b;
    return detailTreeItem({
      key: node.key, label: node.label, kind: node.type, description: node.description,
      tooltip: `${node.type === 'quote' ? node.label : node.label + ' (' + node.type + ')'} — ${article}`,
      uri: this.latest.shown?.pair[node.side], span: node.span,
    });
  }

  /** Identifies the pair shown, for ids that must differ from one pair to the next. */
  private pairKey(): string {
    const pair = this.latest.shown?.pair;
    return pair ? `${pair.a.toString()}|${pair.b.toString()}` : '';
  }
}
