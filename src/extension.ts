// The composition root: builds the shared services, then registers each feature. Nothing else.
import * as vscode from 'vscode';
import { AnalysisStore } from './services/analysisStore';
import { ComparisonService } from './services/comparison';
import { createAnalyzer } from './services/createAnalyzer';
import { SettingsService } from './services/settings';
import type { FeatureDeps } from './features/deps';
import { registerLargeFileNotice } from './features/largeFileNotice';

export function activate(context: vscode.ExtensionContext): void {
  const settings = new SettingsService();
  const analyzer = createAnalyzer(context);
  const store = new AnalysisStore(analyzer, settings.get, settings.onDidChange);
  const comparison = new ComparisonService(context, store);
  context.subscriptions.push(settings, analyzer, store, comparison);
  const deps: FeatureDeps = { settings, store, comparison };
  registerLargeFileNotice(context, deps);
  void deps;

  // Articles already open when the extension starts are analysed now; later ones on open.
  for (const editor of vscode.window.visibleTextEditors) {
    void store.ensure(editor.document);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
