// Comparing any number of articles: Compare Articles… (newsLens.compareArticles), the coverage webview
// (newsLens.showCoverage), its export (newsLens.exportCoverage), the suggestions' Merge and Not the Same,
// and the hover section on the other compared articles. The Cross-Reference view's coverage tree is built
// here and handed to registerCrossReferenceView.
import * as vscode from 'vscode';
import { renderCoverageCard } from '../core/coverageCard';
import { entityAt } from '../core/query';
import { ARTICLE_LANGUAGES, Commands, Settings, Views, ContextKeys } from '../ids';
import { isArticle } from '../services/ranges';
import { articleCandidates } from '../services/articleCandidates';
import { asUri } from '../services/revealSpan';
import { exportCoverage } from './coverageExportCommand';
import { CoverageTreeProvider, type CoverageSuggestionNode } from './coverageTree';
import { CoveragePanel } from './coverageView';
import type { FeatureDeps } from './deps';

/** The URIs given by code ({ uris }) or by the explorer (clicked file, selected files); undefined when none. */
function givenUris(arg0: unknown, arg1: unknown): vscode.Uri[] | undefined {
  const fromObject = typeof arg0 === 'object' && arg0 !== null && !(arg0 instanceof vscode.Uri) ? (arg0 as { uris?: unknown }).uris : undefined;
  const list = Array.isArray(fromObject) ? fromObject : Array.isArray(arg1) ? arg1 : undefined;
  if (!list) {
    return undefined;
  }
  const uris = list.map(asUri).filter((u): u is vscode.Uri => !!u);
  const seen = new Set<string>();
  return uris.filter(u => !seen.has(u.toString()) && seen.add(u.toString()));
}

/** Multi-select quick pick of open and workspace articles (the active one ticked), plus Browse…. */
async function pickArticles(): Promise<vscode.Uri[] | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const activeKey = active && isArticle(active) ? active.uri.toString() : undefined;
  const choices = await articleCandidates(undefined);
  const items = choices.map(choice => ({
    label: choice.label, description: choice.description, choice,
    picked: choice.kind === 'article' && choice.uri.toString() === activeKey,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'News Lens: Compare Articles (choose two or more)', placeHolder: 'Articles to compare (open, in the workspace, or Browse… for more)',
    canPickMany: true, matchOnDescription: true,
  });
  if (!picked) {
    return undefined;
  }
  const uris = picked.flatMap(p => (p.choice.kind === 'article' ? [p.choice.uri] : []));
  if (picked.some(p => p.choice.kind !== 'article')) {
    const browsed = await vscode.window.showOpenDialog({
      title: 'News Lens: More articles to compare', canSelectFiles: true, canSelectMany: true, openLabel: 'Compare',
      filters: { Articles: ['txt', 'md', 'markdown'], 'All files': ['*'] },
    });
    uris.push(...(browsed ?? []).filter(u => !uris.some(x => x.toString() === u.toString())));
  }
  return uris;
}

/**
 * newsLens.compareArticles({ uris }?): two articles become the compared pair (Compare With…), three or more
 * the compared set shown by the Cross-Reference view. Without URIs it asks. Returns whether it compared.
 */
async function compareArticles(deps: FeatureDeps, arg0?: unknown, arg1?: unknown): Promise<boolean> {
  const given = givenUris(arg0, arg1);
  const uris = given ?? (await pickArticles());
  if (!uris) {
    return false;
  }
  if (uris.length < 2) {
    void vscode.window.showInformationMessage('News Lens: choose two or more articles to compare.');
    return false;
  }
  if (uris.length === 2) {
    await deps.coverage.clear();
    await deps.comparison.setPair(uris[0], uris[1]);
  } else {
    await deps.coverage.setArticles(uris);
  }
  if (!given) {
    await vscode.commands.executeCommand(`${Views.crossReference}.focus`);
  }
  return true;
}

/** The suggestion an argument names: a tree node, or { a, b } ids (either order). */
async function findSuggestion(deps: FeatureDeps, raw: unknown) {
  const node = raw as Partial<CoverageSuggestionNode> | undefined;
  const ids = node?.type === 'coverageSuggestion' && node.suggestion ? { a: node.suggestion.a.id, b: node.suggestion.b.id } : (raw as { a?: unknown; b?: unknown } | undefined);
  if (typeof ids?.a !== 'string' || typeof ids?.b !== 'string') {
    return undefined;
  }
  const coverage = await deps.coverage.coverage();
  return coverage?.suggestions.find(s => (s.a.id === ids.a && s.b.id === ids.b) || (s.a.id === ids.b && s.b.id === ids.a));
}

function settingTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

