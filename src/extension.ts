// The composition root: builds the shared services, then registers each feature. Nothing else.
import * as vscode from 'vscode';
import { AnalysisStore } from './services/analysisStore';
import { ComparisonService } from './services/comparison';
import { InlineAnalyzer } from './services/inlineAnalyzer';
import { SettingsService } from './services/settings';
import type { FeatureDeps } from './features/deps';

export function activate(context: vscode.ExtensionContext): void {
  const settings = new SettingsService();
  const analyzer = new InlineAnalyzer();
  const store = new AnalysisStore(analyzer, settings.get, settings.onDidChange);
  const comparison = new ComparisonService(context, store);
  context.subscriptions.push(settings, analyzer, store, comparison);
  const deps: FeatureDeps = { settings, store, comparison };
  void deps;

  // Articles already open when the extension starts are analysed now; later ones on open.
  for (const editor of vscode.window.visibleTextEditors) {
    void store.ensure(editor.document);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
