// A status-bar item with the active article's counts of people, organisations and quotes.
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/model';
import { countOf, countOfKind, UNATTRIBUTED } from '../core/vocabulary';
import { Commands, ContextKeys } from '../ids';
import type { FeatureDeps } from './deps';


export function countsText(analysis: DocumentAnalysis): { text: string; tooltip: string; label: string } {
  let people = 0;
  let orgs = 0;
  for (const e of analysis.entities) {
    if (e.kind === 'person') {
      people++;
    } else {
      orgs++;
    }
  }
  const quotes = analysis.quotes.length;
  const unattributed = analysis.quotes.filter(q => q.speakerId === null).length;
  const counts = `${countOfKind(people, 'person')}, ${countOfKind(orgs, 'org')}, ${countOf(quotes, 'quote')}`;
  return {
    text: `$(person) ${people} $(organization) ${orgs} $(quote) ${quotes}`,
    label: `News Lens: ${counts}`,
    tooltip: `News Lens: ${counts} (${unattributed} ${UNATTRIBUTED}). Click to open the comparison.`,
  };
}

class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: FeatureDeps) {
    this.item.name = 'News Lens Counts';
    this.item.command = Commands.openComparison;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      deps.store.onDidChangeAnalysis(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) {
          this.update();
        }
      }),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.deps.store.isAnalysable(document)) {
      this.item.hide();
      return;
    }
    const analysis = this.deps.store.getLatest(document.uri);
    if (!analysis && this.deps.store.isTooLarge(document)) {
      // The large-file notice says why there is nothing to count.
      this.item.hide();
      return;
    }
    if (!analysis) {
      this.item.text = '$(loading~spin) News Lens';
      this.item.tooltip = 'News Lens is reading this article.';
      this.item.accessibilityInformation = { label: 'News Lens is reading this article' };
    } else {
      const { text, tooltip, label } = countsText(analysis);
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.accessibilityInformation = { label };
      this.markAnalysed();
    }
    this.item.show();
  }

  /** Ticks the walkthrough's first step (its completion event) once an article has been analysed. */
  private markAnalysed(): void {
    if (!this.analysedOnce) {
      this.analysedOnce = true;
      void vscode.commands.executeCommand('setContext', ContextKeys.articleAnalysed, true);
    }
  }

  private analysedOnce = false;

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
    this.item.dispose();
  }
}

export function registerArticleStatus(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(new ArticleStatus(deps));
}
