// What the Cross-Reference tree (a pair) and the coverage tree (three or more articles) share around their
// own rows: the change and status events, the latest load (latestLoad.ts), the kind filter, the index of
// entity rows by id, and the detail row (a name, role or quote that reveals its span in its article).
import * as vscode from 'vscode';
import type { EntityKind, Span } from '../core/model';
import { Commands } from '../ids';
import { LatestLoad, type TreeStatus } from './latestLoad';

export type KindFilter = 'all' | EntityKind;

/** The rows a tree shows for its data: its top rows, and its entity rows by entity id. */
export interface TreeRows<Root, EntityRow> {
  readonly roots: readonly Root[];
  readonly byEntityId: ReadonlyMap<string, EntityRow>;
}

/**
 * A tree data provider over data loaded asynchronously (`Shown`), rebuilt from it whenever a load ends or
 * the kind filter changes. A subclass says how to load (`loader`), how to build its rows (`rowsOf`), and
 * draws them (getChildren, getTreeItem); its constructor ends with `void this.refresh()`.
 */
export abstract class LoadedTreeProvider<Shown, Node, Root extends Node, EntityRow extends Node> implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  protected readonly latest: LatestLoad<Shown>;
  /** Fired after every refresh with the new status (for the view's message and context keys). */
  readonly onDidChangeStatus: vscode.Event<TreeStatus>;
  private rows: TreeRows<Root, EntityRow> = { roots: [], byEntityId: new Map() };
  private kindFilter: KindFilter = 'all';
  private readonly subscription: vscode.Disposable;

  /** `what` names the data in the log line of a failed load; `changes` fires when it must be loaded again. */
  constructor(what: string, changes: vscode.Event<unknown>) {
    this.latest = new LatestLoad<Shown>(what, () => this.rebuild());
    this.onDidChangeStatus = this.latest.onDidChangeStatus;
    this.subscription = changes(() => void this.refresh());
  }

  /** How to load the data now: undefined when nothing is chosen to compare. */
  protected abstract loader(): (() => Promise<Shown | undefined>) | undefined;

  /** The rows for the data shown, with the kind filter applied. */
  protected abstract rowsOf(shown: Shown, filter: KindFilter): TreeRows<Root, EntityRow>;

  get status(): TreeStatus {
    return this.latest.status;
  }

  /** The data the tree shows now. */
  get shown(): Shown | undefined {
    return this.latest.shown;
  }

  get filter(): KindFilter {
    return this.kindFilter;
  }

  set filter(value: KindFilter) {
    this.kindFilter = value;
    this.rebuild();
  }

  /** The top rows shown now. */
  get roots(): readonly Root[] {
    return this.rows.roots;
  }

  /** Resolves when the latest refresh has finished (tests and revealInPanel wait on it). */
  whenIdle(): Promise<void> {
    return this.latest.whenIdle();
  }

  refresh(): Promise<void> {
    return this.latest.load(this.loader());
  }

  /** The row of an entity id, when the tree shows it. */
  nodeOf(entityId: string): EntityRow | undefined {
    return this.rows.byEntityId.get(entityId);
  }

  private rebuild(): void {
    const shown = this.latest.shown;
    this.rows = shown ? this.rowsOf(shown, this.kindFilter) : { roots: [], byEntityId: new Map() };
    this.changeEmitter.fire(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
    this.latest.dispose();
  }
}

/**
 * A group row, expanded when it has rows. VS Code remembers a row's expansion by id: an empty group (no
 * chevron) has an id of its own, so when rows arrive the group is a new row that opens expanded with them,
 * not a remembered leaf marked expanded with no children drawn.
 */
export function groupTreeItem(label: string, id: string, count: number, contextValue: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = count ? id : `${id}#empty`;
  item.description = String(count);
  item.contextValue = contextValue;
  return item;
}

/** An entity row, collapsed, with its kind's icon; `name` must already be plain text (plainText of core/markdown). */
export function entityTreeItem(key: string, name: string, kind: EntityKind, contextValue: string): vscode.TreeItem {
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = key;
  item.iconPath = new vscode.ThemeIcon(kind === 'person' ? 'person' : 'organization');
  item.contextValue = contextValue;
  return item;
}

/** What a detail row shows: a name, role or quote of one article, which reveals its span there. */
export interface DetailRow {
  readonly key: string;
  readonly label: string;
  readonly kind: 'name' | 'role' | 'quote';
  readonly description: string;
  readonly tooltip: string;
  readonly uri: vscode.Uri | undefined;
  readonly span: Span | undefined;
}

/** The tree item of a detail row; a click reveals the span in its article. */
export function detailTreeItem(row: DetailRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
  item.id = row.key;
  item.description = row.description;
  item.iconPath = new vscode.ThemeIcon(row.kind === 'name' ? 'symbol-string' : row.kind === 'role' ? 'briefcase' : 'quote');
  item.contextValue = row.kind;
  item.tooltip = row.tooltip;
  if (row.uri && row.span) {
    item.command = { command: Commands.revealMention, title: 'Reveal Mention', arguments: [{ uri: row.uri.toString(), start: row.span.start, end: row.span.end }] };
  }
  return item;
}
