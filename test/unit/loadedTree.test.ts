// What the Cross-Reference and coverage trees share (services/loadedTree.ts): rows rebuilt from the latest
// load and the kind filter, entity rows by id, the status, and detail rows that reveal their span.
import * as assert from 'assert';
import { withVscodeStub } from './support/vscodeStub';

type Loaded = typeof import('../../src/services/loadedTree');

interface Row {
  readonly key: string;
  readonly kind: 'person' | 'org';
}

/** A toy tree whose data is a list of rows; each refresh takes the next load from `loads`. */
function toyTree(base: Loaded['LoadedTreeProvider'], changes: { event: (listener: () => void) => { dispose(): void } }, loads: (() => Promise<Row[] | undefined>)[]) {
  class Toy extends base<Row[], Row, Row, Row> {
    constructor() {
      super('toy', changes.event as never);
      void this.refresh();
    }
    protected loader() {
      return loads.shift();
    }
    protected rowsOf(rows: Row[], filter: string) {
      const roots = rows.filter(row => filter === 'all' || row.kind === filter);
      return { roots, byEntityId: new Map(roots.map(row => [row.key, row] as const)) };
    }
  }
  return new Toy();
}

describe('loaded tree (shared by the Cross-Reference and coverage trees)', () => {
  let loaded: Loaded;
  before(async () => {
    loaded = await withVscodeStub(() => import('../../src/services/loadedTree'));
  });

  it('shows the rows of the latest load, filtered by kind, and finds entity rows by id', async () => {
    const { vscodeStub } = await import('./support/vscodeStub');
    const changes = new vscodeStub.EventEmitter<void>();
    const rows: Row[] = [{ key: 'mara-lind', kind: 'person' }, { key: 'tarsian-board', kind: 'org' }];
    const tree = toyTree(loaded.LoadedTreeProvider, changes, [async () => rows, async () => undefined]);
    let redrawn = 0;
    tree.onDidChangeTreeData(() => redrawn++);
    const statuses: string[] = [];
    tree.onDidChangeStatus(status => statuses.push(status));
    assert.strictEqual(tree.status, 'loading');
    await tree.whenIdle();
    assert.strictEqual(tree.status, 'ready');
    assert.deepStrictEqual(tree.roots.map(row => row.key), ['mara-lind', 'tarsian-board']);
    tree.filter = 'org';
    assert.deepStrictEqual(tree.roots.map(row => row.key), ['tarsian-board']);
    assert.strictEqual(tree.nodeOf('mara-lind'), undefined);
    assert.strictEqual(tree.nodeOf('tarsian-board')?.kind, 'org');
    // The data changes: the tree loads again; this load finds nothing to show.
    changes.fire();
    await tree.whenIdle();
    assert.strictEqual(tree.status, 'unavailable');
    assert.deepStrictEqual(tree.roots, []);
    assert.deepStrictEqual(statuses, ['ready', 'unavailable']);
    assert.strictEqual(redrawn, 3, 'redrawn after each load and the filter change');
    tree.dispose();
  });

  it('an older load that ends last does not replace the newer one', async () => {
    const { vscodeStub } = await import('./support/vscodeStub');
    let finishOld: (rows: Row[]) => void = () => undefined;
    const old = new Promise<Row[]>(resolve => { finishOld = resolve; });
    const tree = toyTree(loaded.LoadedTreeProvider, new vscodeStub.EventEmitter<void>(), [() => old, async () => [{ key: 'new', kind: 'person' }]]);
    await tree.refresh();
    finishOld([{ key: 'old', kind: 'person' }]);
    await old;
    assert.deepStrictEqual(tree.roots.map(row => row.key), ['new']);
    tree.dispose();
  });

  it('a detail row reveals its span in its article, and only with both', () => {
    const uri = { toString: () => 'file:///a.txt' } as never;
    const item = loaded.detailTreeItem({ key: 'k', label: 'Mara Lind', kind: 'name', description: 'name · 2×', tooltip: 't', uri, span: { start: 4, end: 13 } }) as unknown as {
      id: string; contextValue: string; iconPath: { id: string }; command?: { arguments: unknown[] };
    };
    assert.deepStrictEqual([item.id, item.contextValue, item.iconPath.id], ['k', 'name', 'symbol-string']);
    assert.deepStrictEqual(item.command?.arguments, [{ uri: 'file:///a.txt', start: 4, end: 13 }]);
    const noSpan = loaded.detailTreeItem({ key: 'k', label: '“…”', kind: 'quote', description: 'quote', tooltip: 't', uri, span: undefined }) as unknown as { command?: unknown; iconPath: { id: string } };
    assert.strictEqual(noSpan.command, undefined);
    assert.strictEqual(noSpan.iconPath.id, 'quote');
  });

  it('an empty group row has an id of its own and no chevron; an entity row is collapsed with its kind\'s icon', () => {
    type Item = { id: string; collapsibleState: number; description: string; contextValue: string; iconPath?: { id: string } };
    const full = loaded.groupTreeItem('In both articles', 'group:both', 3, 'group') as unknown as Item;
    const empty = loaded.groupTreeItem('In both articles', 'group:both', 0, 'group') as unknown as Item;
    assert.deepStrictEqual([full.id, full.collapsibleState, full.description], ['group:both', 2, '3']);
    assert.deepStrictEqual([empty.id, empty.collapsibleState, empty.description], ['group:both#empty', 0, '0']);
    const org = loaded.entityTreeItem('entity:tarsian-board', 'Tarsian Board', 'org', 'entity') as unknown as Item;
    assert.deepStrictEqual([org.id, org.collapsibleState, org.iconPath?.id, org.contextValue], ['entity:tarsian-board', 1, 'organization', 'entity']);
  });
});
