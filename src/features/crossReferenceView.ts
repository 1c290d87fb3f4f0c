// The Cross-Reference tree view: its status message, the kind filter, the "has pair" context key that
// switches the welcome view, and newsLens.revealInPanel {id}.
import * as vscode from 'vscode';
import { Commands, ContextKeys, Views } from '../ids';
import type { FeatureDeps } from './deps';
import { CrossReferenceTreeProvider, type KindFilter, type TreeStatus } from './crossReferenceTree';
import type { CoverageTreeProvider } from './coverageTree';
import { CrossReferenceSwitch, type AnyTreeNode } from './crossReferenceSwitch';

const FILTER_LABEL: Record<KindFilter, string> = { all: 'All', person: 'People only', org: 'Organisations only' };

const STATUS_MESSAGE: Record<TreeStatus, string | undefined> = {
  noPair: undefined,
  loading: 'Analysing the two articles…',
  ready: undefined,
  unavailable: 'One of the two articles could not be analysed: it may be too large (see newsLens.maxFileSize), closed or unreadable.',
};

const COVERAGE_STATUS_MESSAGE: Record<TreeStatus, string | undefined> = {
  noPair: undefined,
  loading: 'Analysing the compared articles…',
  ready: undefined,
  unavailable: 'One of the compared articles could not be analysed: it may be too large (see newsLens.maxFileSize), closed or unreadable.',
};
/**
 * Says when the pair was formed automatically (the last two articles used), so a reader knows why these
 * two are compared and that the Compare With… button above chooses others.
 */
export function automaticPairMessage(deps: FeatureDeps, status: TreeStatus): string | undefined {
  const pair = deps.comparison.pair;
  if (!pair || deps.comparison.isExplicit || status !== 'ready') {
    return undefined;
  }
  const names = deps.comparison.names(pair);
  return `Automatic pair: the last two articles you used, ${names.a} and ${names.b}. Choose others with Compare With… (the first button above).`;
}

function isKindFilter(v: unknown): v is KindFilter {
  return v === 'all' || v === 'person' || v === 'org';
}

export function registerCrossReferenceView(context: vscode.ExtensionContext, deps: FeatureDeps, coverageTree: CoverageTreeProvider): CrossReferenceTreeProvider {
  const provider = new CrossReferenceTreeProvider(deps.comparison);
  // Three or more compared articles (Compare Articles…) show the coverage tree in the same view.
  const shown = new CrossReferenceSwitch(provider, coverageTree, deps.coverage);
  const view = vscode.window.createTreeView<AnyTreeNode>(Views.crossReference, { treeDataProvider: shown, showCollapseAll: true });

  const updateChrome = (): void => {
    const filter = provider.filter;
    view.description = filter === 'all' ? undefined : FILTER_LABEL[filter];
    const status = shown.showsCoverage ? COVERAGE_STATUS_MESSAGE[coverageTree.status] : STATUS_MESSAGE[provider.status];
    const filtered = filter !== 'all' && provider.status === 'ready' ? `Showing ${FILTER_LABEL[filter].toLowerCase()}.` : undefined;
    view.message = status ?? filtered ?? automaticPairMessage(deps, provider.status);
    void vscode.commands.executeCommand('setContext', ContextKeys.hasPair, deps.comparison.pair !== undefined);
  };
  updateChrome();

  const filterByKind = async (arg?: unknown): Promise<KindFilter | undefined> => {
    let choice: KindFilter | undefined;
    const given = typeof arg === 'object' && arg !== null ? (arg as { kind?: unknown }).kind : arg;
    if (isKindFilter(given)) {
      choice = given;
    } else {
      const kinds: KindFilter[] = ['all', 'person', 'org'];
      const items = kinds.map(kind => ({
        label: kind === 'all' ? 'All entities' : kind === 'person' ? 'People' : 'Organisations',
        description: provider.filter === kind ? 'current' : undefined,
        filter: kind,
      }));
      choice = (await vscode.window.showQuickPick(items, { title: 'News Lens: Show in the Cross-Reference panel' }))?.filter;
    }
    if (choice) {
      coverageTree.filter = choice;
      provider.filter = choice;
      updateChrome();
    }
    return choice;
  };

  const revealInPanel = async (arg?: unknown): Promise<boolean> => {
    const id = typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? (arg as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      return false;
    }
    await provider.whenIdle();
    if (shown.showsCoverage) {
      await coverageTree.whenIdle();
      if (!coverageTree.nodeOf(id) && coverageTree.filter !== 'all' && coverageTree.shown?.coverage.entities.some(e => e.id === id)) {
        coverageTree.filter = provider.filter = 'all';
        updateChrome();
      }
      const found = coverageTree.nodeOf(id);
      if (found) {
        await view.reveal(found, { select: true, focus: true, expand: true });
      }
      return found !== undefined;
    }
    let node = provider.nodeOf(id);
    if (!node && provider.filter !== 'all' && provider.shown?.xref.entities.some(e => e.id === id)) {
      provider.filter = 'all';
      updateChrome();
      node = provider.nodeOf(id);
    }
    if (!node) {
      void vscode.window.showInformationMessage(
        deps.comparison.pair ? 'News Lens: this entity is not in the compared articles.' : 'News Lens: choose two articles to compare first (News Lens: Compare With…).',
      );
      return false;
    }
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };

  context.subscriptions.push(
    provider,
    shown,
    view,
    coverageTree.onDidChangeStatus(updateChrome),
    deps.coverage.onDidChange(updateChrome),
    provider.onDidChangeStatus(updateChrome),
    deps.comparison.onDidChange(updateChrome),
    vscode.commands.registerCommand(Commands.filterByKind, filterByKind),
    vscode.commands.registerCommand(Commands.revealInPanel, revealInPanel),
  );
  return provider;
}
