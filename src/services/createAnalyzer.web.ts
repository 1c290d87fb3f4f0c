// Web build (vscode.dev): no worker_threads. The analysis runs on the extension host's thread in slices
// that yield between paragraphs. esbuild.js substitutes this module for createAnalyzer.ts.
import type * as vscode from 'vscode';
import type { Analyzer } from './analysisStore';
import { SlicedAnalyzer } from './slicedAnalyzer';

export function createAnalyzer(_context: vscode.ExtensionContext): Analyzer {
  return new SlicedAnalyzer();
}
