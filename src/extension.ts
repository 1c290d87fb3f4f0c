// The composition root: builds the shared services, then registers each feature. Nothing else.
import * as vscode from 'vscode';
import { AnalysisStore } from './services/analysisStore';
import { ComparisonService } from './services/comparison';
import { CoverageService } from './services/coverage';
import { createAnalyzer } from './services/createAnalyzer';
import { SettingsService } from './services/settings';
import type { FeatureDeps } from './features/deps';
import { registerLargeFileNotice } from './features/largeFileNotice';
import { registerComparisonCommands } from './features/comparisonCommands';
import { registerRevealMention } from './features/revealMention';
import { registerCrossReferenceView } from './features/crossReferenceView';
import { registerQuotesView } from './features/quotesView';
import { registerExportCommand } from './features/exportCommand';
import { registerMergeIgnore } from './features/mergeIgnore';
import { registerHighlighting } from './features/highlighting';
import { registerHover } from './features/hover';
import { registerNavigation } from './features/navigation';
import { registerSymbols } from './features/symbols';
import { registerMentionCommands } from './features/mentionCommands';
import { registerArticleStatus } from './features/articleStatus';
import { registerClaimsEditor } from './features/claimsEditor';
import { registerClaimsExport } from './features/claimsExportCommand';
import { registerClaimsView } from './features/claimsView';
import { ClaimComparisonService } from './services/claimComparison';
import { registerCoverage } from './features/coverage';
import { registerSampleArticles } from './features/sampleArticles';

/** What activate() returns: handles for integration tests (not a public API). */
export type NewsLensApi = ReturnType<typeof activate>;

export function activate(context: vscode.ExtensionContext) {
  const settings = new SettingsService();
  const analyzer = createAnalyzer(context);
  const store = new AnalysisStore(analyzer, settings.get, settings.onDidChange, settings.analysisOptionsFor);
  const comparison = new ComparisonService(context, store);
  const coverage = new CoverageService(context, store, comparison, settings);
  context.subscriptions.push(settings, analyzer, store, comparison, coverage);
  const deps: FeatureDeps = { settings, store, comparison, coverage };
  const largeFiles = registerLargeFileNotice(context, deps);
  registerComparisonCommands(context, deps);
  registerRevealMention(context, deps);
  const coverageFeature = registerCoverage(context, deps);
  const crossReference = registerCrossReferenceView(context, deps, coverageFeature.tree);
  const quotes = registerQuotesView(context, deps);
  registerExportCommand(context, deps);
  registerMergeIgnore(context, deps);
  const highlights = registerHighlighting(context, deps);
  registerHover(context, deps);
  registerNavigation(context, deps);
  registerSymbols(context, deps);
  registerMentionCommands(context, deps);
  registerArticleStatus(context, deps);
  // Claims (what two reports say differently): one service computes the pair's claim comparison; the Compare
  // Claims panel, the unique-claims highlight with its counterpart hover, and the export read it.
  const claimService = new ClaimComparisonService(deps.comparison);
  context.subscriptions.push(claimService);
  const claims = {
    service: claimService,
    panel: registerClaimsView(context, claimService),
    highlight: registerClaimsEditor(context, deps, claimService),
  };
  registerClaimsExport(context, claimService);
  registerSampleArticles(context, deps);
  void deps;

  // Articles already open when the extension starts are analysed now; later ones on open.
  for (const editor of vscode.window.visibleTextEditors) {
    void store.ensure(editor.document);
  }
  return { deps, crossReference, quotes, highlights, largeFiles, analyzer, claims, coverage: coverageFeature };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
