// The Cross-Reference view shows the pair's tree, or the coverage tree while three or more articles are
// compared. One TreeDataProvider that hands each call to the tree now shown, so the view stays one view.
import * as vscode from 'vscode';
import type { CoverageService } from '../services/coverage';
import type { CoverageTreeNode, CoverageTreeProvider } from './coverageTree';
import type { CrossReferenceTreeProvider, TreeNode } from './crossReferenceTree';

export type AnyTreeNode = TreeNode | CoverageTreeNode;

function isCoverageNode(node: AnyTreeNode): node is CoverageTreeNode {
  return node.type.startsWith('coverage');
}

export class CrossReferenceSwitch implements vscode.TreeDataProvider<AnyTreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AnyTreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly pair: CrossReferenceTreeProvider, private readonly coverage: CoverageTreeProvider, private readonly service: CoverageService) {
    // Either tree's change redraws the view from the root: which tree shows may have changed with it.
    this.subscriptions = [pair.onDidChangeTreeData(() => this.emitter.fire(undefined)), coverage.onDidChangeTreeData(() => this.emitter.fire(undefined))];
  }

  /** Whether the coverage tree is the one shown. */
  get showsCoverage(): boolean {
    return this.service.active;
  }

  getChildren(node?: AnyTreeNode): AnyTreeNode[] {
    if (!node) {
      return this.showsCoverage ? this.coverage.getChildren() : this.pair.getChildren();
    }
    return isCoverageNode(node) ? this.coverage.getChildren(node) : this.pair.getChildren(node);
  }

  getParent(node: AnyTreeNode): AnyTreeNode | undefined {
    return isCoverageNode(node) ? this.coverage.getParent(node) : this.pair.getParent(node);
  }

  getTreeItem(node: AnyTreeNode): vscode.TreeItem {
    return isCoverageNode(node) ? this.coverage.getTreeItem(node) : this.pair.getTreeItem(node);
  }

  dispose(): void {
    this.subscriptions.forEach(s => s.dispose());
    this.emitter.dispose();
  }
}