function ownValue<T>(key: 'aliases' | 'distinct'): T | undefined {
  const inspected = vscode.workspace.getConfiguration(Settings.section).inspect<T>(key);
  return vscode.workspace.workspaceFolders?.length ? inspected?.workspaceValue : inspected?.globalValue;
}

/**
 * Merge: every name of the entity with the shorter name becomes an alias of the fuller one, in
 * newsLens.aliases, as Merge with… writes it. Returns the aliases added.
 */
async function mergeSuggestion(deps: FeatureDeps, raw?: unknown): Promise<Record<string, string> | undefined> {
  const s = await findSuggestion(deps, raw);
  if (!s) {
    void vscode.window.showInformationMessage('News Lens: that suggestion is no longer there.');
    return undefined;
  }
  const words = (name: string): number => name.split(/\s+/).length;
  const [from, into] = words(s.a.name) > words(s.b.name) || (words(s.a.name) === words(s.b.name) && s.a.name.length >= s.b.name.length) ? [s.b, s.a] : [s.a, s.b];
  const aliases: Record<string, string> = { ...(ownValue<Record<string, string>>('aliases') ?? {}) };
  const added: Record<string, string> = {};
  const target = into.name.toLowerCase();
  for (const name of from.names) {
    if (name.toLowerCase() !== target && !into.names.some(n => n.toLowerCase() === name.toLowerCase())) {
      aliases[name] = into.name;
      added[name] = into.name;
    }
  }
  await vscode.workspace.getConfiguration(Settings.section).update('aliases', aliases, settingTarget());
  void vscode.window.showInformationMessage(`News Lens: “${from.name}” is now merged into “${into.name}” (setting newsLens.aliases; edit it to undo).`);
  return added;
}

/** Not the Same: the id pair goes into newsLens.distinct and is not suggested again. Returns the pair. */
async function rejectSuggestion(deps: FeatureDeps, raw?: unknown): Promise<[string, string] | undefined> {
  const s = await findSuggestion(deps, raw);
  if (!s) {
    return undefined;
  }
  const current = ownValue<unknown>('distinct');
  const list = Array.isArray(current) ? current.filter(p => Array.isArray(p) && p.length === 2) : [];
  const pair: [string, string] = [s.a.id, s.b.id];
  await vscode.workspace.getConfiguration(Settings.section).update('distinct', [...list, pair], settingTarget());
  return pair;
}

/** The hover section on how the other compared articles present the entity under the cursor. */
function coverageHover(deps: FeatureDeps): vscode.HoverProvider {
  return {
    async provideHover(document, position, token) {
      const analysis = deps.coverage.active && deps.coverage.includes(document.uri) ? deps.store.getLatest(document.uri) : undefined;
      const hit = analysis && entityAt(analysis, document.offsetAt(position));
      if (!analysis || !hit) {
        return undefined;
      }
      const coverage = await deps.coverage.coverage();
      const article = deps.coverage.articles.findIndex(u => u.toString() === document.uri.toString());
      if (!coverage || token.isCancellationRequested || coverage.analyses[article]?.textLength !== analysis.textLength) {
        return undefined;
      }
      const card = renderCoverageCard(coverage, article, analysis.entities.indexOf(hit.entity), deps.coverage.names());
      return card ? new vscode.Hover(new vscode.MarkdownString(card)) : undefined;
    },
  };
}

export interface CoverageFeature {
  readonly tree: CoverageTreeProvider;
  readonly panel: CoveragePanel;
}

export function registerCoverage(context: vscode.ExtensionContext, deps: FeatureDeps): CoverageFeature {
  const tree = new CoverageTreeProvider(deps.coverage);
  const panel = new CoveragePanel(context.extensionUri, deps);
  const updateContext = (): void => void vscode.commands.executeCommand('setContext', ContextKeys.hasCoverage, deps.coverage.shownArticles.length > 1);
  updateContext();
  context.subscriptions.push(
    tree,
    panel,
    deps.coverage.onDidChange(updateContext),
    vscode.commands.registerCommand(Commands.compareArticles, (arg0?: unknown, arg1?: unknown) => compareArticles(deps, arg0, arg1)),
    vscode.commands.registerCommand(Commands.showCoverage, () => panel.show()),
    vscode.commands.registerCommand(Commands.exportCoverage, (raw?: unknown) => exportCoverage(deps, raw)),
    vscode.commands.registerCommand(Commands.mergeSuggestion, (raw?: unknown) => mergeSuggestion(deps, raw)),
    vscode.commands.registerCommand(Commands.rejectSuggestion, (raw?: unknown) => rejectSuggestion(deps, raw)),
    vscode.languages.registerHoverProvider(ARTICLE_LANGUAGES.map(language => ({ language })), coverageHover(deps)),
  );
  return { tree, panel };
}
